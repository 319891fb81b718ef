package dev.bitofgit.store;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells the store failures a caller can wait out (the database server is down or restarting) from the ones it must
 * report (the disk is full) and from plain bugs. Reads the whole cause chain, whatever wrapped it (Jdbi, Hikari).
 */
public final class StoreFaults {
    private StoreFaults() {
    }

    /** The database could not be reached or dropped the connection: worth waiting for. */
    public static boolean isUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException || cause instanceof java.net.ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 08xxx connection exceptions; 57P01-57P03: the server is shutting down, crashed or starting up.
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The disk (or the database's quota) is full: SQLite's SQLITE_FULL, an I/O error caused by no space, or
     * PostgreSQL's disk_full (53100). Returns a sentence a person can act on.
     */
    public static Optional<String> diskFull(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            String message = cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(Locale.ROOT);
            boolean full = message.contains("sqlite_full") || message.contains("database or disk is full")
                    || message.contains("no space left on device")
                    || (cause instanceof SQLException sql && "53100".equals(sql.getSQLState()));
            if (full) {
                return Optional.of("the database's disk is full: free space (or raise the quota) and run the ingest "
                        + "again; everything stored before this point is kept");
            }
        }
        return Optional.empty();
    }

    private static Throwable next(Throwable cause) {
        return cause.getCause() == cause ? null : cause.getCause();
    }
}
