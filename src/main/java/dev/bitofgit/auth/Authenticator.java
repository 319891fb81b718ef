package dev.bitofgit.auth;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.logging.SecretMask;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a request's credentials into a {@link Caller}: {@code Authorization: Bearer} carries a session token or an
 * operator key, {@code X-API-Key} an operator key. A credential that is present but wrong is refused outright (never
 * silently downgraded to anonymous), so a client with an expired session learns it at once.
 */
public final class Authenticator {
    /** A credential was sent and is not valid; the message says which and what to do. */
    public static final class Rejected extends RuntimeException {
        public Rejected(String message) {
            super(message);
        }
    }

    private final Sessions sessions;
    private final ApiKeys apiKeys;

    public Authenticator(Sessions sessions, ApiKeys apiKeys) {
        this.sessions = requireNonNull(sessions, "sessions == null");
        this.apiKeys = requireNonNull(apiKeys, "apiKeys == null");
    }

    public Caller authenticate(Optional<String> authorization, Optional<String> apiKeyHeader) {
        boolean operator = false;
        // Presented credentials are masked in every log line from here on, right or wrong.
        apiKeyHeader.ifPresent(SecretMask::rememberSeen);
        authorization.map(value -> value.trim().replaceFirst("(?i)^bearer\\s+", "")).ifPresent(SecretMask::rememberSeen);
        if (apiKeyHeader.isPresent()) {
            if (!apiKeys.matches(apiKeyHeader.get().trim())) {
                throw new Rejected("the X-API-Key header holds no valid operator key");
            }
            operator = true;
        }
        if (authorization.isEmpty()) {
            return new Caller(Optional.empty(), operator);
        }
        String value = authorization.get().trim();
        if (!value.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
            throw new Rejected("the Authorization header must be 'Bearer <session token or operator key>'");
        }
        String token = value.substring("bearer ".length()).trim();
        if (apiKeys.matches(token)) {
            return new Caller(Optional.empty(), true);
        }
        if (!Sessions.looksLikeSession(token)) {
            throw new Rejected("the bearer token is neither a session token nor an operator key");
        }
        return sessions.resolve(token).map(session -> new Caller(Optional.of(session), false))
                .orElseThrow(() -> new Rejected("the session has expired or was revoked; start a new one with "
                        + "POST /ingest and a GitHub token of the account"));
    }

    public boolean operatorKeysConfigured() {
        return apiKeys.configured();
    }
}
