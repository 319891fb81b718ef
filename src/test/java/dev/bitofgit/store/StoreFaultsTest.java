package dev.bitofgit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;

class StoreFaultsTest {
    @Test
    void connectionLossIsWaitedOut_wrappedOrNot() {
        assertThat(StoreFaults.isUnavailable(new SQLTransientConnectionException("pool timed out"))).isTrue();
        assertThat(StoreFaults.isUnavailable(new UnableToExecuteStatementException(
                new BatchUpdateException("aborted", "57P01", new int[0]), null))).isTrue();
        assertThat(StoreFaults.isUnavailable(new StoreException("cannot store commits",
                new SQLException("I/O error", "08006")))).isTrue();
        assertThat(StoreFaults.isUnavailable(new RuntimeException(new java.net.ConnectException("refused")))).isTrue();
    }

    @Test
    void otherFailuresAreNotWaitedOut() {
        assertThat(StoreFaults.isUnavailable(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(StoreFaults.isUnavailable(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(StoreFaults.isUnavailable(new IllegalStateException("bug"))).isFalse();
        assertThat(StoreFaults.isUnavailable(new SQLException("[SQLITE_FULL] database or disk is full"))).isFalse();
    }

    @Test
    void diskFullIsRecognisedOnBothEngines() {
        assertThat(StoreFaults.diskFull(new UnableToExecuteStatementException(
                new SQLException("[SQLITE_FULL] Insertion failed because database is full (database or disk is full)"),
                null))).hasValueSatisfying(message -> assertThat(message).contains("disk is full"));
        assertThat(StoreFaults.diskFull(new SQLException("could not extend file", "53100"))).isPresent();
        assertThat(StoreFaults.diskFull(new SQLException("[SQLITE_IOERR_WRITE] No space left on device"))).isPresent();
        assertThat(StoreFaults.diskFull(new SQLException("duplicate key", "23505"))).isEmpty();
    }
}
