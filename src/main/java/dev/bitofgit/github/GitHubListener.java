package dev.bitofgit.github;

import java.time.Instant;

/** Observes the client's traffic, so a job can report requests, 304s, the rate limit and waits. */
public interface GitHubListener {
    /** A response arrived; {@code rateLimitRemaining} is -1 when GitHub sent no X-RateLimit-Remaining. */
    void onResponse(int status, boolean notModified, int rateLimitRemaining);

    /** The client is waiting for a rate-limit reset (primary) or a Retry-After (secondary) until {@code until}. */
    void onWaiting(Instant until, String reason);

    GitHubListener NONE = new GitHubListener() {
        @Override
        public void onResponse(int status, boolean notModified, int rateLimitRemaining) {
        }

        @Override
        public void onWaiting(Instant until, String reason) {
        }
    };
}
