package dev.bitofgit.github;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * Tunables of the GitHub client. The defaults follow GitHub's guidance for integrators; tests shorten the delays.
 *
 * @param concurrency        requests in flight at once (GitHub asks integrators not to hammer it in parallel)
 * @param requestTimeout     per-request timeout, so a hung connection cannot stall a job
 * @param maxRetries         retries of 5xx answers and network failures
 * @param retryBaseDelay     first backoff delay; doubles per retry, with jitter
 * @param secondaryLimitWait wait after a secondary-limit answer that carries no Retry-After (GitHub: at least 60 s)
 * @param maxRateLimitWait   longest wait for a primary-limit reset; beyond it the call fails and says until when
 */
public record GitHubClientOptions(
        int concurrency,
        Duration connectTimeout,
        Duration requestTimeout,
        int maxRetries,
        Duration retryBaseDelay,
        Duration secondaryLimitWait,
        Duration maxRateLimitWait) {

    public GitHubClientOptions {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, got " + concurrency);
        }
        requireNonNull(connectTimeout, "connectTimeout == null");
        requireNonNull(requestTimeout, "requestTimeout == null");
        requireNonNull(retryBaseDelay, "retryBaseDelay == null");
        requireNonNull(secondaryLimitWait, "secondaryLimitWait == null");
        requireNonNull(maxRateLimitWait, "maxRateLimitWait == null");
    }

    public static GitHubClientOptions defaults(int concurrency, Duration maxRateLimitWait) {
        return new GitHubClientOptions(concurrency, Duration.ofSeconds(10), Duration.ofSeconds(30), 5,
                Duration.ofMillis(500), Duration.ofSeconds(60), maxRateLimitWait);
    }
}
