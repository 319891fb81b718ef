package dev.bitofgit.store;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pull requests (with their reviews and the issues they close), issues, and how far each repository's were synced.
 * Writes are upserts keyed by (account, repository, number), so a page stored twice changes nothing; a pull request's
 * reviews and closing references are replaced with it. Plain JDBC batches, as in {@link CommitStore}: these are the
 * statements run once per item.
 */
public final class WorkStore {
    private final Database database;

    public WorkStore(Database database) {
        this.database = requireNonNull(database, "database == null");
    }

    /** A sync's end: the newest updatedAt seen and the total GitHub reported, for the next probe to compare. */
    public record SyncMark(Optional<Instant> watermark, int totalCount) {
        public SyncMark {
            requireNonNull(watermark, "watermark == null");
        }
    }

    /** What is synced: a repository's pull requests or issues, or the account's pull requests elsewhere. */
    public enum SyncKind { PULLS, ISSUES, AUTHORED }

    public void savePullRequests(long accountId, Collection<PullRequest> pullRequests) {
        if (pullRequests.isEmpty()) {
            return;
        }
        database.jdbi().useTransaction(handle -> {
            Connection connection = handle.getConnection();
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO pull_requests (account_id, repo_key, repo_name, repo_id, external_private, number, title,
                        body_excerpt, state, is_draft, author_login, is_own, labels, base_ref, head_ref, additions,
                        deletions, changed_files, comments, created_at, updated_at, closed_at, merged_at, first_review_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (account_id, repo_key, number) DO UPDATE SET repo_name = excluded.repo_name,
                        repo_id = excluded.repo_id, external_private = excluded.external_private, title = excluded.title,
                        body_excerpt = excluded.body_excerpt, state = excluded.state, is_draft = excluded.is_draft,
                        author_login = excluded.author_login, is_own = excluded.is_own, labels = excluded.labels,
                        base_ref = excluded.base_ref, head_ref = excluded.head_ref, additions = excluded.additions,
                        deletions = excluded.deletions, changed_files = excluded.changed_files,
                        comments = excluded.comments, created_at = excluded.created_at,
                        updated_at = excluded.updated_at, closed_at = excluded.closed_at,
                        merged_at = excluded.merged_at, first_review_at = excluded.first_review_at
                    """);
                 PreparedStatement dropReviews = connection.prepareStatement(
                         "DELETE FROM pull_request_reviews WHERE account_id = ? AND repo_key = ? AND pr_number = ?");
                 PreparedStatement review = connection.prepareStatement("""
                         INSERT INTO pull_request_reviews (account_id, repo_key, repo_name, repo_id, external_private,
                             pr_number, review_id, reviewer_login, by_account, on_own_pr, state, submitted_at)
                         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                         ON CONFLICT (account_id, repo_key, pr_number, review_id) DO NOTHING
                         """);
                 PreparedStatement dropCloses = connection.prepareStatement(
                         "DELETE FROM pull_request_closes WHERE account_id = ? AND repo_key = ? AND pr_number = ?");
                 PreparedStatement close = connection.prepareStatement("""
                         INSERT INTO pull_request_closes (account_id, repo_key, pr_number, issue_number)
                         VALUES (?, ?, ?, ?) ON CONFLICT (account_id, repo_key, pr_number, issue_number) DO NOTHING
                         """)) {
                for (PullRequest pr : pullRequests) {
                    String key = pr.repoKey();
                    bindPullRequest(upsert, accountId, pr);
                    upsert.setString(7, pr.title());
                    upsert.setString(8, pr.bodyExcerpt());
                    upsert.setString(9, pr.state().name());
                    upsert.setBoolean(10, pr.draft());
                    upsert.setString(11, pr.authorLogin().orElse(null));
                    upsert.setBoolean(12, pr.own());
                    upsert.setString(13, Rows.lines(pr.labels()));
                    upsert.setString(14, pr.baseRef().orElse(null));
                    upsert.setString(15, pr.headRef().orElse(null));
                    upsert.setInt(16, pr.additions());
                    upsert.setInt(17, pr.deletions());
                    upsert.setInt(18, pr.changedFiles());
                    upsert.setInt(19, pr.comments());
                    upsert.setLong(20, pr.createdAt().getEpochSecond());
                    upsert.setLong(21, pr.updatedAt().getEpochSecond());
                    nullableInstant(upsert, 22, pr.closedAt());
                    nullableInstant(upsert, 23, pr.mergedAt());
                    nullableInstant(upsert, 24, pr.firstReviewAt());
                    upsert.addBatch();
                    for (PreparedStatement drop : List.of(dropReviews, dropCloses)) {
                        drop.setLong(1, accountId);
                        drop.setString(2, key);
                        drop.setInt(3, pr.number());
                        drop.addBatch();
                    }
                    for (Review r : pr.reviews()) {
                        bindPullRequest(review, accountId, pr);
                        review.setString(7, r.id());
                        review.setString(8, r.reviewerLogin().orElse(null));
                        review.setBoolean(9, r.byAccount());
                        review.setBoolean(10, pr.own());
                        review.setString(11, r.state().name());
                        nullableInstant(review, 12, r.submittedAt());
                        review.addBatch();
                    }
                    for (int issue : pr.closesIssues()) {
                        close.setLong(1, accountId);
                        close.setString(2, key);
                        close.setInt(3, pr.number());
                        close.setInt(4, issue);
                        close.addBatch();
                    }
                }
                upsert.executeBatch();
                dropReviews.executeBatch();
                dropCloses.executeBatch();
                review.executeBatch();
                close.executeBatch();
            } catch (SQLException e) {
                throw new StoreException("cannot store pull requests: " + e.getMessage(), e);
            }
        });
    }

    /**
     * Binds parameters 1 to 6 — account, repo key, repo name, repo id, external_private, pull request number — the
     * columns that place a pull request row and each of its review rows, in that order in both inserts.
     */
    private static void bindPullRequest(PreparedStatement statement, long accountId, PullRequest pr)
            throws SQLException {
        statement.setLong(1, accountId);
        statement.setString(2, pr.repoKey());
        statement.setString(3, pr.repoName());
        nullableLong(statement, 4, pr.repoId());
        statement.setBoolean(5, pr.externalPrivate());
        statement.setInt(6, pr.number());
    }

    public void saveIssues(long accountId, Collection<Issue> issues) {
        if (issues.isEmpty()) {
            return;
        }
        database.jdbi().useTransaction(handle -> {
            try (PreparedStatement upsert = handle.getConnection().prepareStatement("""
                    INSERT INTO issues (account_id, repo_key, repo_name, repo_id, number, title, body_excerpt, state,
                        state_reason, author_login, is_own, labels, comments, created_at, updated_at, closed_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (account_id, repo_key, number) DO UPDATE SET repo_name = excluded.repo_name,
                        repo_id = excluded.repo_id, title = excluded.title, body_excerpt = excluded.body_excerpt,
                        state = excluded.state, state_reason = excluded.state_reason,
                        author_login = excluded.author_login, is_own = excluded.is_own, labels = excluded.labels,
                        comments = excluded.comments, created_at = excluded.created_at,
                        updated_at = excluded.updated_at, closed_at = excluded.closed_at
                    """)) {
                for (Issue issue : issues) {
                    upsert.setLong(1, accountId);
                    upsert.setString(2, issue.repoKey());
                    upsert.setString(3, issue.repoName());
                    upsert.setLong(4, issue.repoId());
                    upsert.setInt(5, issue.number());
                    upsert.setString(6, issue.title());
                    upsert.setString(7, issue.bodyExcerpt());
                    upsert.setString(8, issue.state().name());
                    upsert.setString(9, issue.stateReason().orElse(null));
                    upsert.setString(10, issue.authorLogin().orElse(null));
                    upsert.setBoolean(11, issue.own());
                    upsert.setString(12, Rows.lines(issue.labels()));
                    upsert.setInt(13, issue.comments());
                    upsert.setLong(14, issue.createdAt().getEpochSecond());
                    upsert.setLong(15, issue.updatedAt().getEpochSecond());
                    nullableInstant(upsert, 16, issue.closedAt());
                    upsert.addBatch();
                }
                upsert.executeBatch();
            } catch (SQLException e) {
                throw new StoreException("cannot store issues: " + e.getMessage(), e);
            }
        });
    }

    /** Every sync mark of the account, by kind and repository key ('' for {@link SyncKind#AUTHORED}). */
    public Map<SyncKind, Map<String, SyncMark>> syncMarks(long accountId) {
        Map<SyncKind, Map<String, SyncMark>> marks = new HashMap<>();
        for (SyncKind kind : SyncKind.values()) {
            marks.put(kind, new HashMap<>());
        }
        database.jdbi().useHandle(handle -> handle
                .createQuery("SELECT repo_key, kind, watermark, total_count FROM work_sync WHERE account_id = :id")
                .bind("id", accountId)
                .map((rs, ctx) -> Map.entry(SyncKind.valueOf(rs.getString("kind")), Map.entry(rs.getString("repo_key"),
                        new SyncMark(Rows.instant(rs, "watermark"), rs.getInt("total_count")))))
                .forEach(mark -> marks.get(mark.getKey()).put(mark.getValue().getKey(), mark.getValue().getValue())));
        return marks;
    }

    public void saveSyncMark(long accountId, SyncKind kind, String repoKey, SyncMark mark) {
        database.jdbi().useHandle(handle -> handle.createUpdate("""
                        INSERT INTO work_sync (account_id, repo_key, kind, watermark, total_count)
                        VALUES (:account, :repo, :kind, :watermark, :total)
                        ON CONFLICT (account_id, repo_key, kind) DO UPDATE SET watermark = excluded.watermark,
                            total_count = excluded.total_count
                        """)
                .bind("account", accountId).bind("repo", repoKey).bind("kind", kind.name())
                .bind("watermark", Rows.epoch(mark.watermark())).bind("total", mark.totalCount())
                .execute());
    }

    /** The pull requests stored for one repository key (own repository or 'owner/name'), newest first. */
    public List<PullRequest> pullRequests(long accountId, String repoKey) {
        return database.jdbi().withHandle(handle -> {
            Map<Integer, List<Review>> reviews = new HashMap<>();
            handle.createQuery("""
                            SELECT pr_number, review_id, reviewer_login, by_account, state, submitted_at
                            FROM pull_request_reviews WHERE account_id = :account AND repo_key = :repo
                            ORDER BY pr_number, submitted_at, review_id
                            """)
                    .bind("account", accountId).bind("repo", repoKey)
                    .map((rs, ctx) -> reviews.computeIfAbsent(rs.getInt("pr_number"), n -> new ArrayList<>())
                            .add(new Review(rs.getString("review_id"), Optional.ofNullable(rs.getString("reviewer_login")),
                                    rs.getBoolean("by_account"), Review.State.valueOf(rs.getString("state")),
                                    Rows.instant(rs, "submitted_at"))))
                    .list();
            Map<Integer, List<Integer>> closes = new HashMap<>();
            handle.createQuery("""
                            SELECT pr_number, issue_number FROM pull_request_closes
                            WHERE account_id = :account AND repo_key = :repo ORDER BY pr_number, issue_number
                            """)
                    .bind("account", accountId).bind("repo", repoKey)
                    .map((rs, ctx) -> closes.computeIfAbsent(rs.getInt("pr_number"), n -> new ArrayList<>())
                            .add(rs.getInt("issue_number")))
                    .list();
            return handle.createQuery("SELECT * FROM pull_requests WHERE account_id = :account AND repo_key = :repo"
                            + " ORDER BY number DESC")
                    .bind("account", accountId).bind("repo", repoKey)
                    .map((rs, ctx) -> pullRequest(rs, reviews.getOrDefault(rs.getInt("number"), List.of()),
                            closes.getOrDefault(rs.getInt("number"), List.of())))
                    .list();
        });
    }

    /** The repository keys of pull requests the account authored in other people's repositories. */
    public List<String> externalRepoKeys(long accountId) {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT DISTINCT repo_key FROM pull_requests WHERE account_id = :account"
                        + " AND repo_id IS NULL ORDER BY repo_key")
                .bind("account", accountId).mapTo(String.class).list());
    }

    public List<Issue> issues(long accountId, String repoKey) {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT * FROM issues WHERE account_id = :account AND repo_key = :repo ORDER BY number DESC")
                .bind("account", accountId).bind("repo", repoKey)
                .map((rs, ctx) -> new Issue(rs.getString("repo_name"), rs.getLong("repo_id"), rs.getInt("number"),
                        rs.getString("title"), rs.getString("body_excerpt"), Issue.State.valueOf(rs.getString("state")),
                        Optional.ofNullable(rs.getString("state_reason")),
                        Optional.ofNullable(rs.getString("author_login")), rs.getBoolean("is_own"),
                        Rows.lines(rs.getString("labels")), rs.getInt("comments"),
                        Instant.ofEpochSecond(rs.getLong("created_at")), Instant.ofEpochSecond(rs.getLong("updated_at")),
                        Rows.instant(rs, "closed_at")))
                .list());
    }

    private static PullRequest pullRequest(ResultSet rs, List<Review> reviews, List<Integer> closes) throws SQLException {
        long repoId = rs.getLong("repo_id");
        Optional<Long> repo = rs.wasNull() ? Optional.empty() : Optional.of(repoId);
        return new PullRequest(rs.getString("repo_name"), repo, rs.getBoolean("external_private"), rs.getInt("number"),
                rs.getString("title"), rs.getString("body_excerpt"), PullRequest.State.valueOf(rs.getString("state")),
                rs.getBoolean("is_draft"), Optional.ofNullable(rs.getString("author_login")), rs.getBoolean("is_own"),
                Rows.lines(rs.getString("labels")), Optional.ofNullable(rs.getString("base_ref")),
                Optional.ofNullable(rs.getString("head_ref")), rs.getInt("additions"), rs.getInt("deletions"),
                rs.getInt("changed_files"), rs.getInt("comments"), Instant.ofEpochSecond(rs.getLong("created_at")),
                Instant.ofEpochSecond(rs.getLong("updated_at")), Rows.instant(rs, "closed_at"),
                Rows.instant(rs, "merged_at"), reviews, closes);
    }

    /** Pull requests and issues stored for the account (all repositories, elsewhere included). */
    public long countItems(long accountId) {
        return database.jdbi().withHandle(handle -> handle.createQuery("""
                        SELECT (SELECT COUNT(*) FROM pull_requests WHERE account_id = :id)
                             + (SELECT COUNT(*) FROM issues WHERE account_id = :id)
                        """)
                .bind("id", accountId).mapTo(Long.class).one());
    }

    /** Rebuilds the account's work_monthly roll-up (after ingests, loads, imports). */
    public void refreshRollups(long accountId) {
        new WorkRollups(database).refresh(accountId);
    }

    private static void nullableLong(PreparedStatement statement, int index, Optional<Long> value) throws SQLException {
        if (value.isPresent()) {
            statement.setLong(index, value.get());
        } else {
            statement.setNull(index, Types.BIGINT);
        }
    }

    private static void nullableInstant(PreparedStatement statement, int index, Optional<Instant> value)
            throws SQLException {
        nullableLong(statement, index, value.map(Instant::getEpochSecond));
    }
}
