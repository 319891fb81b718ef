package dev.bitofgit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoCommit;
import dev.bitofgit.demo.DemoRepo;
import dev.bitofgit.store.AccountStore;
import dev.bitofgit.store.IdentityStore;
import dev.bitofgit.testing.GitHubStandIn;
import dev.bitofgit.testing.IdentityFixture;
import dev.bitofgit.testing.IdentityFixture.Stored;
import dev.bitofgit.testing.IngestHarness;
import dev.bitofgit.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Identities declared after an ingest keep applying to what later syncs bring — a new commit under a declared
 * address is the owner's as it is stored, and a full re-ingest leaves the declared commits the owner's — while bots'
 * commits are never the owner's. Real ingests from the GitHub stand-in, on SQLite and PostgreSQL.
 */
class IdentityResyncTest {
    private static final DemoAccount ACCOUNT = IdentityFixture.account("p-chandan", 152);
    private static final String TOKEN = "ghp_p_chandan_own";

    @TempDir
    Path dir;

    static Stream<String> engines() {
        return Stream.of("sqlite", "postgresql");
    }

    @ParameterizedTest
    @MethodSource("engines")
    void aResync_keepsTheDeclaredIdentitiesApplied(String engine) {
        String url = engine.equals("sqlite") ? TestDatabases.sqlite(dir) : TestDatabases.freshPostgresSchema();
        try (GitHubStandIn github = new GitHubStandIn().account(ACCOUNT).token(TOKEN, "p-chandan");
             IngestHarness harness = new IngestHarness(url, github, Duration.ofSeconds(5), Duration.ofSeconds(5))) {
            assertThat(harness.run("p-chandan", Optional.of(TOKEN)).status()).isEqualTo("completed");
            // What GitHub vouches for after an ingest: the noreply addresses (the stand-in's user has no public e-mail).
            List<String> known = List.of("p-chandan@users.noreply.github.com",
                    ACCOUNT.id() + "+p-chandan@users.noreply.github.com");
            List<Stored> commits = IdentityFixture.commits(ACCOUNT);
            Predicate<Stored> linked = stored -> IdentityFixture.linked(ACCOUNT, known, stored.commit());
            assertThat(ownCount(harness)).isEqualTo(commits.stream().filter(linked).count());
            assertThat(botCount(harness)).isEqualTo(commits.stream().filter(c -> IdentityFixture.bot(c.commit())).count());

            Identities identities = new Identities(new AccountStore(harness.database), new IdentityStore(harness.database),
                    Clock.systemUTC());
            identities.declare("p-chandan", new Identities.Declaration(Optional.of(IdentityFixture.WORK_EMAIL),
                    Optional.empty(), Optional.empty(), Optional.empty()));
            Predicate<Stored> declared = linked.or(stored -> stored.commit().authorEmail().equals(IdentityFixture.WORK_EMAIL));
            long expected = commits.stream().filter(declared).count();
            assertThat(ownCount(harness)).isEqualTo(expected);

            // GitHub gets a new commit under the work address, and one by dependabot.
            DemoRepo repo = ACCOUNT.repos().stream().filter(r -> !r.isPrivate()).findFirst().orElseThrow();
            DemoCommit newest = repo.commits().get(0);
            DemoCommit mine = new DemoCommit("f".repeat(40), 1, IdentityFixture.PERSON, "P.Chandan@Work.example",
                    Optional.empty(), newest.authoredAt().plusHours(2), newest.committedAt().plusHours(2),
                    "fix: from the office laptop", 4, 1, 1);
            DemoCommit bot = new DemoCommit("e".repeat(40), 1, "dependabot[bot]", IdentityFixture.DEPENDABOT_EMAIL,
                    Optional.of("dependabot[bot]"), newest.authoredAt().plusHours(3), newest.committedAt().plusHours(3),
                    "chore(deps): bump everything", 10, 10, 1);
            List<DemoCommit> grown = new ArrayList<>(List.of(bot, mine));
            grown.addAll(repo.commits());
            github.account(ACCOUNT.withRepo(repo.id(), repo.withCommits(grown, bot.committedAt().toInstant())));

            assertThat(harness.run("p-chandan", Optional.of(TOKEN)).status()).isEqualTo("completed");
            assertThat(flags(harness, mine.sha())).isEqualTo("own");
            assertThat(flags(harness, bot.sha())).isEqualTo("bot");
            assertThat(ownCount(harness)).isEqualTo(expected + 1);
            assertThat(rollupOwnCount(harness)).isEqualTo(expected + 1);

            assertThat(harness.run(new IngestRequest("p-chandan", Optional.of(TOKEN), true, true)).status())
                    .isEqualTo("completed");
            assertThat(ownCount(harness)).as("a full re-ingest keeps them").isEqualTo(expected + 1);
            assertThat(rollupOwnCount(harness)).isEqualTo(expected + 1);
            assertThat(identities.list("p-chandan").declared()).hasSize(1);
        }
    }

    private static long ownCount(IngestHarness harness) {
        return harness.database.withHandle(handle -> handle.createQuery(
                "SELECT COUNT(*) FROM commits WHERE is_own = TRUE").mapTo(Long.class).one());
    }

    private static long botCount(IngestHarness harness) {
        return harness.database.withHandle(handle -> handle.createQuery(
                "SELECT COUNT(*) FROM commits WHERE is_bot = TRUE").mapTo(Long.class).one());
    }

    private static long rollupOwnCount(IngestHarness harness) {
        return harness.database.withHandle(handle -> handle.createQuery(
                "SELECT SUM(own_commits) FROM account_daily").mapTo(Long.class).one());
    }

    private static String flags(IngestHarness harness, String sha) {
        return harness.database.withHandle(handle -> handle.createQuery(
                        "SELECT is_own, is_bot FROM commits WHERE sha = :sha").bind("sha", sha)
                .map((rs, ctx) -> rs.getBoolean(1) ? "own" : rs.getBoolean(2) ? "bot" : "other").one())
                .toLowerCase(Locale.ROOT);
    }
}
