package dev.bitofgit.store;

import static java.util.Objects.requireNonNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Accounts: one row per GitHub account, looked up by lower-cased login. */
public final class AccountStore {
    private final Database database;

    public AccountStore(Database database) {
        this.database = requireNonNull(database, "database == null");
    }

    public void upsert(Account account) {
        database.jdbi().useHandle(handle -> upsert(handle, account));
    }

    static void upsert(Handle handle, Account account) {
        handle.createUpdate("""
                INSERT INTO accounts (id, node_id, login, login_key, name, bio, html_url, avatar_url, emails, created_at, source)
                VALUES (:id, :nodeId, :login, :loginKey, :name, :bio, :htmlUrl, :avatarUrl, :emails, :createdAt, :source)
                ON CONFLICT (id) DO UPDATE SET
                    node_id = COALESCE(excluded.node_id, accounts.node_id), login = excluded.login, login_key = excluded.login_key, name = excluded.name,
                    bio = excluded.bio, html_url = excluded.html_url, avatar_url = excluded.avatar_url,
                    emails = excluded.emails, created_at = excluded.created_at, source = excluded.source
                """)
                .bindMethods(account)
                .execute();
    }

    public Optional<Account> findByLogin(String login) {
        requireNonNull(login, "login == null");
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT * FROM accounts WHERE login_key = :key")
                .bind("key", login.toLowerCase(Locale.ROOT))
                .map((rs, ctx) -> map(rs))
                .findOne());
    }

    public Optional<Account> findById(long accountId) {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT * FROM accounts WHERE id = :id")
                .bind("id", accountId)
                .map((rs, ctx) -> map(rs))
                .findOne());
    }

    public void markIngested(long accountId, Instant at, boolean privateVisible) {
        database.jdbi().useHandle(handle -> handle
                .createUpdate("UPDATE accounts SET ingested_at = :at, private_visible = (:private OR private_visible) WHERE id = :id")
                .bind("at", at.getEpochSecond())
                .bind("private", privateVisible)
                .bind("id", accountId)
                .execute());
    }

    public Optional<Instant> ingestedAt(long accountId) {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT ingested_at FROM accounts WHERE id = :id")
                .bind("id", accountId)
                .mapTo(Long.class)
                .findOne()
                .flatMap(Rows::instant));
    }

    public int count() {
        return database.jdbi().withHandle(handle ->
                handle.createQuery("SELECT COUNT(*) FROM accounts").mapTo(Integer.class).one());
    }

    public List<String> logins() {
        return database.jdbi().withHandle(handle ->
                handle.createQuery("SELECT login FROM accounts ORDER BY login_key").mapTo(String.class).list());
    }

    static Account map(ResultSet rs) throws SQLException {
        long created = rs.getLong("created_at");
        Optional<Instant> createdAt = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochSecond(created));
        return new Account(
                rs.getLong("id"),
                Optional.ofNullable(rs.getString("node_id")),
                rs.getString("login"),
                Optional.ofNullable(rs.getString("name")),
                Optional.ofNullable(rs.getString("bio")),
                rs.getString("html_url"),
                Optional.ofNullable(rs.getString("avatar_url")),
                Rows.lines(rs.getString("emails")),
                createdAt,
                rs.getString("source"));
    }
}
