package dev.bitofgit.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * Sessions as the store keeps them: a hash of the token (never the token), the account it proves, and its expiry.
 * Whoever reads the database cannot use what is there to act as anyone.
 */
public final class SessionStore {
    /** An active session: the account it proves, by id and current login. */
    public record ActiveSession(long accountId, String loginKey, Instant expiresAt) {
        public ActiveSession {
            requireNonNull(loginKey, "loginKey == null");
            requireNonNull(expiresAt, "expiresAt == null");
        }
    }

    private final Database database;

    public SessionStore(Database database) {
        this.database = requireNonNull(database, "database == null");
    }

    public void create(String tokenHash, long accountId, String loginKey, Instant createdAt, Instant expiresAt) {
        database.jdbi().useHandle(handle -> handle.createUpdate("""
                        INSERT INTO sessions (token_hash, account_id, login_key, created_at, expires_at)
                        VALUES (:hash, :account, :login, :created, :expires)
                        """)
                .bind("hash", tokenHash).bind("account", accountId).bind("login", loginKey)
                .bind("created", createdAt.getEpochSecond()).bind("expires", expiresAt.getEpochSecond())
                .execute());
    }

    public Optional<ActiveSession> findActive(String tokenHash, Instant now) {
        return database.jdbi().withHandle(handle -> handle.createQuery("""
                        SELECT s.account_id, COALESCE(a.login_key, s.login_key) AS login_key, s.expires_at
                        FROM sessions s LEFT JOIN accounts a ON a.id = s.account_id
                        WHERE s.token_hash = :hash AND s.revoked_at IS NULL AND s.expires_at > :now
                        """)
                .bind("hash", tokenHash).bind("now", now.getEpochSecond())
                .map((row, ctx) -> new ActiveSession(row.getLong("account_id"), row.getString("login_key"),
                        Instant.ofEpochSecond(row.getLong("expires_at"))))
                .findOne());
    }

    /** Revokes the session; false when there was no active session with that hash. */
    public boolean revoke(String tokenHash, Instant now) {
        return database.jdbi().withHandle(handle -> handle.createUpdate(
                        "UPDATE sessions SET revoked_at = :now WHERE token_hash = :hash AND revoked_at IS NULL")
                .bind("hash", tokenHash).bind("now", now.getEpochSecond())
                .execute()) == 1;
    }

    /** Forgets sessions that expired or were revoked more than a day ago. */
    public int deleteStale(Instant now) {
        long dayAgo = now.minusSeconds(86_400).getEpochSecond();
        return database.jdbi().withHandle(handle -> handle.createUpdate(
                        "DELETE FROM sessions WHERE expires_at < :now OR (revoked_at IS NOT NULL AND revoked_at < :dayAgo)")
                .bind("now", now.getEpochSecond()).bind("dayAgo", dayAgo)
                .execute());
    }
}
