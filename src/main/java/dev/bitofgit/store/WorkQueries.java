package dev.bitofgit.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdbi.v3.core.statement.Query;

/**
 * The read side of pull requests, reviews and issues: every query is per account and honours visibility — an own
 * repository's rows follow its private and removed flags, a pull request elsewhere its external_private flag. SQL is
 * assembled from fixed fragments only; every value a caller gives is bound.
 */
public final class WorkQueries {
    /**
     * Visible rows of a table aliased x: not in a hidden repository (removed, or private for a public caller: a short
     * list, bound as <hidden>), and, in someone else's repository, not private for a public caller. No join per row.
     */
    private static String visibility(boolean includePrivate) {
        return includePrivate ? " (x.repo_id IS NULL OR x.repo_id NOT IN (<hidden>))"
                : " ((x.repo_id IS NULL AND x.external_private = FALSE) OR x.repo_id NOT IN (<hidden>))";
    }

    private final Database database;

    public WorkQueries(Database database) {
        this.database = requireNonNull(database, "database == null");
    }

    /** Whose pull requests: the account's, other people's (on the account's repositories), one login's, or all. */
    public record Author(Kind kind, Optional<String> login) {
        public enum Kind { ANY, ACCOUNT, OTHERS, LOGIN }

        public static Author any() {
            return new Author(Kind.ANY, Optional.empty());
        }
    }

    /** Which date a period bounds. */
    public enum DateField { CREATED, UPDATED, CLOSED, MERGED }

    /** Filters of the pull request and issue queries; empty fields do not filter. */
    public record Filter(Optional<String> repoKey, List<String> states, Author author, Optional<String> reviewer,
                         Optional<String> label, DateField dateField, OptionalLong since, OptionalLong until) {
        public Filter {
            requireNonNull(repoKey, "repoKey == null");
            states = List.copyOf(states);
            requireNonNull(author, "author == null");
            requireNonNull(reviewer, "reviewer == null");
            requireNonNull(label, "label == null");
            requireNonNull(dateField, "dateField == null");
        }
    }

    public record PullRequestRow(String repoKey, String repo, int number, String title, String state, boolean draft,
                                 Optional<String> author, boolean own, List<String> labels, int additions,
                                 int deletions, int changedFiles, int comments, Instant createdAt,
                                 Optional<Instant> closedAt, Optional<Instant> mergedAt,
                                 Optional<Instant> firstReviewAt, int reviews, boolean elsewhere) {
        PullRequestRow withReviews(int count) {
            return new PullRequestRow(repoKey, repo, number, title, state, draft, author, own, labels, additions,
                    deletions, changedFiles, comments, createdAt, closedAt, mergedAt, firstReviewAt, count, elsewhere);
        }
    }

    public record IssueRow(String repo, int number, String title, String state, Optional<String> stateReason,
                           Optional<String> author, boolean own, List<String> labels, int comments, Instant createdAt,
                           Optional<Instant> closedAt, Optional<Integer> closedByPullRequest) {
    }

    /** A page of rows and how many match in all. */
    public record Page<T>(List<T> rows, int total) {
    }

    public record ReviewCount(String key, long given, long received) {
    }

    /** One month of the roll-up (UTC, year * 12 + month - 1), summed over visible repositories. */
    public record MonthRow(int month, long prsOpened, long prsMerged, long prsClosed, long ownPrsOpened,
                           long ownPrsMerged, long ownPrsClosed, long issuesOpened, long issuesClosed,
                           long issuesClosedByPullRequest, long reviewsGiven, long reviewsReceived) {
    }

    /** Per repository, all time, from the roll-up. */
    public record RepoTotals(String repo, long issuesOpened, long issuesClosed) {
        public long openIssues() {
            return issuesOpened - issuesClosed;
        }
    }

    // ------------------------------------------------------------------ pull requests

    public Page<PullRequestRow> pullRequests(long accountId, boolean includePrivate, Filter filter, String order,
                                             int limit, int offset) {
        String where = " FROM pull_requests x WHERE x.account_id = :account AND" + visibility(includePrivate)
                + pullRequestConditions(filter);
        return database.jdbi().withHandle(handle -> {
            int total = bind(handle.createQuery("SELECT COUNT(*)" + where), accountId, includePrivate, filter)
                    .mapTo(Integer.class).one();
            List<PullRequestRow> rows = bind(handle.createQuery("""
                            SELECT x.repo_key, x.repo_name, x.number, x.title, x.state, x.is_draft, x.author_login,
                                   x.is_own, x.labels, x.additions, x.deletions, x.changed_files, x.comments,
                                   x.created_at, x.closed_at, x.merged_at, x.first_review_at, x.repo_id IS NULL AS elsewhere
                            """ + where + " ORDER BY " + pullRequestOrder(order) + " LIMIT :limit OFFSET :offset"),
                    accountId, includePrivate, filter)
                    .bind("limit", limit).bind("offset", offset)
                    .map((rs, ctx) -> new PullRequestRow(rs.getString("repo_key"), rs.getString("repo_name"),
                            rs.getInt("number"), rs.getString("title"), rs.getString("state"), rs.getBoolean("is_draft"),
                            Optional.ofNullable(rs.getString("author_login")), rs.getBoolean("is_own"),
                            Rows.lines(rs.getString("labels")), rs.getInt("additions"), rs.getInt("deletions"),
                            rs.getInt("changed_files"), rs.getInt("comments"),
                            Instant.ofEpochSecond(rs.getLong("created_at")), Rows.instant(rs, "closed_at"),
                            Rows.instant(rs, "merged_at"), Rows.instant(rs, "first_review_at"), 0,
                            rs.getBoolean("elsewhere")))
                    .list();
            if (rows.isEmpty()) {
                return new Page<>(rows, total);
            }
            // Review counts for this page only (a correlated count per row would run for every match before the sort).
            Map<String, Integer> reviews = new HashMap<>();
            handle.createQuery("""
                            SELECT repo_key, pr_number, COUNT(*) AS n FROM pull_request_reviews
                            WHERE account_id = :account AND pr_number IN (<numbers>) GROUP BY repo_key, pr_number
                            """)
                    .bind("account", accountId).bindList("numbers", rows.stream().map(PullRequestRow::number).toList())
                    .map((rs, ctx) -> reviews.put(rs.getString("repo_key") + "#" + rs.getInt("pr_number"), rs.getInt("n")))
                    .list();
            return new Page<>(rows.stream().map(row -> row.withReviews(reviews.getOrDefault(row.repoKey() + "#"
                    + row.number(), 0))).toList(), total);
        });
    }

    /** The figures pull request statistics are computed from, for every matching pull request. */
    public record PullRequestFacts(String repo, String state, boolean own, long createdAt, Long mergedAt, Long closedAt,
                                   Long firstReviewAt, int additions, int deletions, int changedFiles) {
    }

    /** Facts of the pull requests created, merged or closed in [since, until) (either bound may be open). */
    public List<PullRequestFacts> pullRequestFacts(long accountId, boolean includePrivate, Filter filter,
                                                   OptionalLong since, OptionalLong until) {
        String period = since.isEmpty() && until.isEmpty() ? ""
                : " AND ((x.created_at >= :from AND x.created_at < :to) OR (x.merged_at >= :from AND x.merged_at < :to)"
                + " OR (x.closed_at >= :from AND x.closed_at < :to))";
        return database.jdbi().withHandle(handle -> {
            Query query = bind(handle.createQuery("""
                            SELECT x.repo_name, x.state, x.is_own, x.created_at, x.merged_at, x.closed_at,
                                   x.first_review_at, x.additions, x.deletions, x.changed_files
                            FROM pull_requests x WHERE x.account_id = :account AND""" + visibility(includePrivate)
                            + pullRequestConditions(filter) + period), accountId, includePrivate, filter);
            if (!period.isEmpty()) {
                query.bind("from", since.orElse(Long.MIN_VALUE)).bind("to", until.orElse(Long.MAX_VALUE));
            }
            return query.map((rs, ctx) -> new PullRequestFacts(rs.getString(1), rs.getString(2), rs.getBoolean(3),
                    rs.getLong(4), nullable(rs, 5), nullable(rs, 6), nullable(rs, 7), rs.getInt(8), rs.getInt(9),
                    rs.getInt(10))).list();
        });
    }

    private static Long nullable(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static String pullRequestConditions(Filter filter) {
        StringBuilder sql = new StringBuilder(common(filter));
        if (filter.reviewer().isPresent()) {
            sql.append(" AND EXISTS (SELECT 1 FROM pull_request_reviews v WHERE v.account_id = x.account_id"
                    + " AND v.repo_key = x.repo_key AND v.pr_number = x.number AND LOWER(v.reviewer_login) = :reviewer)");
        }
        return sql.toString();
    }

    private static String common(Filter filter) {
        StringBuilder sql = new StringBuilder();
        filter.repoKey().ifPresent(key -> sql.append(" AND x.repo_key = :repo"));
        if (!filter.states().isEmpty()) {
            sql.append(" AND x.state IN (<states>)");
        }
        switch (filter.author().kind()) {
            case ACCOUNT -> sql.append(" AND x.is_own = TRUE");
            case OTHERS -> sql.append(" AND x.is_own = FALSE");
            case LOGIN -> sql.append(" AND LOWER(x.author_login) = :author");
            default -> { }
        }
        filter.label().ifPresent(label -> sql.append(" AND (:newline || LOWER(x.labels) || :newline) LIKE :label"));
        String column = switch (filter.dateField()) {
            case CREATED -> "x.created_at";
            case UPDATED -> "x.updated_at";
            case CLOSED -> "x.closed_at";
            case MERGED -> "x.merged_at";
        };
        if (filter.since().isPresent()) {
            sql.append(" AND ").append(column).append(" >= :since");
        }
        if (filter.until().isPresent()) {
            sql.append(" AND ").append(column).append(" < :until");
        }
        return sql.toString();
    }

    /** Binds the account, the caller's view (with the hidden repositories) and the filter's values. */
    private static Query bind(Query query, long accountId, boolean includePrivate, Filter filter) {
        visible(query, accountId, includePrivate);
        filter.repoKey().ifPresent(key -> query.bind("repo", key));
        if (!filter.states().isEmpty()) {
            query.bindList("states", filter.states());
        }
        filter.author().login().ifPresent(login -> query.bind("author", login.toLowerCase(Locale.ROOT)));
        filter.reviewer().ifPresent(login -> query.bind("reviewer", login.toLowerCase(Locale.ROOT)));
        filter.label().ifPresent(label -> query.bind("label", "%\n" + label.toLowerCase(Locale.ROOT) + "\n%")
                .bind("newline", "\n"));
        filter.since().ifPresent(since -> query.bind("since", since));
        filter.until().ifPresent(until -> query.bind("until", until));
        return query;
    }

    /** Binds :account and <hidden>: the account's removed repositories, and its private ones for the public. */
    private static Query visible(Query query, long accountId, boolean includePrivate) {
        List<Long> hidden = query.getHandle().createQuery("""
                        SELECT id FROM repositories WHERE account_id = :account
                          AND (removed_at IS NOT NULL OR (is_private = TRUE AND :private = FALSE))
                        """)
                .bind("account", accountId).bind("private", includePrivate).mapTo(Long.class).list();
        return query.bind("account", accountId).bindList("hidden", hidden.isEmpty() ? List.of(-1L) : hidden);
    }

    private static String pullRequestOrder(String order) {
        return switch (order) {
            case "oldest" -> "x.created_at ASC, x.repo_key, x.number";
            case "updated" -> "x.updated_at DESC, x.repo_key, x.number";
            case "merged" -> "x.merged_at DESC, x.repo_key, x.number";
            case "largest" -> "(x.additions + x.deletions) DESC, x.repo_key, x.number";
            default -> "x.created_at DESC, x.repo_key, x.number";
        };
    }

    // ------------------------------------------------------------------ issues

    /** Issues live in the account's own repositories only: visible unless their repository is hidden. */
    private static final String ISSUE_FROM = " FROM issues x WHERE x.account_id = :account"
            + " AND x.repo_id NOT IN (<hidden>)";

    public Page<IssueRow> issues(long accountId, boolean includePrivate, Filter filter, Optional<Boolean> closedByPr,
                                 String order, int limit, int offset) {
        return issues(accountId, includePrivate, filter, closedByPr, Optional.empty(), order, limit, offset);
    }

    /** Why GitHub says closed issues were closed. */
    public static final List<String> STATE_REASONS = List.of("COMPLETED", "NOT_PLANNED", "DUPLICATE");

    /** As above, only issues closed for {@code reason} (one of {@link #STATE_REASONS}) when given. */
    public Page<IssueRow> issues(long accountId, boolean includePrivate, Filter filter, Optional<Boolean> closedByPr,
                                 Optional<String> reason, String order, int limit, int offset) {
        reason.ifPresent(value -> {
            if (!STATE_REASONS.contains(value)) {
                throw new IllegalArgumentException("state reason '" + value + "' is not one of " + STATE_REASONS);
            }
        });
        // The reason is one of three fixed words (checked above), so it is written into the SQL as a literal.
        String where = ISSUE_FROM + common(filter) + closedBy(closedByPr) + reason.map(value -> " AND x.state_reason = '"
                + value + "'").orElse("");
        return database.jdbi().withHandle(handle -> {
            int total = bind(handle.createQuery("SELECT COUNT(*)" + where), accountId, includePrivate, filter)
                    .mapTo(Integer.class).one();
            List<IssueRow> rows = limit == 0 ? List.of() : bind(handle.createQuery("""
                            SELECT x.repo_name, x.number, x.title, x.state, x.state_reason, x.author_login, x.is_own,
                                   x.labels, x.comments, x.created_at, x.closed_at, x.closed_by_pr
                            """ + where + " ORDER BY " + issueOrder(order) + " LIMIT :limit OFFSET :offset"),
                    accountId, includePrivate, filter)
                    .bind("limit", limit).bind("offset", offset)
                    .map((rs, ctx) -> {
                        int closedBy = rs.getInt("closed_by_pr");
                        Optional<Integer> pr = rs.wasNull() ? Optional.empty() : Optional.of(closedBy);
                        return new IssueRow(rs.getString("repo_name"), rs.getInt("number"), rs.getString("title"),
                                rs.getString("state"), Optional.ofNullable(rs.getString("state_reason")),
                                Optional.ofNullable(rs.getString("author_login")), rs.getBoolean("is_own"),
                                Rows.lines(rs.getString("labels")), rs.getInt("comments"),
                                Instant.ofEpochSecond(rs.getLong("created_at")), Rows.instant(rs, "closed_at"), pr);
                    })
                    .list();
            return new Page<>(rows, total);
        });
    }

    /** Seconds each matching closed issue took to close (for medians). */
    public List<Long> issueCloseSeconds(long accountId, boolean includePrivate, Filter filter) {
        return database.jdbi().withHandle(handle -> bind(handle.createQuery("SELECT x.closed_at - x.created_at"
                        + ISSUE_FROM + common(filter) + " AND x.closed_at IS NOT NULL"),
                accountId, includePrivate, filter).mapTo(Long.class).list());
    }

    private static String closedBy(Optional<Boolean> closedByPr) {
        if (closedByPr.isEmpty()) {
            return "";
        }
        return closedByPr.get() ? " AND x.closed_by_pr IS NOT NULL" : " AND x.closed_by_pr IS NULL";
    }

    private static String issueOrder(String order) {
        return switch (order) {
            case "oldest" -> "x.created_at ASC, x.repo_key, x.number";
            case "updated" -> "x.updated_at DESC, x.repo_key, x.number";
            case "comments" -> "x.comments DESC, x.created_at DESC, x.repo_key, x.number";
            default -> "x.created_at DESC, x.repo_key, x.number";
        };
    }

    // ------------------------------------------------------------------ reviews

    /**
     * Reviews given (by the account) and received (on its pull requests, by others), grouped by {@code groupBy}:
     * reviewer, state or repo; submitted in [since, until). The totals are the sums over the groups.
     */
    public List<ReviewCount> reviewCounts(long accountId, boolean includePrivate, String groupBy,
                                          Optional<String> repoKey, OptionalLong since, OptionalLong until) {
        String key = switch (groupBy) {
            case "state" -> "x.state";
            case "repo" -> "x.repo_name";
            default -> "COALESCE(x.reviewer_login, '(deleted user)')";
        };
        StringBuilder sql = new StringBuilder("SELECT " + key + " AS k,"
                + " SUM(CASE WHEN x.by_account THEN 1 ELSE 0 END) AS given,"
                + " SUM(CASE WHEN x.on_own_pr AND NOT x.by_account THEN 1 ELSE 0 END) AS received"
                + " FROM pull_request_reviews x WHERE x.account_id = :account AND" + visibility(includePrivate)
                + " AND (x.by_account OR x.on_own_pr)");
        repoKey.ifPresent(k -> sql.append(" AND x.repo_key = :repo"));
        since.ifPresent(s -> sql.append(" AND x.submitted_at >= :since"));
        until.ifPresent(u -> sql.append(" AND x.submitted_at < :until"));
        sql.append(" GROUP BY ").append(key);
        return database.jdbi().withHandle(handle -> {
            Query query = visible(handle.createQuery(sql.toString()), accountId, includePrivate);
            repoKey.ifPresent(k -> query.bind("repo", k));
            since.ifPresent(s -> query.bind("since", s));
            until.ifPresent(u -> query.bind("until", u));
            return query.map((rs, ctx) -> new ReviewCount(rs.getString("k"), rs.getLong("given"),
                    rs.getLong("received"))).list();
        });
    }

    // ------------------------------------------------------------------ roll-up

    /** The visible roll-up per month (one repository, or all), oldest first. */
    public List<MonthRow> months(long accountId, boolean includePrivate, Optional<String> repoKey) {
        return database.jdbi().withHandle(handle -> {
            Query query = visible(handle.createQuery("""
                    SELECT x.month, SUM(x.prs_opened), SUM(x.prs_merged), SUM(x.prs_closed), SUM(x.own_prs_opened),
                           SUM(x.own_prs_merged), SUM(x.own_prs_closed), SUM(x.issues_opened), SUM(x.issues_closed),
                           SUM(x.issues_closed_by_pr), SUM(x.reviews_given), SUM(x.reviews_received)
                    FROM work_monthly x
                    WHERE x.account_id = :account AND""" + visibility(includePrivate) + (repoKey.isPresent() ? " AND x.repo_key = :repo" : "")
                    + " GROUP BY x.month ORDER BY x.month"), accountId, includePrivate);
            repoKey.ifPresent(key -> query.bind("repo", key));
            return query.map((rs, ctx) -> new MonthRow(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                    rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10),
                    rs.getLong(11), rs.getLong(12))).list();
        });
    }

    /** All-time issue totals per visible repository, from the roll-up (open now = opened - closed). */
    public List<RepoTotals> repoTotals(long accountId, boolean includePrivate) {
        return database.jdbi().withHandle(handle -> visible(handle.createQuery("""
                        SELECT MIN(x.repo_name), SUM(x.issues_opened), SUM(x.issues_closed)
                        FROM work_monthly x
                        WHERE x.account_id = :account AND""" + visibility(includePrivate) + " GROUP BY x.repo_key"), accountId, includePrivate)
                .map((rs, ctx) -> new RepoTotals(rs.getString(1), rs.getLong(2), rs.getLong(3)))
                .list());
    }
}
