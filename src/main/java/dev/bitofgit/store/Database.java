package dev.bitofgit.store;

import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The open store: a pooled DataSource, Flyway-migrated, wrapped in Jdbi.
 *
 * <p>SQLite is tuned for one process with many threads: WAL so readers never block the writer, a busy timeout
 * so concurrent writers wait instead of failing, foreign keys on (off by default in SQLite), and IMMEDIATE
 * transactions so a read-then-write transaction cannot deadlock on lock upgrade.
 */
public final class Database implements AutoCloseable {
    private static final int SQLITE_BUSY_TIMEOUT_MILLIS = 30_000;

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final Dialect dialect;

    private Database(HikariDataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.jdbi = Jdbi.create(dataSource);
    }

    /** Opens (creating when needed) and migrates the database at {@code jdbcUrl}. */
    public static Database open(String jdbcUrl) {
        requireNonNull(jdbcUrl, "jdbcUrl == null");
        Dialect dialect = Dialect.of(jdbcUrl);
        HikariConfig config = new HikariConfig();
        config.setPoolName("bitofgit-store");
        config.setInitializationFailTimeout(-1);
        config.setConnectionTimeout(5_000);
        if (dialect == Dialect.SQLITE) {
            SQLiteConfig sqlite = new SQLiteConfig();
            sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
            sqlite.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            sqlite.setBusyTimeout(SQLITE_BUSY_TIMEOUT_MILLIS);
            sqlite.enforceForeignKeys(true);
            sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            SQLiteDataSource sqliteDataSource = new SQLiteDataSource(sqlite);
            sqliteDataSource.setUrl(jdbcUrl);
            config.setDataSource(sqliteDataSource);
            config.setMaximumPoolSize(4);
        } else {
            config.setJdbcUrl(jdbcUrl);
            config.setMaximumPoolSize(10);
        }
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            checkConnection(dataSource, jdbcUrl);
            migrate(dataSource, dialect);
            return new Database(dataSource, dialect);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    private static void checkConnection(HikariDataSource dataSource, String jdbcUrl) {
        try (Connection connection = dataSource.getConnection()) {
            connection.isValid(5);
        } catch (SQLException e) {
            throw new StoreException("cannot open the database: " + rootMessage(e), e);
        }
    }

    private static void migrate(HikariDataSource dataSource, Dialect dialect) {
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration/common", dialect.migrationLocation())
                    .loggers("slf4j")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot migrate the database schema: " + rootMessage(e), e);
        }
    }

    /** The most specific message a person can act on: the innermost SQLException's, else the root cause's. */
    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        Throwable innermostSql = null;
        while (true) {
            if (cause instanceof SQLException) {
                innermostSql = cause;
            }
            if (cause.getCause() == null || cause.getCause() == cause) {
                break;
            }
            cause = cause.getCause();
        }
        if (innermostSql != null && innermostSql.getMessage() != null) {
            cause = innermostSql;
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse(message).trim();
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Dialect dialect() {
        return dialect;
    }

    public <T> T withHandle(Function<Handle, T> work) {
        return jdbi.withHandle(work::apply);
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
