package dev.bitofgit.store;

import dev.bitofgit.store.ProfileQueries.CommitFilter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Any one number per repository, for ranking them: measures of their commits (under every condition a
 * {@link CommitFilter} can carry), of the repository itself (stars, size, files, README length) and of its pull
 * requests, issues and reviews. Every visible repository the filter allows gets a value, zero included, so a ranking
 * can be read from either end.
 */
public final class RepoMeasures {
    /** What is measured, and where it comes from. */
    public enum Measure {
        COMMITS(Source.COMMITS, "COUNT(*)", "commits"),
        LINES(Source.COMMITS, "COALESCE(SUM(c.additions + c.deletions), 0)", "lines changed (added + deleted)"),
        ADDITIONS(Source.COMMITS, "COALESCE(SUM(c.additions), 0)", "lines added"),
        DELETIONS(Source.COMMITS, "COALESCE(SUM(c.deletions), 0)", "lines deleted"),
        ACTIVE_DAYS(Source.COMMITS, "COUNT(DISTINCT (c.authored_at + c.author_utc_offset * 60) / 86400)",
                "active days"),
        PEOPLE(Source.COMMITS, "COUNT(DISTINCT " + CommitScope.IDENTITY + ")", "different people who committed"),
        MERGES(Source.COMMITS, "COALESCE(SUM(CASE WHEN c.parent_count > 1 THEN 1 ELSE 0 END), 0)", "merge commits"),
        FILES_CHANGED(Source.COMMITS, "COALESCE(SUM(c.changed_files), 0)", "file changes summed over commits"),
        STARS(Source.REPO, "r.stars", "stars"),
        FORKS(Source.REPO, "r.forks", "forks"),
        WATCHERS(Source.REPO, "r.watchers", "watchers"),
        SIZE_KB(Source.REPO, "r.size_kb", "KB on disk (GitHub's size)"),
        OPEN_ISSUES(Source.REPO, "r.open_issues", "open issues and pull requests (GitHub's count)"),
        TOPICS(Source.REPO, "0", "topics"),
        FILES(Source.REPO, "(SELECT COUNT(*) FROM repo_files f WHERE f.repo_id = r.id)", "files in the default branch"),
        README_LENGTH(Source.REPO, "COALESCE((SELECT LENGTH(m.content) FROM readmes m WHERE m.repo_id = r.id), 0)",
                "characters of README"),
        AUTOMATION_SCORE(Source.REPO, "COALESCE((SELECT s.automation_score FROM repo_signals s WHERE s.repo_id = r.id), 0)",
                "automation score (0–100)"),
        CODING_STANDARDS_SCORE(Source.REPO, "COALESCE((SELECT s.coding_standards_score FROM repo_signals s WHERE "
                + "s.repo_id = r.id), 0)", "coding standards score (0–100)"),
        ORGANIZATION_SCORE(Source.REPO, "COALESCE((SELECT s.organization_score FROM repo_signals s WHERE s.repo_id = "
                + "r.id), 0)", "organization score (0–100)"),
        PULL_REQUESTS(Source.WORK, "pull_requests", "pull requests opened"),
        MERGED_PULL_REQUESTS(Source.WORK, "pull_requests", "pull requests merged"),
        OPEN_PULL_REQUESTS(Source.WORK, "pull_requests", "open pull requests"),
        ISSUES(Source.WORK, "issues", "issues opened"),
        CLOSED_ISSUES(Source.WORK, "issues", "issues closed"),
        REVIEWS(Source.WORK, "pull_request_reviews", "pull request reviews");

        private final Source source;
        private final String expression;
        private final String description;

        Measure(Source source, String expression, String description) {
            this.source = source;
            this.expression = expression;
            this.description = description;
        }

        /** The measure's name in tool arguments: "active_days". */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public String description() {
            return description;
        }

        /** Whether the measure reads commits, so commit conditions, own_only and author apply. */
        public boolean ofCommits() {
            return source == Source.COMMITS;
        }

        /** Whether the measure is a fact of the repository, which no period or commit condition changes. */
        public boolean ofRepository() {
            return source == Source.REPO;
        }

        public static List<String> keys() {
            return Arrays.stream(values()).map(Measure::key).toList();
        }

        public static Measure of(String key) {
            return valueOf(key.toUpperCase(Locale.ROOT));
        }
    }

    private enum Source { COMMITS, REPO, WORK }

    /** One repository's value. */
    public record Value(String repo, long value) {
    }

    private final Database database;
    private final ProfileQueries queries;
    private final RepositoryQueries repositories;

    public RepoMeasures(Database database, ProfileQueries queries) {
        this.database = database;
        this.queries = queries;
        this.repositories = new RepositoryQueries(database);
    }

    /** Every visible repository the filter allows, with its value, highest first (ties by name). */
    public List<Value> rank(long accountId, boolean includePrivate, Measure measure, CommitFilter filter) {
        Map<String, Long> values = new LinkedHashMap<>();
        // Names only: the repositories' commit totals (ProfileQueries.repositories) are not needed to rank them.
        List<RepositoryQueries.RepoName> repos = repositories.repoNames(accountId, includePrivate).stream()
                .filter(repo -> !filter.someRepos() || filter.repoIds().contains(repo.id())).toList();
        repos.forEach(repo -> values.put(repo.name(), 0L));
        Map<String, Long> measured = switch (measure.source) {
            case COMMITS -> queries.perRepo(accountId, includePrivate, filter, measure.expression);
            case REPO -> measure == Measure.TOPICS ? topics(repos) : repoColumn(accountId, includePrivate, measure);
            case WORK -> work(accountId, includePrivate, measure, filter);
        };
        measured.forEach((repo, value) -> values.computeIfPresent(repo, (name, zero) -> value));
        List<Value> ranked = new ArrayList<>();
        values.forEach((repo, value) -> ranked.add(new Value(repo, value)));
        ranked.sort(Comparator.comparingLong(Value::value).reversed()
                .thenComparing(Value::repo, String.CASE_INSENSITIVE_ORDER));
        return ranked;
    }

    private static Map<String, Long> topics(List<RepositoryQueries.RepoName> repos) {
        Map<String, Long> values = new LinkedHashMap<>();
        repos.forEach(repo -> values.put(repo.name(), (long) repo.topics().size()));
        return values;
    }

    private Map<String, Long> repoColumn(long accountId, boolean includePrivate, Measure measure) {
        return values("SELECT r.name AS repo, " + measure.expression + " AS value FROM repositories r"
                + " WHERE r.account_id = :account AND <visible>", accountId, includePrivate, new Conditions());
    }

    /** Pull requests, issues or reviews per repository of the account's own, in the filter's period. */
    private Map<String, Long> work(long accountId, boolean includePrivate, Measure measure, CommitFilter filter) {
        String table = measure.expression;
        String time = table.equals("pull_request_reviews") ? "w.submitted_at"
                : measure == Measure.MERGED_PULL_REQUESTS ? "w.merged_at"
                : measure == Measure.CLOSED_ISSUES ? "w.closed_at" : "w.created_at";
        String own = table.equals("pull_request_reviews") ? "w.by_account" : "w.is_own";
        Conditions where = new Conditions();
        switch (measure) {
            case MERGED_PULL_REQUESTS -> where.and("w.merged_at IS NOT NULL");
            case OPEN_PULL_REQUESTS -> where.and("w.state = 'OPEN'");
            case CLOSED_ISSUES -> where.and("w.closed_at IS NOT NULL");
            default -> { }
        }
        filter.since().ifPresent(since -> where.and(time + " >= :since", "since", since));
        filter.until().ifPresent(until -> where.and(time + " < :until", "until", until));
        if (filter.ownOnly()) {
            where.and(own + " = TRUE");
        }
        return values("SELECT r.name AS repo, COUNT(*) AS value FROM " + table + " w JOIN repositories r"
                + " ON r.id = w.repo_id WHERE w.account_id = :account AND <visible>" + where + " GROUP BY r.name",
                accountId, includePrivate, where);
    }

    /** A {@link Value} per row of {@code sql}, which names its columns repo and value. */
    private Map<String, Long> values(String sql, long accountId, boolean includePrivate, Conditions where) {
        Map<String, Long> values = new LinkedHashMap<>();
        database.jdbi().useHandle(handle -> where.bind(Visibility.bind(handle.createQuery(sql)
                        .bind("account", accountId), includePrivate))
                .mapTo(Value.class)
                .forEach(row -> values.put(row.repo(), row.value())));
        return values;
    }

    /** The measure named in a tool argument, if any. */
    public static Optional<Measure> named(String key) {
        return Arrays.stream(Measure.values()).filter(m -> m.key().equals(key)).findFirst();
    }
}
