package dev.bitofgit.web;

import dev.bitofgit.ingest.IngestRejected;
import dev.bitofgit.ingest.IngestRejected.Reason;

/**
 * The one place an ingest {@link Reason} becomes an HTTP status: every route that starts, joins or
 * proves something with GitHub answers a rejection the same way.
 */
public final class IngestReasons {
    private IngestReasons() {
    }

    /** The problem for a rejected request: the reason's status (titled by {@link StatusTitles}), the message. */
    public static ApiProblem problem(IngestRejected rejected) {
        return new ApiProblem(status(rejected.reason()), rejected.getMessage());
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
}
