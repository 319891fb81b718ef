package dev.bitofgit.ingest;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A job's progress as clients see it. {@code status} is a {@link JobState}'s word (pending, running, completed,
 * completed_with_errors, failed, not_found), as the store and the JSON carry it; {@link JobState#of} reads it.
 */
public record JobStatus(
        String jobId,
        String username,
        String status,
        String phase,
        int reposTotal,
        int reposDone,
        long commitsStored,
        int requests,
        int notModified,
        Optional<Integer> rateLimitRemaining,
        Optional<Long> etaSeconds,
        List<RepoError> errors,
        Optional<String> message,
        Instant createdAt,
        Optional<Instant> startedAt,
        Optional<Instant> finishedAt) {

    /** A repository that could not be ingested, and why. */
    public record RepoError(String repo, String error) {
    }

    public JobStatus {
        requireNonNull(jobId, "jobId == null");
        requireNonNull(username, "username == null");
        requireNonNull(status, "status == null");
        requireNonNull(phase, "phase == null");
        errors = List.copyOf(errors);
    }

    public boolean finished() {
        return !(status.equals(JobState.PENDING.wire()) || status.equals(JobState.RUNNING.wire()));
    }
}
