package dev.bitofgit.ingest;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The jobs this instance holds in memory, by login key: running here, waiting for GitHub's preflight, queued behind a
 * weaker job of the same account; and, by job id, jobs that ended here but whose end the store could not take. All
 * of it is lost with the process; the store's checkpoints are what survives.
 */
final class LiveJobs {
    /** A job running here; {@code seesPrivate}: it lists the account with its owner's visibility. */
    record Running(JobProgress progress, ExecutorService workers, boolean seesPrivate) {
    }

    /** An owner's job that waits for a weaker job of the same account (public data only) to end. */
    record Queued(JobProgress progress, String login, IngestRequest request, Optional<String> token,
                  Consumer<JobStatus> onProgress, AtomicBoolean started) {
    }

    /** Jobs running here, by login key. */
    final Map<String, Running> running = new ConcurrentHashMap<>();
    /** Jobs that ended here but whose final status the store could not take (disk full): served from memory. */
    final Map<String, JobStatus> unsavedEnds = new ConcurrentHashMap<>();
    /** Owners' jobs waiting for a public-only job of their account to end. */
    final Map<String, Queued> queued = new ConcurrentHashMap<>();
    /**
     * Jobs whose preflight (who is this user, whose is this token) GitHub is making wait — a rate limit, a secondary
     * limit, a slow answer — after POST /ingest already answered; by login key, until the job starts.
     */
    final Map<String, JobProgress> preflighting = new ConcurrentHashMap<>();

    /** The job's live progress when this instance holds it in memory: the whole job, private data included. */
    Optional<JobStatus> find(String jobId) {
        for (Running job : running.values()) {
            if (job.progress().jobId().equals(jobId)) {
                return Optional.of(job.progress().snapshot());
            }
        }
        for (JobProgress checking : preflighting.values()) {
            if (checking.jobId().equals(jobId)) {
                return Optional.of(checking.snapshot());
            }
        }
        for (Queued waiting : queued.values()) {
            if (waiting.progress().jobId().equals(jobId)) {
                return Optional.of(waiting.progress().snapshot());
            }
        }
        return Optional.ofNullable(unsavedEnds.get(jobId));
    }

    /** Whether a job running here reads private repositories; empty when it does not run here. */
    Optional<Boolean> seesPrivate(String jobId) {
        return running.values().stream().filter(job -> job.progress().jobId().equals(jobId)).findFirst()
                .map(Running::seesPrivate);
    }
}
