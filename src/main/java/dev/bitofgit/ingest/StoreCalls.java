package dev.bitofgit.ingest;

import dev.bitofgit.store.StoreException;
import dev.bitofgit.store.StoreFaults;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A job's store writes, made patient: while the database is unreachable (PostgreSQL restarting, a failover) the job
 * pauses — its status says so — and retries the same write once a second; every store write is idempotent (upserts,
 * insert-if-absent), so repeating one that may have landed is safe. After {@code maxWait} the write fails for real.
 * When the database is back, the job checks it still holds its lease: another instance may have taken the job over
 * while this one could not renew it, and then this one stops.
 */
final class StoreCalls {
    private static final Logger LOG = LoggerFactory.getLogger(StoreCalls.class);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    /** Thrown when, after an outage, the job's lease belongs to another instance. */
    static final class LeaseLost extends CancellationException {
        LeaseLost(String message) {
            super(message);
        }
    }

    private final JobProgress progress;
    private final Duration maxWait;
    private final Duration retryEvery;
    private final BooleanSupplier leaseStillHeld;

    StoreCalls(JobProgress progress, Duration maxWait, Duration retryEvery, BooleanSupplier leaseStillHeld) {
        this.progress = progress;
        this.maxWait = maxWait;
        this.retryEvery = retryEvery;
        this.leaseStillHeld = leaseStillHeld;
    }

    <T> T call(Supplier<T> write) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            if (!StoreFaults.isUnavailable(e)) {
                throw e;
            }
            return waitOut(write, e);
        }
    }

    void run(Runnable write) {
        call(() -> {
            write.run();
            return null;
        });
    }

    private <T> T waitOut(Supplier<T> write, RuntimeException first) {
        Instant deadline = Instant.now().plus(maxWait);
        LOG.warn("ingest job {}: the database is unreachable ({}); pausing until it is back, at most until {} UTC",
                progress.jobId(), firstLine(first), CLOCK.format(deadline));
        progress.onWaiting(deadline, "the database is unreachable; the ingest continues when it is back (waiting at "
                + "most until " + CLOCK.format(deadline) + " UTC)");
        RuntimeException last = first;
        while (Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(retryEvery.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while waiting for the database");
            }
            try {
                T result = write.get();
                progress.waitOver();
                if (!leaseStillHeld.getAsBoolean()) {
                    throw new LeaseLost("another instance took the job over while the database was unreachable");
                }
                LOG.info("ingest job {}: the database is back; continuing", progress.jobId());
                return result;
            } catch (RuntimeException e) {
                if (e instanceof LeaseLost || !StoreFaults.isUnavailable(e)) {
                    throw e;
                }
                last = e;
            }
        }
        LOG.error("ingest job {}: the database stayed unreachable for {} s; the job stops ({})", progress.jobId(),
                maxWait.toSeconds(), firstLine(last));
        throw new StoreException("the database was unreachable for " + maxWait.toSeconds() + " s, so the ingest "
                + "stopped; everything stored before is kept — run the ingest again once the database is back", last);
    }

    private static String firstLine(Throwable e) {
        String message = String.valueOf(e.getMessage());
        return message.lines().findFirst().orElse(message);
    }
}
