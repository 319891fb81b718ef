package dev.bitofgit.store;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** ETags GitHub gave per account and resource, so repeated GETs can be conditional (a 304 costs no rate limit). */
public final class EtagStore {
    private final Database database;

    public EtagStore(Database database) {
        this.database = requireNonNull(database, "database == null");
    }

    public Optional<String> find(long accountId, String resource) {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT etag FROM github_etags WHERE account_id = :id AND resource = :resource")
                .bind("id", accountId)
                .bind("resource", resource)
                .mapTo(String.class)
                .findOne());
    }

    public void save(long accountId, String resource, String etag) {
        database.jdbi().useHandle(handle -> handle.createUpdate("""
                        INSERT INTO github_etags (account_id, resource, etag) VALUES (:id, :resource, :etag)
                        ON CONFLICT (account_id, resource) DO UPDATE SET etag = excluded.etag
                        """)
                .bind("id", accountId)
                .bind("resource", resource)
                .bind("etag", etag)
                .execute());
    }

    public void delete(long accountId, String resource) {
        database.jdbi().useHandle(handle -> handle
                .createUpdate("DELETE FROM github_etags WHERE account_id = :id AND resource = :resource")
                .bind("id", accountId)
                .bind("resource", resource)
                .execute());
    }
}
