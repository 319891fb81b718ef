package dev.bitofgit.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/** An ingest job as checkpointed in the store. */
public record JobRecord(
        String id,
        String loginKey,
        String status,
        String phase,
        boolean includePrivate,
        boolean fullSync,
        boolean usedToken,
        int reposTotal,
        int reposDone,
        long commitsStored,
        int requests,
        int notModified,
        Optional<Integer> rateLimitRemaining,
        Optional<String> message,
        Optional<String> error,
        Instant createdAt,
        Optional<Instant> startedAt,
        Optional<Instant> finishedAt) {

    public JobRecord {
        requireNonNull(id, "id == null");
        requireNonNull(loginKey, "loginKey == null");
        requireNonNull(status, "status == null");
        requireNonNull(phase, "phase == null");
    }
}
