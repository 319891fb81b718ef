package dev.bitofgit.report;

import dev.bitofgit.testing.TestDatabases;
import java.nio.file.Path;

/** The year in review on PostgreSQL (the scale-out store): the same numbers, privacy and escaping. */
class ReportApiPostgresTest extends ReportApiTest {
    @Override
    String databaseUrl(Path dir) {
        return TestDatabases.freshPostgresSchema();
    }
}
