package dev.bitofgit.ingest;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * What to ingest. The token lives only in this object and the job's memory: it is never stored or logged.
 * {@code full} ignores stored ETags and heads and fetches everything again. {@code keepToken} asks to keep the
 * token, sealed, for re-syncs (only the account's own token, only when the server has a secret key).
 */
public record IngestRequest(String username, Optional<String> token, boolean includePrivate, boolean full,
                            boolean keepToken) {
    public IngestRequest {
        requireNonNull(username, "username == null");
        requireNonNull(token, "token == null");
    }

    public IngestRequest(String username, Optional<String> token, boolean includePrivate, boolean full) {
        this(username, token, includePrivate, full, false);
    }

    @Override
    public String toString() {
        return "IngestRequest[username=" + username + ", token=" + (token.isPresent() ? "(given)" : "(none)")
                + ", includePrivate=" + includePrivate + ", full=" + full + ", keepToken=" + keepToken + "]";
    }
}
