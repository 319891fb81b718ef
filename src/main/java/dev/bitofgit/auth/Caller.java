package dev.bitofgit.auth;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.store.SessionStore;
import dev.bitofgit.tools.ToolContext;
import java.util.Optional;
import java.util.Set;

/**
 * Who sent a request: nobody in particular, the holder of a session (who may read that account's private data), or
 * the operator (an API key: may start ingests on a public instance, reads public data only).
 */
public record Caller(Optional<SessionStore.ActiveSession> session, boolean operator) {
    public static final Caller ANONYMOUS = new Caller(Optional.empty(), false);

    public Caller {
        requireNonNull(session, "session == null");
    }

    /** What the tools may show this caller: public data, plus the private data of the session's account. */
    public ToolContext toolContext() {
        return session.map(active -> new ToolContext(false, Set.of(active.loginKey()))).orElse(ToolContext.publicOnly());
    }

    /** The name rate limits count this caller under, when it has one beyond its address. */
    public Optional<String> identity() {
        return session.map(active -> "account:" + active.accountId());
    }
}
