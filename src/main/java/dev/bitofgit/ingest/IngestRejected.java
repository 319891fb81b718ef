package dev.bitofgit.ingest;

/**
 * An ingest request that cannot start, with the HTTP status that describes why: 400 bad username,
 * 401 token rejected by GitHub, 404 no such GitHub user, 502/503 GitHub unreachable or refusing.
 */
public final class IngestRejected extends RuntimeException {
    private final int status;

    public IngestRejected(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
