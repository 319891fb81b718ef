package dev.bitofgit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bitofgit.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DatabaseMigrationTest {
    @TempDir
    static Path dir;

    static Stream<String> engines() {
        return Stream.of(TestDatabases.sqlite(dir.resolve("m-" + System.nanoTime())), TestDatabases.freshPostgresSchema());
    }

    @ParameterizedTest
    @MethodSource("engines")
    void emptyDatabase_getsEveryTable(String url) throws Exception {
        if (url.startsWith("jdbc:sqlite:")) {
            Files.createDirectories(Path.of(url.substring("jdbc:sqlite:".length())).getParent());
        }
        try (Database database = Database.open(url)) {
            List<String> tables = tableNames(database);
            assertThat(tables).contains("accounts", "repositories", "commits", "repo_files", "readmes",
                    "repo_languages", "repo_signals", "repo_technologies", "ingest_jobs", "ingest_job_repos",
                    "sessions", "conversations", "conversation_turns", "github_etags", "kept_tokens");
            int applied = database.withHandle(handle -> handle
                    .createQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE success = TRUE")
                    .mapTo(Integer.class).one());
            assertThat(applied).isEqualTo(migrationCount(url));
        }
    }

    @ParameterizedTest
    @MethodSource("engines")
    void existingDatabase_keepsItsDataAndIsNotMigratedTwice(String url) throws Exception {
        if (url.startsWith("jdbc:sqlite:")) {
            Files.createDirectories(Path.of(url.substring("jdbc:sqlite:".length())).getParent());
        }
        try (Database database = Database.open(url)) {
            new AccountStore(database).upsert(account());
        }
        try (Database reopened = Database.open(url)) {
            assertThat(new AccountStore(reopened).findByLogin("Some-One")).contains(account());
            int applied = reopened.withHandle(handle -> handle
                    .createQuery("SELECT COUNT(*) FROM flyway_schema_history").mapTo(Integer.class).one());
            assertThat(applied).isEqualTo(migrationCount(url));
        }
    }

    @ParameterizedTest
    @MethodSource("engines")
    void commits_areNotDuplicatedAcrossReinserts(String url) throws Exception {
        if (url.startsWith("jdbc:sqlite:")) {
            Files.createDirectories(Path.of(url.substring("jdbc:sqlite:".length())).getParent());
        }
        try (Database database = Database.open(url)) {
            new AccountStore(database).upsert(account());
            new RepositoryStore(database).save(new RepositorySnapshot(
                    new Repository(10, 42, "Repo", Optional.empty(), "https://github.com/some-one/Repo", false, false,
                            false, "main", Instant.ofEpochSecond(1), Instant.ofEpochSecond(2), Optional.empty(), 0, 0,
                            0, 0, 0, List.of(), Optional.empty(), Optional.of("Go"), Optional.empty(), false),
                    java.util.Map.of("Go", 10L), List.of("main.go"), Optional.empty(),
                    new RepoSignals(List.of(), false, List.of(), false, false, false, false, false, false, false,
                            false, false, false, false, false, false, 0, 0, 0),
                    List.of()));
            CommitStore commits = new CommitStore(database);
            Commit commit = new Commit(10, "a".repeat(40), 1, Optional.of("A"), Optional.of("a@x"), Optional.empty(),
                    Instant.ofEpochSecond(100), 60, Instant.ofEpochSecond(100), "fix: it", 3, 1, OptionalInt.of(2), true);
            assertThat(commits.insertAll(42, List.of(commit))).isEqualTo(1);
            assertThat(commits.insertAll(42, List.of(commit, commit))).isZero();
            assertThat(commits.countByRepo(10)).isEqualTo(1);
            assertThat(commits.listByRepo(10)).containsExactly(commit);
        }
    }

    @Test
    void sqlite_usesWalForeignKeysAndBusyTimeout() {
        try (Database database = Database.open(TestDatabases.sqlite(dir))) {
            String journal = database.withHandle(h -> h.createQuery("PRAGMA journal_mode").mapTo(String.class).one());
            assertThat(journal)
                    .isEqualToIgnoringCase("wal");
            int foreignKeys = database.withHandle(h -> h.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one());
            assertThat(foreignKeys)
                    .isEqualTo(1);
            int busyTimeout = database.withHandle(h -> h.createQuery("PRAGMA busy_timeout").mapTo(Integer.class).one());
            assertThat(busyTimeout)
                    .isEqualTo(30_000);
        }
    }

    @Test
    void fileThatIsNotADatabase_failsWithAClearMessage() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.db"), "this is not a database, just text ".repeat(100));
        assertThatThrownBy(() -> Database.open("jdbc:sqlite:" + junk))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("file is not a database");
    }

    @Test
    void unreachablePostgres_failsWithAClearMessage() {
        assertThatThrownBy(() -> Database.open("jdbc:postgresql://127.0.0.1:1/nothing?connectTimeout=2"))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("cannot open the database: ")
                .hasMessageContaining("Connection to 127.0.0.1:1 refused");
    }

    private static List<String> tableNames(Database database) throws java.sql.SQLException {
        return database.jdbi().withHandle(handle -> {
            List<String> names = new java.util.ArrayList<>();
            try (var rs = handle.getConnection().getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    String current = handle.getConnection().getSchema();
                    if (schema == null || current == null || schema.equals(current)) {
                        names.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
                    }
                }
            }
            return names;
        });
    }

    private static Account account() {
        return new Account(42, Optional.of("MDQ6VXNlcjQy"), "Some-One", Optional.of("Some One"), Optional.empty(), "https://github.com/Some-One",
                Optional.empty(), List.of("some@one.dev"), Optional.of(Instant.ofEpochSecond(1_600_000_000L)), "github");
    }

    /** The migrations an engine gets: the common ones and its dialect's (counted, so a new one needs no edit here). */
    private static int migrationCount(String url) throws Exception {
        String dialect = url.startsWith("jdbc:sqlite:") ? "sqlite" : "postgresql";
        int count = 0;
        for (String folder : java.util.List.of("db/migration/common", "db/migration/" + dialect)) {
            Path directory = Path.of(DatabaseMigrationTest.class.getClassLoader().getResource(folder).toURI());
            try (var files = Files.list(directory)) {
                count += (int) files.filter(file -> file.getFileName().toString().endsWith(".sql")).count();
            }
        }
        return count;
    }
}
