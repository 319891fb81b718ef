package dev.bitofgit.store;

import static java.util.Objects.requireNonNull;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.HashSet;
import org.jdbi.v3.core.Handle;

/** Commits, keyed by (repo_id, sha): inserting a commit that is already stored changes nothing. */
public final class CommitStore {
    private static final int BATCH_SIZE = 500;

    private final Database database;

    public CommitStore(Database database) {
        this.database = requireNonNull(database, "database == null");
    }

    /** Stores the commits not yet stored; returns how many were new. */
    public int insertAll(long accountId, Collection<Commit> commits) {
        if (commits.isEmpty()) {
            return 0;
        }
        return database.jdbi().inTransaction(handle -> insertAll(handle, accountId, commits));
    }

    /**
     * Plain JDBC batch on the handle's connection: this is the one statement run per commit, and Jdbi's per-binding
     * machinery was a visible share of an ingest's CPU time.
     */
    static int insertAll(Handle handle, long accountId, Collection<Commit> commits) {
        String sql = """
                INSERT INTO commits (repo_id, sha, account_id, parent_count, author_name, author_email,
                    author_login, authored_at, author_utc_offset, committed_at, message, additions,
                    deletions, changed_files, is_own, is_bot)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (repo_id, sha) DO NOTHING
                """;
        int inserted = 0;
        try (PreparedStatement statement = handle.getConnection().prepareStatement(sql)) {
            int pending = 0;
            for (Commit commit : commits) {
                statement.setLong(1, commit.repoId());
                statement.setString(2, commit.sha());
                statement.setLong(3, accountId);
                statement.setInt(4, commit.parentCount());
                statement.setString(5, commit.authorName().orElse(null));
                statement.setString(6, commit.authorEmail().orElse(null));
                statement.setString(7, commit.authorLogin().orElse(null));
                statement.setLong(8, commit.authoredAt().getEpochSecond());
                statement.setInt(9, commit.authorUtcOffsetMinutes());
                statement.setLong(10, commit.committedAt().getEpochSecond());
                statement.setString(11, commit.message());
                statement.setInt(12, commit.additions());
                statement.setInt(13, commit.deletions());
                if (commit.changedFiles().isPresent()) {
                    statement.setInt(14, commit.changedFiles().getAsInt());
                } else {
                    statement.setNull(14, Types.INTEGER);
                }
                boolean bot = Bots.isBot(commit.authorLogin(), commit.authorName(), commit.authorEmail());
                // A bot's commit is never the account's own, whoever stores it (ingest, demo, import).
                statement.setBoolean(15, commit.own() && !bot);
                statement.setBoolean(16, bot);
                statement.addBatch();
                if (++pending == BATCH_SIZE) {
                    inserted += sum(statement.executeBatch());
                    pending = 0;
                }
            }
            if (pending > 0) {
                inserted += sum(statement.executeBatch());
            }
        } catch (SQLException e) {
            throw new StoreException("cannot store commits: " + e.getMessage(), e);
        }
        return inserted;
    }

    private static int sum(int[] counts) {
        int total = 0;
        for (int count : counts) {
            total += Math.max(count, 0);
        }
        return total;
    }

    /** Deletes the given commits of a repo (used to repair history after a force-push). */
    public int deleteAll(long repoId, Collection<String> shas) {
        if (shas.isEmpty()) {
            return 0;
        }
        return database.jdbi().inTransaction(handle -> {
            int deleted = 0;
            for (String sha : shas) {
                deleted += handle.createUpdate("DELETE FROM commits WHERE repo_id = :repoId AND sha = :sha")
                        .bind("repoId", repoId)
                        .bind("sha", sha)
                        .execute();
            }
            return deleted;
        });
    }

    public Set<String> shas(long repoId) {
        return database.jdbi().withHandle(handle -> new HashSet<>(handle
                .createQuery("SELECT sha FROM commits WHERE repo_id = :repoId")
                .bind("repoId", repoId)
                .mapTo(String.class)
                .list()));
    }

    public long countByAccount(long accountId) {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("""
                        SELECT COUNT(*) FROM commits c JOIN repositories r ON r.id = c.repo_id
                        WHERE c.account_id = :id AND r.removed_at IS NULL
                        """)
                .bind("id", accountId)
                .mapTo(Long.class)
                .one());
    }

    /**
     * Commits of the account's present repos from the roll-ups: cheap on large accounts; during an ingest it counts
     * the repos whose sync has finished.
     */
    public long countByAccountFromRollups(long accountId, boolean includePrivate) {
        return database.jdbi().withHandle(handle -> Visibility.bind(handle
                        .createQuery("""
                                SELECT COALESCE(SUM(s.commits), 0) FROM repo_stats s JOIN repositories r ON r.id = s.repo_id
                                WHERE s.account_id = :id AND <visible>
                                """)
                        .bind("id", accountId), includePrivate)
                .mapTo(Long.class)
                .one());
    }

    public long countByRepo(long repoId) {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT COUNT(*) FROM commits WHERE repo_id = :id")
                .bind("id", repoId)
                .mapTo(Long.class)
                .one());
    }

    /** All commits of a repo, newest first. */
    public List<Commit> listByRepo(long repoId) {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT * FROM commits WHERE repo_id = :id ORDER BY authored_at DESC, sha")
                .bind("id", repoId)
                .map((rs, ctx) -> map(rs))
                .list());
    }

    static Commit map(ResultSet rs) throws SQLException {
        int changed = rs.getInt("changed_files");
        OptionalInt changedFiles = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(changed);
        return new Commit(
                rs.getLong("repo_id"),
                rs.getString("sha"),
                rs.getInt("parent_count"),
                Optional.ofNullable(rs.getString("author_name")),
                Optional.ofNullable(rs.getString("author_email")),
                Optional.ofNullable(rs.getString("author_login")),
                Instant.ofEpochSecond(rs.getLong("authored_at")),
                rs.getInt("author_utc_offset"),
                Instant.ofEpochSecond(rs.getLong("committed_at")),
                rs.getString("message"),
                rs.getInt("additions"),
                rs.getInt("deletions"),
                changedFiles,
                rs.getBoolean("is_own"));
    }
}
