package dev.bitofgit.answer;

import dev.bitofgit.testing.TestDatabases;
import java.nio.file.Files;

/** The answerer's questions on the embedded SQLite store. */
class OfflineAnswererSqliteTest extends OfflineAnswererTest {
    @Override
    String databaseUrl() throws Exception {
        return TestDatabases.sqlite(Files.createTempDirectory("answers"));
    }
}
