package dev.bitofgit.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
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

    /**
     * Filters of the pull request and issue queries; empty fields do not filter. {@code draft} and {@code elsewhere}
     * (opened in someone else's repository) apply to pull requests only; {@code number} picks one by its number.
     */
    public record Filter(Optional<String> repoKey, List<String> states, Author author, Optional<String> reviewer,
                         Optional<String> label, DateField dateField, OptionalLong since, OptionalLong until,
                         Optional<Boolean> draft, Optional<Boolean> elsewhere, OptionalInt number) {
        public Filter(Optional<String> repoKey, List<String> states, Author author, Optional<String> reviewer,
                      Optional<String> label, DateField dateField, OptionalLong since, OptionalLong until) {
            this(repoKey, states, author, reviewer, label, dateField, since, until, Optional.empty(), Optional.empty(),
                    OptionalInt.empty());
        }

        public Filter {
            requireNonNull(number, "number == null");
            requireNonNull(draft, "draft == null");
            requireNonNull(elsewhere, "elsewhere == null");
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
                                 Optional<Instant> firstReviewAt, int reviews, List<String> reviewers,
                                 boolean elsewhere) {
        /** {@code reviewers}: who reviewed, in the order of their first review, each as "login STATE" (last state). */
        PullRequestRow withReviews(int count, List<String> by) {
            return new PullRequestRow(repoKey, repo, number, title, state, draft, author, own, labels, additions,
                    deletions, changedFiles, comments, createdAt, closedAt, mergedAt, firstReviewAt, count, by, elsewhere);
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
        Conditions conditions = pullRequestConditions(filter);
        String where = " FROM pull_requests x WHERE x.account_id = :account AND" + visibility(includePrivate) + conditions;
        return database.jdbi().withHandle(handle -> {
            int total = bind(handle.createQuery("SELECT COUNT(*)" + where), accountId, includePrivate, conditions)
                    .mapTo(Integer.class).one();
            List<PullRequestRow> rows = bind(handle.createQuery("""
                            SELECT x.repo_key, x.repo_name AS repo, x.number, x.title, x.state, x.is_draft AS draft,
                                   x.author_login AS author, x.is_own AS own, x.labels, x.additions, x.deletions,
                                   x.changed_files, x.comments, x.created_at, x.closed_at, x.merged_at, x.first_review_at,
                                   0 AS reviews, '' AS reviewers, x.repo_id IS NULL AS elsewhere
                            """ + where + " ORDER BY " + pullRequestOrder(order) + " LIMIT :limit OFFSET :offset"),
                    accountId, includePrivate, conditions)
                    .bind("limit", limit).bind("offset", offset)
                    .mapTo(PullRequestRow.class)
                    .list();
            if (rows.isEmpty()) {
                return new Page<>(rows, total);
            }
            // Reviews for this page only (a correlated count per row would run for every match before the sort).
            Map<String, Integer> reviews = new HashMap<>();
            Map<String, Map<String, String>> reviewers = new HashMap<>();
            handle.createQuery("""
                            SELECT repo_key, pr_number, reviewer_login, state FROM pull_request_reviews
                            WHERE account_id = :account AND pr_number IN (<numbers>)
                            ORDER BY repo_key, pr_number, submitted_at, review_id
                            """)
                    .bind("account", accountId).bindList("numbers", rows.stream().map(PullRequestRow::number).toList())
                    .map((rs, ctx) -> new String[] {rs.getString("repo_key") + "#" + rs.getInt("pr_number"),
                            rs.getString("reviewer_login"), rs.getString("state")})
                    .forEach(review -> {
                        reviews.merge(review[0], 1, Integer::sum);
                        if (review[1] != null) {
                            reviewers.computeIfAbsent(review[0], key -> new LinkedHashMap<>()).put(review[1], review[2]);
                        }
                    });
            return new Page<>(rows.stream().map(row -> {
                String key = row.repoKey() + "#" + row.number();
                List<String> by = reviewers.getOrDefault(key, Map.of()).entrySet().stream()
                        .map(entry -> entry.getKey() + " " + entry.getValue()).toList();
                return row.withReviews(reviews.getOrDefault(key, 0), by);
            }).toList(), total);
        });
    }

    /** The figures pull request statistics are computed from, for every matching pull request. */
    public record PullRequestFacts(String repo, String state, boolean own, long createdAt, Long mergedAt, Long closedAt,
                                   Long firstReviewAt, int additions, int deletions, int changedFiles) {
    }

    /** Facts of the pull requests created, merged or closed in [since, until) (either bound may be open). */
    public List<PullRequestFacts> pullRequestFacts(long accountId, boolean includePrivate, Filter filter,
                                                   OptionalLong since, OptionalLong until) {
        Conditions conditions = pullRequestConditions(filter);
        if (since.isPresent() || until.isPresent()) {
            conditions.and("((x.created_at >= :from AND x.created_at < :to) OR (x.merged_at >= :from AND x.merged_at < :to)"
                    + " OR (x.closed_at >= :from AND x.closed_at < :to))")
                    .value("from", since.orElse(Long.MIN_VALUE)).value("to", until.orElse(Long.MAX_VALUE));
        }
        return database.jdbi().withHandle(handle -> bind(handle.createQuery("""
                        SELECT x.repo_name AS repo, x.state, x.is_own AS own, x.created_at, x.merged_at, x.closed_at,
                               x.first_review_at, x.additions, x.deletions, x.changed_files
                        FROM pull_requests x WHERE x.account_id = :account AND""" + visibility(includePrivate)
                        + conditions), accountId, includePrivate, conditions)
                .mapTo(PullRequestFacts.class)
                .list());
    }

    private static Conditions pullRequestConditions(Filter filter) {
        Conditions where = conditions(filter);
        filter.reviewer().ifPresent(login -> where.and("EXISTS (SELECT 1 FROM pull_request_reviews v"
                + " WHERE v.account_id = x.account_id AND v.repo_key = x.repo_key AND v.pr_number = x.number"
                + " AND LOWER(v.reviewer_login) = :reviewer)", "reviewer", login.toLowerCase(Locale.ROOT)));
        filter.draft().ifPresent(draft -> where.and("x.is_draft = " + (draft ? "TRUE" : "FALSE")));
        filter.elsewhere().ifPresent(elsewhere -> where.and("x.repo_id IS " + (elsewhere ? "NULL" : "NOT NULL")));
        return where;
    }

    /** The filter's conditions on pull requests or issues aliased x, with their values. */
    private static Conditions conditions(Filter filter) {
        Conditions where = new Conditions();
        filter.repoKey().ifPresent(key -> where.and("x.repo_key = :repo", "repo", key));
        filter.number().ifPresent(number -> where.and("x.number = :number", "number", number));
        if (!filter.states().isEmpty()) {
            where.in("x.state", "states", filter.states());
        }
        switch (filter.author().kind()) {
            case ACCOUNT -> where.and("x.is_own = TRUE");
            case OTHERS -> where.and("x.is_own = FALSE");
            case LOGIN -> where.and("LOWER(x.author_login) = :author");
            default -> { }
        }
        // Bound whenever given, as before: only the LOGIN kind reads it.
        filter.author().login().ifPresent(login -> where.value("author", login.toLowerCase(Locale.ROOT)));
        filter.label().ifPresent(label -> where.and("(:newline || LOWER(x.labels) || :newline) LIKE :label",
                "label", "%\n" + label.toLowerCase(Locale.ROOT) + "\n%").value("newline", "\n"));
        String column = switch (filter.dateField()) {
            case CREATED -> "x.created_at";
            case UPDATED -> "x.updated_at";
            case CLOSED -> "x.closed_at";
            case MERGED -> "x.merged_at";
        };
        filter.since().ifPresent(since -> where.and(column + " >= :since", "since", since));
        filter.until().ifPresent(until -> where.and(column + " < :until", "until", until));
        return where;
    }

    /** Binds the account, the caller's view (with the hidden repositories) and the conditions' values. */
    private static Query bind(Query query, long accountId, boolean includePrivate, Conditions conditions) {
        return conditions.bind(visible(query, accountId, includePrivate));
    }

    /** Binds :account and <hidden>: the account's removed repositories, and its private ones for the public. */
    private static Query visible(Query query, long accountId, boolean includePrivate) {
        List<Long> hidden = Visibility.bind(query.getHandle()
                        .createQuery("SELECT r.id FROM repositories r WHERE r.account_id = :account AND NOT (<visible>)")
                        .bind("account", accountId), includePrivate)
                .mapTo(Long.class).list();
        return query.bind("account", accountId).bindList("hidden", hidden.isEmpty() ? List.of(-1L) : hidden);
    }

    private static String pullRequestOrder(String order) {
        return switch (order) {
            case "oldest" -> "x.created_at ASC, x.repo_key, x.number";
            case "updated" -> "x.updated_at DESC, x.repo_key, x.number";
            case "merged" -> "x.merged_at DESC, x.repo_key, x.number";
            case "largest" -> "(x.additions + x.deletions) DESC, x.repo_key, x.number";
            case "most_comments" -> "x.comments DESC, x.created_at DESC, x.repo_key, x.number";
            case "most_files" -> "x.changed_files DESC, x.created_at DESC, x.repo_key, x.number";
            case "most_reviews" -> """
                    (SELECT COUNT(*) FROM pull_request_reviews v WHERE v.account_id = x.account_id
                     AND v.repo_key = x.repo_key AND v.pr_number = x.number) DESC, x.created_at DESC, x.repo_key, x.number""";
            case "most_approvals" -> """
                    (SELECT COUNT(*) FROM pull_request_reviews v WHERE v.account_id = x.account_id AND v.state = 'APPROVED'
                     AND v.repo_key = x.repo_key AND v.pr_number = x.number) DESC, x.created_at DESC, x.repo_key, x.number""";
            // Merged ones first (NULLs sort differently on the two engines), by hours from opening to merge.
            case "slowest_merge" -> "CASE WHEN x.merged_at IS NULL THEN 1 ELSE 0 END, (x.merged_at - x.created_at) DESC,"
                    + " x.repo_key, x.number";
            case "fastest_merge" -> "CASE WHEN x.merged_at IS NULL THEN 1 ELSE 0 END, (x.merged_at - x.created_at) ASC,"
                    + " x.repo_key, x.number";
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
        Conditions conditions = conditions(filter);
        closedByPr.ifPresent(closed -> conditions.and(closed ? "x.closed_by_pr IS NOT NULL" : "x.closed_by_pr IS NULL"));
        reason.ifPresent(value -> conditions.and("x.state_reason = :reason", "reason", value));
        String where = ISSUE_FROM + conditions;
        return database.jdbi().withHandle(handle -> {
            int total = bind(handle.createQuery("SELECT COUNT(*)" + where), accountId, includePrivate, conditions)
                    .mapTo(Integer.class).one();
            List<IssueRow> rows = limit == 0 ? List.of() : bind(handle.createQuery("""
                            SELECT x.repo_name AS repo, x.number, x.title, x.state, x.state_reason,
                                   x.author_login AS author, x.is_own AS own, x.labels, x.comments, x.created_at,
                                   x.closed_at, x.closed_by_pr AS closed_by_pull_request
                            """ + where + " ORDER BY " + issueOrder(order) + " LIMIT :limit OFFSET :offset"),
                    accountId, includePrivate, conditions)
                    .bind("limit", limit).bind("offset", offset)
                    .mapTo(IssueRow.class)
                    .list();
            return new Page<>(rows, total);
        });
    }

    /** Issues per label over the matching issues, most first (ties by label); an issue counts once per label. */
    public List<Map.Entry<String, Long>> issueLabels(long accountId, boolean includePrivate, Filter filter) {
        Conditions conditions = conditions(filter);
        List<String> labels = database.jdbi().withHandle(handle -> bind(handle.createQuery("SELECT x.labels"
                + ISSUE_FROM + conditions), accountId, includePrivate, conditions).mapTo(String.class).list());
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (String text : labels) {
            for (String label : new java.util.LinkedHashSet<>(List.of(text.split("\n")))) {
                if (!label.isBlank()) {
                    counts.merge(label.strip(), 1L, Long::sum);
                }
            }
        }
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).toList();
    }

    /** Seconds each matching closed issue took to close (for medians). */
    public List<Long> issueCloseSeconds(long accountId, boolean includePrivate, Filter filter) {
        Conditions conditions = conditions(filter).and("x.closed_at IS NOT NULL");
        return database.jdbi().withHandle(handle -> bind(handle.createQuery("SELECT x.closed_at - x.created_at"
                        + ISSUE_FROM + conditions), accountId, includePrivate, conditions).mapTo(Long.class).list());
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
        Conditions where = new Conditions().and("(x.by_account OR x.on_own_pr)");
        repoKey.ifPresent(repo -> where.and("x.repo_key = :repo", "repo", repo));
        since.ifPresent(from -> where.and("x.submitted_at >= :since", "since", from));
        until.ifPresent(to -> where.and("x.submitted_at < :until", "until", to));
        return database.jdbi().withHandle(handle -> bind(handle.createQuery("SELECT " + key + " AS k,"
                        + " SUM(CASE WHEN x.by_account THEN 1 ELSE 0 END) AS given,"
                        + " SUM(CASE WHEN x.on_own_pr AND NOT x.by_account THEN 1 ELSE 0 END) AS received"
                        + " FROM pull_request_reviews x WHERE x.account_id = :account AND" + visibility(includePrivate)
                        + where + " GROUP BY " + key), accountId, includePrivate, where)
                .map((rs, ctx) -> new ReviewCount(rs.getString("k"), rs.getLong("given"), rs.getLong("received")))
                .list());
    }

    // ------------------------------------------------------------------ roll-up

    /** The visible roll-up per month (one repository, or all), oldest first. */
    public List<MonthRow> months(long accountId, boolean includePrivate, Optional<String> repoKey) {
        Conditions where = new Conditions();
        repoKey.ifPresent(repo -> where.and("x.repo_key = :repo", "repo", repo));
        return database.jdbi().withHandle(handle -> bind(handle.createQuery("""
                        SELECT x.month, SUM(x.prs_opened) AS prs_opened, SUM(x.prs_merged) AS prs_merged,
                               SUM(x.prs_closed) AS prs_closed, SUM(x.own_prs_opened) AS own_prs_opened,
                               SUM(x.own_prs_merged) AS own_prs_merged, SUM(x.own_prs_closed) AS own_prs_closed,
                               SUM(x.issues_opened) AS issues_opened, SUM(x.issues_closed) AS issues_closed,
                               SUM(x.issues_closed_by_pr) AS issues_closed_by_pull_request,
                               SUM(x.reviews_given) AS reviews_given, SUM(x.reviews_received) AS reviews_received
                        FROM work_monthly x
                        WHERE x.account_id = :account AND""" + visibility(includePrivate) + where
                        + " GROUP BY x.month ORDER BY x.month"), accountId, includePrivate, where)
                .mapTo(MonthRow.class)
                .list());
    }

    /** All-time issue totals per visible repository, from the roll-up (open now = opened - closed). */
    public List<RepoTotals> repoTotals(long accountId, boolean includePrivate) {
        return database.jdbi().withHandle(handle -> visible(handle.createQuery("""
                        SELECT MIN(x.repo_name) AS repo, SUM(x.issues_opened) AS issues_opened,
                               SUM(x.issues_closed) AS issues_closed
                        FROM work_monthly x
                        WHERE x.account_id = :account AND""" + visibility(includePrivate) + " GROUP BY x.repo_key"), accountId, includePrivate)
                .mapTo(RepoTotals.class)
                .list());
    }
}
