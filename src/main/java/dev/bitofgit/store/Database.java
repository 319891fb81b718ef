package dev.bitofgit.store;

import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
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
    private final Optional<String> readOnly;

    private Database(HikariDataSource dataSource, Dialect dialect, Optional<String> readOnly) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.readOnly = readOnly;
        this.jdbi = Jdbi.create(dataSource);
        StoreMappers.register(jdbi);
    }

    /**
     * Present when the store can only be read, saying why in words a person can act on ("/data/bitofgit.db is on a
     * read-only file system"): a SQLite file (or its directory) that cannot be written. Such a store is opened
     * read-only and not migrated, so that reading commands work and writing ones can refuse in one line.
     */
    public Optional<String> readOnly() {
        return readOnly;
    }

    /**
     * A WAL database in a directory SQLite cannot write to opens only as immutable (it cannot create its -shm file):
     * the store is then read as a snapshot, which a read-only store is.
     */
    private static String immutableUrl(String jdbcUrl) {
        String location = jdbcUrl.substring("jdbc:sqlite:".length());
        int query = location.indexOf('?');
        Path path = Path.of(query >= 0 ? location.substring(0, query) : location).toAbsolutePath();
        if (Files.isWritable(path.getParent())) {
            return jdbcUrl;
        }
        return "jdbc:sqlite:" + path.toUri().toString().replaceFirst("^file:///", "file:/") + "?immutable=1";
    }

    /** Why a SQLite file can only be read; empty when it can be written (or does not exist yet, or is not SQLite). */
    static Optional<String> readOnlyReason(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:sqlite:")) {
            return Optional.empty();
        }
        String location = jdbcUrl.substring("jdbc:sqlite:".length());
        int query = location.indexOf('?');
        String file = query >= 0 ? location.substring(0, query) : location;
        if (file.isBlank() || file.startsWith(":memory:") || file.startsWith("file:")) {
            return Optional.empty();
        }
        Path path = Path.of(file).toAbsolutePath();
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        if (!Files.isWritable(path)) {
            return Optional.of(path + " is read-only" + (Files.isWritable(path.getParent()) ? "" : " (a read-only directory or file system)"));
        }
        if (!Files.isWritable(path.getParent())) {
            // SQLite writes its -wal and -shm files next to the database.
            return Optional.of(path + " is in a read-only directory (" + path.getParent() + ")");
        }
        return Optional.empty();
    }

    /** Opens (creating when needed) and migrates the database at {@code jdbcUrl}. */
    public static Database open(String jdbcUrl) {
        requireNonNull(jdbcUrl, "jdbcUrl == null");
        Dialect dialect = Dialect.of(jdbcUrl);
        HikariConfig config = new HikariConfig();
        config.setPoolName("bitofgit-store");
        config.setInitializationFailTimeout(-1);
        config.setConnectionTimeout(5_000);
        Optional<String> readOnly = readOnlyReason(jdbcUrl);
        if (dialect == Dialect.SQLITE) {
            SQLiteConfig sqlite = new SQLiteConfig();
            if (readOnly.isPresent()) {
                sqlite.setReadOnly(true); // the journal mode is the file's (WAL): setting it would be a write
            } else {
                sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
            }
            sqlite.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            sqlite.setBusyTimeout(SQLITE_BUSY_TIMEOUT_MILLIS);
            sqlite.enforceForeignKeys(true);
            sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            SQLiteDataSource sqliteDataSource = new SQLiteDataSource(sqlite);
            sqliteDataSource.setUrl(readOnly.isPresent() ? immutableUrl(jdbcUrl) : jdbcUrl);
            config.setDataSource(sqliteDataSource);
            config.setMaximumPoolSize(4);
            config.setReadOnly(readOnly.isPresent()); // HikariCP sets the flag on each connection: it must match
        } else {
            config.setJdbcUrl(jdbcUrl);
            config.setMaximumPoolSize(10);
        }
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            checkConnection(dataSource, jdbcUrl);
            if (readOnly.isPresent()) {
                requireCurrentSchema(dataSource, dialect, readOnly.get());
            } else {
                migrate(dataSource, dialect);
            }
            return new Database(dataSource, dialect, readOnly);
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
            flyway(dataSource, dialect).migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot migrate the database schema: " + rootMessage(e), e);
        }
    }

    /** A read-only store cannot be migrated: it must already have this version's schema. */
    private static void requireCurrentSchema(HikariDataSource dataSource, Dialect dialect, String reason) {
        int pending;
        try {
            pending = flyway(dataSource, dialect).info().pending().length;
        } catch (FlywayException e) {
            throw new StoreException("cannot read the database schema: " + rootMessage(e), e);
        }
        if (pending > 0) {
            throw new StoreException(reason + " and needs a schema upgrade (" + pending + " migration"
                    + (pending == 1 ? "" : "s") + "): make it writable once and run any bitofgit command");
        }
    }

    private static Flyway flyway(HikariDataSource dataSource, Dialect dialect) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", dialect.migrationLocation())
                .loggers("slf4j")
                .load();
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

    /**
     * Refreshes the query planner's statistics after a bulk change (an ingest, a load, an import). SQLite has none
     * until ANALYZE runs, and without them it reads a whole account's commits for an OR over the author columns
     * instead of combining the three author indexes (150,000 commits: 167 ms against 19 ms); PostgreSQL's
     * autovacuum would get there later, this gets there now. About 0.3 s on that account, once per job.
     */
    public void refreshStatistics() {
        jdbi.useHandle(handle -> handle.execute(dialect == Dialect.SQLITE ? "ANALYZE"
                : "ANALYZE commits, repositories, repo_daily, account_daily"));
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
