package dev.bitofgit.web;

import dev.bitofgit.ingest.IngestRejected;
import dev.bitofgit.ingest.IngestRejected.Reason;

/**
 * The one place an ingest {@link Reason} becomes an HTTP status and its title: every route that starts, joins or
 * proves something with GitHub answers a rejection the same way.
 */
public final class IngestReasons {
    private IngestReasons() {
    }

    /** The problem a route throws for a rejected request: the reason's status and title, the rejection's message. */
    public static ApiProblem problem(IngestRejected rejected) {
        int status = status(rejected.reason());
        return new ApiProblem(status, title(status), rejected.getMessage());
    }

    static int status(Reason reason) {
        return switch (reason) {
            case BAD_INPUT -> 400;
            case TOKEN_REJECTED -> 401;
            case NOT_OWNER -> 403;
            case NO_SUCH_USER -> 404;
            case GITHUB_UNAVAILABLE -> 502;
            // GitHub's rate limit is passing: the service is unavailable for now, not broken behind a gateway.
            case RATE_LIMITED -> 503;
        };
    }

    /** The reason phrase of each status {@link #status} gives (RFC 9110). */
    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            default -> throw new IllegalArgumentException("no ingest reason maps to HTTP status " + status);
        };
    }
}
