package dev.bitofgit.github;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transport under {@link GitHubClient}: GitHub's headers, bounded concurrency, timeouts, and the waits GitHub
 * documents — primary limit (X-RateLimit-Remaining: 0 → wait for X-RateLimit-Reset), secondary limit (Retry-After,
 * else at least a minute) — plus jittered exponential retries (Failsafe) of 5xx answers and network failures.
 *
 * <p>Hazard: the token is sent in the Authorization header only; it must never reach a message or a log line.
 */
final class GitHubHttp {
    private static final Logger LOG = LoggerFactory.getLogger(GitHubHttp.class);
    static final String API_VERSION = "2022-11-28";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final int MAX_SECONDARY_WAITS = 6;

    record Response(int status, String body, Optional<String> etag, Optional<String> link) {
        boolean notModified() {
            return status == 304;
        }
    }

    /** A failure worth retrying: a 5xx, a timeout, a reset connection. */
    private static final class TransientFailure extends RuntimeException {
        final int status;

        TransientFailure(int status, String message, Throwable cause) {
            super(message, cause, false, false);
            this.status = status;
        }
    }

    private final HttpClient client;
    private final Optional<String> token;
    private final GitHubClientOptions options;
    private final GitHubListener listener;
    private final Semaphore inFlight;
    private final RetryPolicy<Response> retryPolicy;

    GitHubHttp(Optional<String> token, GitHubClientOptions options, GitHubListener listener) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.token = token;
        this.options = options;
        this.listener = listener;
        this.inFlight = new Semaphore(options.concurrency(), true);
        Duration maxDelay = options.retryBaseDelay().multipliedBy(64);
        this.retryPolicy = RetryPolicy.<Response>builder()
                .handle(TransientFailure.class)
                .withBackoff(options.retryBaseDelay(), maxDelay.compareTo(options.retryBaseDelay()) > 0
                        ? maxDelay : options.retryBaseDelay().plusMillis(1))
                .withJitter(0.25)
                .withMaxRetries(options.maxRetries())
                .build();
    }

    Response get(URI uri, Optional<String> ifNoneMatch) {
        HttpRequest.Builder builder = base(uri).GET();
        ifNoneMatch.ifPresent(etag -> builder.header("If-None-Match", etag));
        return send(builder.build());
    }

    Response postJson(URI uri, String json) {
        return send(base(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private HttpRequest.Builder base(URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(options.requestTimeout())
                .header("User-Agent", "BitofGit")
                .header("Accept", "application/vnd.github+json")
                .header("X-GitHub-Api-Version", API_VERSION);
        token.ifPresent(value -> builder.header("Authorization", "Bearer " + value));
        return builder;
    }

    private Response send(HttpRequest request) {
        try {
            return Failsafe.with(retryPolicy).get(() -> attempt(request));
        } catch (TransientFailure e) {
            throw new GitHubException(e.status, e.getMessage() + " (gave up after " + (options.maxRetries() + 1)
                    + " attempts)", e.getCause());
        } catch (FailsafeException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                throw new GitHubException(0, "interrupted while calling GitHub", cause);
            }
            LOG.warn("GitHub call failed unexpectedly", cause);
            throw new GitHubException(0, "GitHub call failed unexpectedly; see the server log", cause);
        }
    }

    /** One exchange, waiting out rate limits as often as GitHub asks (those waits are not retries). */
    private Response attempt(HttpRequest request) throws InterruptedException {
        int secondaryWaits = 0;
        while (true) {
            long started = System.nanoTime();
            HttpResponse<String> response = exchange(request);
            int status = response.statusCode();
            int remaining = response.headers().firstValue("X-RateLimit-Remaining")
                    .map(GitHubHttp::parseIntOrMinusOne).orElse(-1);
            if (LOG.isDebugEnabled()) {
                // Method and path only: never the query string, the headers (Authorization) or the body.
                LOG.debug("GitHub {} -> {} in {} ms, {} bytes, rate limit remaining {}, authenticated: {}",
                        describe(request), status, (System.nanoTime() - started) / 1_000_000, response.body().length(),
                        remaining, request.headers().firstValue("Authorization").isPresent());
            }
            listener.onResponse(status, status == 304, remaining);
            if (status == 403 || status == 429) {
                Optional<Instant> waitUntil = rateLimitWait(response, remaining, secondaryWaits);
                if (waitUntil.isPresent()) {
                    if (remaining != 0) {
                        secondaryWaits++;
                    }
                    sleepUntil(waitUntil.get(), remaining == 0 ? "primary" : "secondary");
                    continue;
                }
            }
            if (status >= 500) {
                throw new TransientFailure(status, "GitHub answered " + status + " for " + describe(request), null);
            }
            return new Response(status, response.body(), response.headers().firstValue("ETag"),
                    response.headers().firstValue("Link"));
        }
    }

    private HttpResponse<String> exchange(HttpRequest request) throws InterruptedException {
        inFlight.acquire();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new TransientFailure(0, "GitHub did not answer " + describe(request) + " within "
                    + options.requestTimeout().toSeconds() + " s", e);
        } catch (IOException e) {
            throw new TransientFailure(0, "network error calling GitHub " + describe(request) + ": " + networkProblem(e), e);
        } finally {
            inFlight.release();
        }
    }

    /** When to retry a 403/429, or empty when it is a real refusal (no rate limit involved). */
    private Optional<Instant> rateLimitWait(HttpResponse<String> response, int remaining, int secondaryWaits) {
        Instant now = Instant.now();
        if (remaining == 0) {
            long reset = response.headers().firstValue("X-RateLimit-Reset")
                    .map(GitHubHttp::parseLongOrZero).orElse(0L);
            Instant resetAt = reset > 0 ? Instant.ofEpochSecond(reset).plusSeconds(1) : now.plusSeconds(60);
            Duration wait = Duration.between(now, resetAt);
            if (wait.compareTo(options.maxRateLimitWait()) > 0) {
                throw new GitHubException(429, "GitHub rate limit exhausted until " + CLOCK.format(resetAt)
                        + " UTC; waiting " + wait.toMinutes() + " min would exceed the configured maximum of "
                        + options.maxRateLimitWait().toSeconds() + " s");
            }
            return Optional.of(resetAt);
        }
        Optional<String> retryAfter = response.headers().firstValue("Retry-After");
        boolean secondary = retryAfter.isPresent()
                || response.body().toLowerCase(Locale.ROOT).contains("secondary rate limit");
        if (!secondary) {
            return Optional.empty();
        }
        if (secondaryWaits >= MAX_SECONDARY_WAITS) {
            throw new GitHubException(429, "GitHub kept answering with its secondary rate limit after "
                    + MAX_SECONDARY_WAITS + " waits; try again later");
        }
        Duration wait = retryAfter.map(value -> Duration.ofSeconds(Math.max(1, parseLongOrZero(value))))
                // GitHub: without Retry-After wait at least a minute, longer on each repeat.
                .orElse(options.secondaryLimitWait().multipliedBy(1L << Math.min(secondaryWaits, 4)));
        return Optional.of(now.plus(wait));
    }

    private void sleepUntil(Instant until, String kind) throws InterruptedException {
        listener.onWaiting(until, "waiting for the GitHub rate limit until " + CLOCK.format(until) + " UTC"
                + (kind.equals("secondary") ? " (secondary limit)" : ""));
        long millis = Duration.between(Instant.now(), until).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    /** What went wrong on the network, in words (messages go to API clients: no Java class names). */
    static String networkProblem(IOException e) {
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        if (e instanceof UnknownHostException) {
            return "unknown host " + e.getMessage();
        }
        if (e instanceof SSLException) {
            return "TLS failure (" + e.getMessage() + ")";
        }
        if (e instanceof HttpConnectTimeoutException) {
            return "connection timed out";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "connection failed" : message;
    }

    private static String describe(HttpRequest request) {
        URI uri = request.uri();
        return request.method() + " " + uri.getPath();
    }

    private static int parseIntOrMinusOne(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static long parseLongOrZero(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
