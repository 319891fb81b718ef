package dev.bitofgit.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Sealed (encrypted) GitHub tokens kept by their owners' choice; the store never sees a token in plain text. */
public final class KeptTokenStore {
    /** One kept token, still sealed. */
    public record SealedToken(long accountId, String sealed, String keyCheck) {
        public SealedToken {
            requireNonNull(sealed, "sealed == null");
            requireNonNull(keyCheck, "keyCheck == null");
        }
    }

    private final Database database;

    public KeptTokenStore(Database database) {
        this.database = requireNonNull(database, "database == null");
    }

    public void save(SealedToken token, Instant now) {
        database.jdbi().useHandle(handle -> handle.createUpdate("""
                        INSERT INTO kept_tokens (account_id, sealed, key_check, created_at)
                        VALUES (:account, :sealed, :check, :now)
                        ON CONFLICT (account_id) DO UPDATE SET sealed = excluded.sealed, key_check = excluded.key_check,
                            created_at = excluded.created_at
                        """)
                .bind("account", token.accountId()).bind("sealed", token.sealed()).bind("check", token.keyCheck())
                .bind("now", now.getEpochSecond())
                .execute());
    }

    public Optional<SealedToken> find(long accountId) {
        return database.jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT account_id, sealed, key_check FROM kept_tokens WHERE account_id = :account")
                .bind("account", accountId)
                .map((row, ctx) -> new SealedToken(row.getLong("account_id"), row.getString("sealed"),
                        row.getString("key_check")))
                .findOne());
    }

    public List<Long> accounts() {
        return database.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT account_id FROM kept_tokens ORDER BY account_id").mapTo(Long.class).list());
    }

    public boolean delete(long accountId) {
        return database.jdbi().withHandle(handle -> handle.createUpdate(
                "DELETE FROM kept_tokens WHERE account_id = :account").bind("account", accountId).execute()) == 1;
    }
}
