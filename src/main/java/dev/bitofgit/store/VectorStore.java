package dev.bitofgit.store;

import static java.util.Objects.requireNonNull;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The stored sentence embeddings behind search by meaning (tables of V6): repository passages and commit vectors,
 * which texts still lack one, and the per-account version that tells in-memory indexes to reload. Vectors are
 * opaque bytes here; the meaning package encodes them.
 */
public final class VectorStore {
    private static final int BATCH_SIZE = 500;

    private final Database database;

    public VectorStore(Database database) {
        this.database = requireNonNull(database, "database == null");
    }

    /** What the store says about a repository, the text its passages are cut from. */
    public record RepoText(long repoId, String name, Optional<String> description, List<String> topics, Optional<String> readme) {
    }

    /** A stored passage of a repository. */
    public record Passage(long repoId, int ordinal, String content, byte[] vector) {
    }

    /** A commit message that has no vector yet. */
    public record PendingCommit(long repoId, String sha, String message) {
    }

    /** A stored commit vector with what a search filters on. */
    public record CommitVector(long repoId, String sha, long authoredAt, byte[] vector) {
    }

    /** The texts of every present repository of the account. */
    public List<RepoText> repoTexts(long accountId) {
        return database.jdbi().withHandle(handle -> handle.createQuery("""
                        SELECT r.id, r.name, r.description, r.topics, m.content
                        FROM repositories r LEFT JOIN readmes m ON m.repo_id = r.id
                        WHERE r.account_id = :account AND r.removed_at IS NULL ORDER BY r.id
                        """)
                .bind("account", accountId)
                .map((rs, ctx) -> new RepoText(rs.getLong("id"), rs.getString("name"), Optional.ofNullable(rs.getString("description")),
                        Rows.lines(rs.getString("topics")), Optional.ofNullable(rs.getString("content"))))
                .list());
    }

    /** The stored passage texts of a repository, in order. */
    public List<String> passageTexts(long repoId) {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT content FROM repo_passages WHERE repo_id = :id ORDER BY ordinal")
                .bind("id", repoId).mapTo(String.class).list());
    }

    /** Replaces a repository's passages (ordinals 0..n-1 in the list's order). */
    public void replacePassages(long repoId, List<String> contents, List<byte[]> vectors) {
        if (contents.size() != vectors.size()) {
            throw new IllegalArgumentException(contents.size() + " passages but " + vectors.size() + " vectors");
        }
        database.jdbi().useTransaction(handle -> {
            handle.execute("DELETE FROM repo_passages WHERE repo_id = ?", repoId);
            try (PreparedStatement insert = handle.getConnection().prepareStatement(
                    "INSERT INTO repo_passages (repo_id, ordinal, content, vector) VALUES (?, ?, ?, ?)")) {
                for (int i = 0; i < contents.size(); i++) {
                    insert.setLong(1, repoId);
                    insert.setInt(2, i);
                    insert.setString(3, contents.get(i));
                    insert.setBytes(4, vectors.get(i));
                    insert.addBatch();
                }
                insert.executeBatch();
            } catch (SQLException e) {
                throw new StoreException("cannot store passages: " + e.getMessage(), e);
            }
        });
    }

    /** Every passage of the account's present repositories. */
    public List<Passage> passages(long accountId) {
        return database.jdbi().withHandle(handle -> handle.createQuery("""
                        SELECT p.repo_id, p.ordinal, p.content, p.vector
                        FROM repo_passages p JOIN repositories r ON r.id = p.repo_id
                        WHERE r.account_id = :account AND r.removed_at IS NULL ORDER BY p.repo_id, p.ordinal
                        """)
                .bind("account", accountId)
                .map((rs, ctx) -> new Passage(rs.getLong("repo_id"), rs.getInt("ordinal"), rs.getString("content"),
                        rs.getBytes("vector")))
                .list());
    }

    /** The present repositories of the account, by id: the unit an indexing run walks. */
    public List<Long> repoIds(long accountId) {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT id FROM repositories WHERE account_id = :account AND removed_at IS NULL ORDER BY id")
                .bind("account", accountId).mapTo(Long.class).list());
    }

    /** Up to {@code limit} commits of a repository that have no vector yet. */
    public List<PendingCommit> pendingCommits(long repoId, int limit) {
        return database.jdbi().withHandle(handle -> handle.createQuery("""
                        SELECT c.repo_id, c.sha, c.message FROM commits c
                        LEFT JOIN commit_vectors v ON v.repo_id = c.repo_id AND v.sha = c.sha
                        WHERE c.repo_id = :repo AND v.sha IS NULL LIMIT :limit
                        """)
                .bind("repo", repoId).bind("limit", limit)
                .map((rs, ctx) -> new PendingCommit(rs.getLong("repo_id"), rs.getString("sha"), rs.getString("message")))
                .list());
    }

    /** How many commits of the account's present repositories have no vector yet. */
    public long pendingCommitCount(long accountId) {
        return database.jdbi().withHandle(handle -> handle.createQuery("""
                        SELECT COUNT(*) FROM commits c JOIN repositories r ON r.id = c.repo_id
                        LEFT JOIN commit_vectors v ON v.repo_id = c.repo_id AND v.sha = c.sha
                        WHERE c.account_id = :account AND r.removed_at IS NULL AND v.sha IS NULL
                        """)
                .bind("account", accountId).mapTo(Long.class).one());
    }

    /** Stores commit vectors (a commit that already has one keeps it). */
    public void saveCommitVectors(long accountId, List<PendingCommit> commits, List<byte[]> vectors) {
        if (commits.size() != vectors.size()) {
            throw new IllegalArgumentException(commits.size() + " commits but " + vectors.size() + " vectors");
        }
        database.jdbi().useTransaction(handle -> {
            try (PreparedStatement insert = handle.getConnection().prepareStatement("""
                    INSERT INTO commit_vectors (repo_id, sha, account_id, vector) VALUES (?, ?, ?, ?)
                    ON CONFLICT (repo_id, sha) DO NOTHING
                    """)) {
                int pending = 0;
                for (int i = 0; i < commits.size(); i++) {
                    insert.setLong(1, commits.get(i).repoId());
                    insert.setString(2, commits.get(i).sha());
                    insert.setLong(3, accountId);
                    insert.setBytes(4, vectors.get(i));
                    insert.addBatch();
                    if (++pending == BATCH_SIZE) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            } catch (SQLException e) {
                throw new StoreException("cannot store commit vectors: " + e.getMessage(), e);
            }
        });
    }

    /** Streams every commit vector of the account's present repositories (an index load: 150,000 rows). */
    public void forEachCommitVector(long accountId, Consumer<CommitVector> consumer) {
        database.jdbi().useHandle(handle -> handle.createQuery("""
                        SELECT v.repo_id, v.sha, c.authored_at, v.vector FROM commit_vectors v
                        JOIN commits c ON c.repo_id = v.repo_id AND c.sha = v.sha
                        JOIN repositories r ON r.id = v.repo_id
                        WHERE v.account_id = :account AND r.removed_at IS NULL
                        """)
                .bind("account", accountId)
                .setFetchSize(1_000)
                .map(VectorStore::commitVector)
                .forEach(consumer));
    }

    /**
     * The vectors of the given commits (repository id → shas): the exact scores of a search's few hundred candidates,
     * read by primary key in one statement.
     */
    public List<CommitVector> commitVectors(Map<Long, List<String>> shasByRepo) {
        if (shasByRepo.isEmpty()) {
            return List.of();
        }
        List<Map.Entry<Long, String>> keys = Rows.keys(shasByRepo);
        return database.jdbi().withHandle(handle -> {
            var query = handle.createQuery(Rows.keyTable(keys.size()) + "SELECT v.repo_id, v.sha, c.authored_at, v.vector"
                    + " FROM k JOIN commit_vectors v ON v.repo_id = k.repo_id AND v.sha = k.sha"
                    + " JOIN commits c ON c.repo_id = v.repo_id AND c.sha = v.sha");
            Rows.bindKeys(query, keys);
            return query.map(VectorStore::commitVector).list();
        });
    }

    private static CommitVector commitVector(ResultSet rs, StatementContext context) throws SQLException {
        return new CommitVector(rs.getLong("repo_id"), rs.getString("sha"), rs.getLong("authored_at"),
                rs.getBytes("vector"));
    }

    /** The account's vector version: it changes whenever the account's vectors do. */
    public long version(long accountId) {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT version FROM meaning_versions WHERE account_id = :account")
                .bind("account", accountId).mapTo(Long.class).findOne().orElse(0L));
    }

    public void bumpVersion(long accountId) {
        database.jdbi().useHandle(handle -> handle.createUpdate("""
                        INSERT INTO meaning_versions (account_id, version) VALUES (:account, 1)
                        ON CONFLICT (account_id) DO UPDATE SET version = meaning_versions.version + 1
                        """)
                .bind("account", accountId).execute());
    }
}
