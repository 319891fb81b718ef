package dev.bitofgit.ingest;

import static java.util.Objects.requireNonNull;

/**
 * An ingest request that cannot start, with the {@link Reason} why. The faces decide what a reason looks like to
 * their caller (an HTTP status, a CLI exit code); the ingest layer only says what went wrong.
 */
public final class IngestRejected extends RuntimeException {
    /** Why a request cannot start. */
    public enum Reason {
        /** The request itself is wrong: a bad username, no token, keep_token without a token or a key. */
        BAD_INPUT,
        /** GitHub rejected the token. */
        TOKEN_REJECTED,
        /** The token proves a different account than the one the request is about. */
        NOT_OWNER,
        /** GitHub has no such user. */
        NO_SUCH_USER,
        /** GitHub could not be reached or answered with an error. */
        GITHUB_UNAVAILABLE,
        /** GitHub limits the rate of requests (429): try again later. */
        RATE_LIMITED
    }

    private final Reason reason;

    public IngestRejected(Reason reason, String message) {
        super(message);
        this.reason = requireNonNull(reason, "reason == null");
    }

    public Reason reason() {
        return reason;
    }

    /** How a job ends when its start is rejected: not found for an unknown user, else failed. */
    JobState jobState() {
        return reason == Reason.NO_SUCH_USER ? JobState.NOT_FOUND : JobState.FAILED;
    }
}
