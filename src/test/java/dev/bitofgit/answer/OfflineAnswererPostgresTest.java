package dev.bitofgit.answer;

import dev.bitofgit.testing.TestDatabases;

/** The answerer's questions on PostgreSQL (the scale-out store). */
class OfflineAnswererPostgresTest extends OfflineAnswererTest {
    @Override
    String databaseUrl() {
        return TestDatabases.freshPostgresSchema();
    }
}
