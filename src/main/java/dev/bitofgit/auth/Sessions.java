package dev.bitofgit.auth;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.logging.SecretMask;
import dev.bitofgit.store.SessionStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Sessions prove an account: issued only after the caller showed a GitHub token of that account (or, on a local
 * instance, for the machine owner's own account), as a random 256-bit bearer token that the store keeps only as a
 * SHA-256 hash. They expire, and DELETE /sessions/current revokes one.
 */
public final class Sessions {
    static final String PREFIX = "bgs_";

    /** A session just issued: the only moment its token exists outside the caller. */
    public record Issued(String token, Instant expiresAt) {
        public Issued {
            requireNonNull(token, "token == null");
            requireNonNull(expiresAt, "expiresAt == null");
        }

        @Override
        public String toString() {
            return "Issued[token=(redacted), expiresAt=" + expiresAt + "]";
        }
    }

    private final SessionStore store;
    private final Duration lifetime;
    private final Clock clock;

    public Sessions(SessionStore store, Duration lifetime, Clock clock) {
        this.store = requireNonNull(store, "store == null");
        this.lifetime = requireNonNull(lifetime, "lifetime == null");
        this.clock = requireNonNull(clock, "clock == null");
    }

    public Issued issue(long accountId, String login) {
        requireNonNull(login, "login == null");
        String token = Secrets.random(PREFIX);
        SecretMask.rememberSeen(token);
        Instant now = clock.instant();
        Instant expires = now.plus(lifetime);
        store.create(Secrets.sha256Hex(token), accountId, login.toLowerCase(Locale.ROOT), now, expires);
        return new Issued(token, expires);
    }

    /** The active session this bearer token names; empty for an unknown, expired or revoked token. */
    public Optional<SessionStore.ActiveSession> resolve(String token) {
        if (!looksLikeSession(token)) {
            return Optional.empty();
        }
        return store.findActive(Secrets.sha256Hex(token), clock.instant());
    }

    public boolean revoke(String token) {
        return looksLikeSession(token) && store.revoke(Secrets.sha256Hex(token), clock.instant());
    }

    public int deleteStale() {
        return store.deleteStale(clock.instant());
    }

    static boolean looksLikeSession(String token) {
        return token != null && token.startsWith(PREFIX) && token.length() == PREFIX.length() + 43;
    }
}
