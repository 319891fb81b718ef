package dev.bitofgit.ingest;

import dev.bitofgit.github.GitHubClient;
import dev.bitofgit.github.GitHubException;
import dev.bitofgit.store.JobRepoRecord;
import dev.bitofgit.store.StoreException;
import dev.bitofgit.store.StoreFaults;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs admitted jobs to their end: executes each, checkpoints its progress to the store (renewing its lease), and
 * records how it ended — in memory when the store cannot take the end yet (its disk is full), until it can.
 */
final class JobRunner {
    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);
    private static final long CHECKPOINT_INTERVAL_MILLIS = 1_000;
    /** How long a job waits for an unreachable database (a PostgreSQL restart, a failover) before it fails. */
    private static final Duration STORE_OUTAGE_MAX_WAIT = Duration.ofMinutes(5);

    private final JobParts parts;
    /** After each end: the owners' jobs queued behind this one may start. */
    private final Runnable afterEachEnd;
    private final ExecutorService jobs;
    private final Map<String, Long> lastCheckpoint = new ConcurrentHashMap<>();

    JobRunner(JobParts parts,
              Runnable afterEachEnd) {
        this.parts = parts;
        this.afterEachEnd = afterEachEnd;
        AtomicInteger counter = new AtomicInteger();
        this.jobs = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "ingest-job-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs the job on a thread of its own. */
    void inBackground(Runnable work) {
        jobs.submit(work);
    }

    /** A job as it now runs here, with workers of its own; listed as running under the login key. */
    LiveJobs.Running register(String key, JobProgress progress, boolean seesPrivate) {
        LiveJobs.Running job = new LiveJobs.Running(progress, workers(progress.jobId()), seesPrivate);
        parts.live().running.put(key, job);
        return job;
    }

    void execute(LiveJobs.Running job, GitHubClient client, Preflight preflight, boolean full,
                 Map<String, JobRepoRecord> checkpoints, Consumer<JobStatus> onProgress) {
        JobProgress progress = job.progress();
        StoreCalls store = new StoreCalls(progress, STORE_OUTAGE_MAX_WAIT, Duration.ofSeconds(1),
                () -> parts.lease().renew(progress.jobId()));
        progress.publishTo(current -> checkpoint(current, true, onProgress));
        try {
            IngestJob ingest = new IngestJob(new IngestJob.Context(progress, client, preflight.user(),
                    preflight.userUnchanged(), preflight.asOwner(), full, parts.stores(), job.workers(), workerCount(),
                    checkpoints, current -> checkpoint(current, false, onProgress), store));
            JobState state = ingest.run();
            if (state != JobState.FAILED) {
                preflight.userEtag().ifPresent(etag ->
                        store.run(() -> parts.stores().etags().save(preflight.user().id(), "user", etag)));
            }
            preflight.note().ifPresent(progress::message);
            if (state != JobState.FAILED) {
                parts.hooks().afterIngest().ingested(preflight.user().id()).ifPresent(progress::addNote);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.info("ingest job {} interrupted; it resumes at the next start", progress.jobId());
            checkpoint(progress, true, onProgress);
            return;
        } catch (StoreCalls.LeaseLost e) {
            LOG.warn("ingest job {} stops here: {}", progress.jobId(), e.getMessage());
            return; // the instance that holds the lease now runs and reports it
        } catch (GitHubException e) {
            progress.finish(e.isNotFound() ? JobState.NOT_FOUND : JobState.FAILED, e.getMessage());
        } catch (StoreException e) {
            LOG.error("ingest job {} failed: {}", progress.jobId(), e.getMessage());
            progress.finish(JobState.FAILED, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("ingest job {} failed unexpectedly", progress.jobId(), e);
            progress.finish(JobState.FAILED, "the ingest failed unexpectedly; see the server log for job "
                    + progress.jobId());
        } finally {
            parts.live().running.remove(progress.username().toLowerCase(Locale.ROOT), job);
            job.workers().shutdownNow();
        }
        try {
            store.run(() -> checkpoint(progress, true, onProgress));
        } catch (RuntimeException e) {
            parts.live().unsavedEnds.put(progress.jobId(), progress.snapshot());
            LOG.error("ingest job {}: its final status could not be stored ({}); it is kept in memory",
                    progress.jobId(), e.getMessage());
        }
        parts.hooks().observer().jobFinished(progress.snapshot().status());
        afterEachEnd.run();
        LOG.info("ingest job {} for {} ended: {} ({} requests, {} not modified, {} commits stored)",
                progress.jobId(), progress.username(), progress.snapshot().status(), progress.requests(),
                progress.snapshot().notModified(), progress.snapshot().commitsStored());
    }

    /**
     * Writes the job's progress to the store (at most once a second unless forced) and renews its lease. While the
     * database is unreachable or full, running progress is kept in memory only (a status poll still sees it); the
     * final status is written by {@link #execute}, which waits for the database.
     */
    void checkpoint(JobProgress progress, boolean force, Consumer<JobStatus> onProgress) {
        JobStatus status = progress.snapshot();
        onProgress.accept(status);
        long now = System.currentTimeMillis();
        Long last = lastCheckpoint.get(status.jobId());
        if (!force && last != null && now - last < CHECKPOINT_INTERVAL_MILLIS && !status.finished()) {
            return;
        }
        try {
            save(status);
        } catch (RuntimeException e) {
            if (status.finished() || !(StoreFaults.isUnavailable(e) || StoreFaults.diskFull(e).isPresent())) {
                throw e;
            }
            LOG.debug("ingest job {}: progress not stored: {}", status.jobId(), e.toString());
        }
    }

    /**
     * Stores the end of a job that ended before it ran (its preflight failed, or its queued start): the job is
     * recorded with its end, or kept in memory while the store cannot take it.
     */
    void recordEnd(JobProgress progress, String login, boolean includePrivate, boolean full, boolean usedToken) {
        try {
            parts.stores().jobs().create(progress.jobId(), login, includePrivate, full, usedToken, Instant.now());
            save(progress.snapshot());
        } catch (RuntimeException storeFailed) {
            parts.live().unsavedEnds.put(progress.jobId(), progress.snapshot());
        }
    }

    /** Retries storing the ends of jobs whose final status the store could not take (its disk was full). */
    void saveUnsavedEnds() {
        for (JobStatus ended : parts.live().unsavedEnds.values()) {
            try {
                save(ended);
                parts.live().unsavedEnds.remove(ended.jobId());
                LOG.info("ingest job {}: its final status is stored now", ended.jobId());
            } catch (RuntimeException stillFailing) {
                LOG.debug("ingest job {}: final status still not stored: {}", ended.jobId(), stillFailing.toString());
            }
        }
    }

    private void save(JobStatus status) {
        lastCheckpoint.put(status.jobId(), System.currentTimeMillis());
        if (!status.finished()) {
            parts.lease().renew(status.jobId());
        }
        parts.stores().jobs().update(status.jobId(), status.status(), status.phase(), status.reposTotal(), status.reposDone(),
                status.commitsStored(), status.requests(), status.notModified(), status.rateLimitRemaining(),
                status.message(), status.errors().isEmpty() ? Optional.empty()
                        : Optional.of(status.errors().size() + " repositories failed"),
                status.startedAt(), status.finishedAt());
        if (status.finished()) {
            lastCheckpoint.remove(status.jobId());
        }
    }

    /** Twice the HTTP slots: while one worker stores an answer, another's request is in flight. */
    private int workerCount() {
        return parts.config().clientOptions().concurrency() * 2;
    }

    private ExecutorService workers(String jobId) {
        AtomicInteger counter = new AtomicInteger();
        return Executors.newFixedThreadPool(workerCount(), runnable -> {
            Thread thread = new Thread(runnable, "ingest-" + jobId.substring(0, 8) + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Stops running jobs; their checkpoints let the next start resume them. */
    void close() {
        jobs.shutdownNow();
        parts.live().running.values().forEach(job -> job.workers().shutdownNow());
        try {
            jobs.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
