package dev.bitofgit.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitofgit.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bot rule agrees with itself: what {@link Bots#isBot} decides as commits are stored, {@link Bots#SQL} (the V9
 * backfill) decides over the same rows, on both engines — and a bot's commit is never stored as the account's own.
 */
class BotsTest {
    @TempDir
    static Path dir;

    /** login, name, e-mail, and whether it is a bot. */
    private static final List<Object[]> AUTHORS = List.of(
            new Object[] {"dependabot[bot]", "dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com", true},
            new Object[] {null, "Renovate Bot", "bot@renovateapp.com", true},
            new Object[] {"renovate", "Renovate", "renovate@whitesourcesoftware.com", true},
            new Object[] {null, "github-actions", "41898282+github-actions[bot]@users.noreply.github.com", true},
            new Object[] {"github-actions[bot]", "Prakash Chandan", "p.chandan@work.example", true},
            new Object[] {null, "GitHub Actions", "Action@GitHub.com", true},
            new Object[] {"some-app[BOT]", "Some App", null, true},
            new Object[] {null, "Dependabot", "support@dependabot.com", true},
            new Object[] {"octocat", "The Octocat", "octocat@github.com", false},
            new Object[] {null, "Bot Tomson", "bot.tomson@example.com", false},
            new Object[] {"robot", "Robot", "robot@example.com", false},
            new Object[] {null, null, null, false},
            new Object[] {"renovatebot-fan", "Renovator", "renovate@example.com", false});

    static Stream<String> engines() {
        return Stream.of(TestDatabases.sqlite(dir.resolve("b-" + System.nanoTime())), TestDatabases.freshPostgresSchema());
    }

    @ParameterizedTest
    @MethodSource("engines")
    void javaAndSqlRules_agree_andABotsCommitIsNeverOwn(String url) throws Exception {
        if (url.startsWith("jdbc:sqlite:")) {
            java.nio.file.Files.createDirectories(Path.of(url.substring("jdbc:sqlite:".length())).getParent());
        }
        try (Database database = Database.open(url)) {
            new AccountStore(database).upsert(new Account(7, Optional.empty(), "octocat", Optional.empty(),
                    Optional.empty(), "https://github.com/octocat", Optional.empty(), List.of(), Optional.empty(), "github"));
            new RepositoryStore(database).saveMetadata(new Repository(70, 7, "repo", Optional.empty(),
                    "https://github.com/octocat/repo", false, false, false, "main", Instant.EPOCH, Instant.EPOCH,
                    Optional.empty(), 0, 0, 0, 0, 0, List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                    false));
            List<Commit> commits = new ArrayList<>();
            Map<String, Boolean> expected = new TreeMap<>();
            for (int i = 0; i < AUTHORS.size(); i++) {
                Object[] author = AUTHORS.get(i);
                String sha = String.format("%040d", i);
                commits.add(new Commit(70, sha, 1, Optional.ofNullable((String) author[1]),
                        Optional.ofNullable((String) author[2]), Optional.ofNullable((String) author[0]),
                        Instant.ofEpochSecond(1_700_000_000L + i), 0, Instant.ofEpochSecond(1_700_000_000L + i), "m", 1, 0,
                        OptionalInt.empty(), true));
                expected.put(sha, (Boolean) author[3]);
                assertThat(Bots.isBot(Optional.ofNullable((String) author[0]), Optional.ofNullable((String) author[1]),
                        Optional.ofNullable((String) author[2]))).as(java.util.Arrays.toString(author))
                        .isEqualTo(author[3]);
            }
            new CommitStore(database).insertAll(7, commits);

            Map<String, Boolean> stored = new TreeMap<>();
            Map<String, Boolean> bySql = new TreeMap<>();
            Map<String, Boolean> own = new TreeMap<>();
            database.withHandle(handle -> handle.createQuery("SELECT sha, is_bot, " + Bots.SQL + ", is_own FROM commits")
                    .map((rs, ctx) -> {
                        stored.put(rs.getString(1), rs.getBoolean(2));
                        bySql.put(rs.getString(1), rs.getBoolean(3));
                        own.put(rs.getString(1), rs.getBoolean(4));
                        return 0;
                    }).list());
            assertThat(stored).isEqualTo(expected);
            assertThat(bySql).isEqualTo(expected);
            expected.forEach((sha, bot) -> assertThat(own.get(sha)).as(sha).isEqualTo(!bot));
        }
    }
}
