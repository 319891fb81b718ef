package dev.bitofgit.ingest;

import java.time.Instant;
import java.util.Optional;

/** GET /users/{username}: what the store holds for an account and the state of its latest ingest. */
public record AccountStatus(String username, String status, int repoCount, long commitCount,
                            Optional<Instant> lastIngestedAt, Optional<String> jobId, Optional<String> error) {
}
