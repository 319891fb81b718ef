package dev.bitofgit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitofgit.store.AccountStore;
import dev.bitofgit.store.ActivityRollups;
import dev.bitofgit.store.CommitStore;
import dev.bitofgit.store.Database;
import dev.bitofgit.store.RepositoryStore;
import dev.bitofgit.testing.TestDatabases;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoLoaderTest {
    @TempDir
    Path dir;

    private static final DemoAccount DEMO = DemoAccountGenerator.generate(DemoSpec.octoDemo(LocalDate.of(2026, 11, 1)));

    private static DemoLoader loader(Database database) {
        return new DemoLoader(new AccountStore(database), new RepositoryStore(database), new CommitStore(database), new ActivityRollups(database),
                new dev.bitofgit.store.WorkStore(database));
    }

    /** A fingerprint of every stored row (except sync timestamps), to prove a second load changes nothing. */
    private static List<String> dump(Database database) {
        return database.withHandle(handle -> {
            List<String> rows = new java.util.ArrayList<>();
            for (String query : List.of(
                    "SELECT id, login, emails, ingested_at FROM accounts ORDER BY id",
                    "SELECT id, name, is_fork, is_archived, stars, topics, head_sha, pushed_at FROM repositories ORDER BY id",
                    "SELECT repo_id, sha, is_own, additions, deletions, authored_at, message FROM commits ORDER BY repo_id, sha",
                    "SELECT repo_id, path FROM repo_files ORDER BY repo_id, path",
                    "SELECT * FROM repo_signals ORDER BY repo_id",
                    "SELECT repo_id, technology FROM repo_technologies ORDER BY repo_id, technology",
                    "SELECT repo_id, language, bytes FROM repo_languages ORDER BY repo_id, language")) {
                handle.createQuery(query).mapToMap().forEach(row -> rows.add(row.toString()));
            }
            return rows;
        });
    }

    @Test
    void load_storesEveryRepoAndTheRightCommits() {
        try (Database database = Database.open(TestDatabases.sqlite(dir))) {
            DemoLoader.Result result = loader(database).load(DEMO);
            long expected = 0;
            for (DemoRepo repo : DEMO.repos()) {
                // Independent of the loader: forks keep commits whose author login is the user's or whose email is known.
                expected += repo.fork()
                        ? repo.commits().stream().filter(c -> c.authorLogin().map("octo-demo"::equalsIgnoreCase).orElse(false)
                                || DEMO.emails().contains(c.authorEmail().toLowerCase(Locale.ROOT))).count()
                        : repo.commits().size();
            }
            assertThat(result.alreadyLoaded()).isFalse();
            assertThat(result.repos()).isEqualTo(25);
            assertThat(result.commits()).isEqualTo(expected);
            long id = new AccountStore(database).findByLogin("OCTO-DEMO").orElseThrow().id();
            assertThat(new CommitStore(database).countByAccount(id)).isEqualTo(expected);
            assertThat(new RepositoryStore(database).countByAccount(id)).isEqualTo(25);
        }
    }

    @Test
    void loadingTwice_changesNothing() {
        try (Database database = Database.open(TestDatabases.sqlite(dir))) {
            loader(database).load(DEMO);
            List<String> before = dump(database);
            DemoLoader.Result second = loader(database).load(DEMO);
            assertThat(second.alreadyLoaded()).isTrue();
            assertThat(dump(database)).isEqualTo(before);
        }
    }

    @Test
    void demo_survivesARestart() {
        String url = TestDatabases.sqlite(dir);
        List<String> before;
        try (Database database = Database.open(url)) {
            loader(database).load(DEMO);
            before = dump(database);
        }
        try (Database reopened = Database.open(url)) {
            assertThat(dump(reopened)).isEqualTo(before);
            assertThat(before).hasSizeGreaterThan(4_000);
        }
    }

    @Test
    void load_onPostgres_matchesSqlite() {
        List<String> sqlite;
        try (Database database = Database.open(TestDatabases.sqlite(dir))) {
            loader(database).load(DEMO);
            sqlite = dump(database);
        }
        try (Database database = Database.open(TestDatabases.freshPostgresSchema())) {
            loader(database).load(DEMO);
            List<String> postgres = dump(database);
            assertThat(postgres).hasSameSizeAs(sqlite);
        }
    }
}
