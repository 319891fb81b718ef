package dev.bitofgit.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Real databases for tests: a SQLite file in a temporary directory, or a fresh schema in the machine's
 * PostgreSQL (127.0.0.1:5432, trust auth, database test), so tests never share state.
 */
public final class TestDatabases {
    public static final String POSTGRES_BASE = System.getProperty("bitofgit.test.postgres",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

    private TestDatabases() {
    }

    public static String sqlite(Path dir) {
        return "jdbc:sqlite:" + dir.resolve("bitofgit.db");
    }

    /** Creates an empty schema and returns a URL whose connections use it. */
    public static String freshPostgresSchema() {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection connection = DriverManager.getConnection(POSTGRES_BASE);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + POSTGRES_BASE + " is not reachable: " + e.getMessage()
                    + " (start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start)", e);
        }
        return POSTGRES_BASE + "&currentSchema=" + schema;
    }
}
