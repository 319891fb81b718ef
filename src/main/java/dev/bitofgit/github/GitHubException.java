package dev.bitofgit.github;

/**
 * A GitHub call that failed for good (after the retries the failure allows). {@code status} is the HTTP status,
 * or 0 for network failures and timeouts. The message is safe to show: it never contains the token.
 */
public final class GitHubException extends RuntimeException {
    private final int status;

    public GitHubException(int status, String message) {
        super(message);
        this.status = status;
    }

    public GitHubException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public boolean isNotFound() {
        return status == 404;
    }

    public boolean isUnauthorized() {
        return status == 401;
    }
}
