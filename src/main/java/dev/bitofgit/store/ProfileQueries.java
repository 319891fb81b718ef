package dev.bitofgit.store;

import static java.util.Objects.requireNonNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * The read side the tools run on: every query is per account, honours private-repository visibility, and stays
 * portable between SQLite and PostgreSQL except full-text search, which has one branch per dialect here.
 */
public final class ProfileQueries {
    private final Database database;

    public ProfileQueries(Database database) {
        this.database = requireNonNull(database, "database == null");
    }

    /** The read side of pull requests, reviews and issues, on the same store. */
    public WorkQueries work() {
        return new WorkQueries(database);
    }

    /** One number per repository, for rankings by any measure, on the same store. */
    public RepoMeasures measures() {
        return new RepoMeasures(database, this);
    }

    // ------------------------------------------------------------------ records

    /** The account a tool call is about; {@code ingestedAt} empty while its first ingest is still running. */
    public record AccountRef(long id, String login, Optional<String> name, Optional<String> bio, String htmlUrl,
                             Optional<Instant> createdAt, Optional<Instant> ingestedAt) {
    }

    /** A repository with its commit totals (all and the account's own) and signal flags, for lists and overviews. */
    public record RepoSummary(long id, String name, Optional<String> description, String htmlUrl, boolean isPrivate,
                              boolean fork, boolean archived, String defaultBranch, Instant createdAt,
                              Optional<Instant> pushedAt, int stars, int forks, int openIssues, List<String> topics,
                              Optional<String> licenseSpdx, Optional<String> primaryLanguage, long commits,
                              long ownCommits, Optional<Instant> firstCommitAt, Optional<Instant> lastCommitAt,
                              int sizeKb) {
    }

    public record SignalRow(long repoId, String repo, List<String> ciSystems, boolean hasTests,
                            List<String> testFrameworks, boolean hasLint, boolean hasPrecommit, boolean hasDockerfile,
                            boolean hasCompose, boolean hasMakefile, boolean hasLicense, boolean hasCodeOfConduct,
                            boolean hasContributing, boolean hasSecurityPolicy, boolean hasIssueTemplates,
                            boolean hasPrTemplate, boolean hasChangelog, boolean hasDocs, int automationScore,
                            int codingStandardsScore, int organizationScore) {
    }

    public record CommitRow(String repo, String sha, Instant authoredAt, int utcOffsetMinutes, Optional<String> authorName,
                            Optional<String> authorLogin, boolean own, String message, int additions, int deletions,
                            int parentCount, java.util.OptionalInt changedFiles) {
    }

    public record Contributor(String name, Optional<String> login, long commits, boolean own) {
    }

    /** Commits per local calendar day (the author's own UTC offset), the unit every activity roll-up starts from. */
    public record DayActivity(long epochDay, long commits, long ownCommits, long additions, long deletions) {
    }

    public record HourActivity(int hour, long commits) {
    }

    public record RepoActivity(String repo, long commits, long ownCommits, long additions, long deletions,
                               long activeDays, Optional<Instant> lastCommitAt) {
    }

    public record ReadmeHit(String repo, String path, String content) {
    }

    /** Filters shared by the commit queries; empty fields do not filter. */
    /**
     * Which commits: of some repositories (none listed: all the caller may see), in [since, until), by one person,
     * the user's own only.
     */
    public record CommitFilter(List<Long> repoIds, OptionalLong since, OptionalLong until, Optional<String> author,
                               boolean ownOnly, CommitConditions conditions, boolean excludeBots) {
        public CommitFilter {
            repoIds = List.copyOf(repoIds);
            java.util.Objects.requireNonNull(conditions, "conditions == null");
        }

        /** Bots' commits included. */
        public CommitFilter(List<Long> repoIds, OptionalLong since, OptionalLong until, Optional<String> author,
                            boolean ownOnly, CommitConditions conditions) {
            this(repoIds, since, until, author, ownOnly, conditions, false);
        }

        /** Without conditions on single commits. */
        public CommitFilter(List<Long> repoIds, OptionalLong since, OptionalLong until, Optional<String> author,
                            boolean ownOnly) {
            this(repoIds, since, until, author, ownOnly, CommitConditions.NONE);
        }

        public CommitFilter withConditions(CommitConditions value) {
            return new CommitFilter(repoIds, since, until, author, ownOnly, value, excludeBots);
        }

        /** The same commits less the bots' (dependabot, renovate, github-actions, "[bot]" logins). */
        public CommitFilter withoutBots() {
            return new CommitFilter(repoIds, since, until, author, ownOnly, conditions, true);
        }

        /** One repository, or all. */
        public CommitFilter(Optional<Long> repoId, OptionalLong since, OptionalLong until, Optional<String> author,
                            boolean ownOnly) {
            this(repoId.map(List::of).orElse(List.of()), since, until, author, ownOnly);
        }

        public static CommitFilter all() {
            return new CommitFilter(List.of(), OptionalLong.empty(), OptionalLong.empty(), Optional.empty(), false);
        }

        /** Whether the commits are limited to some repositories. */
        public boolean someRepos() {
            return !repoIds.isEmpty();
        }
    }

    /** " AND column IN (…)" when the filter names repositories; bound by {@link #bindRepos}. */
    private static String repoClause(String column, CommitFilter filter) {
        return filter.someRepos() ? " AND " + column + " IN (<repoIds>)" : "";
    }

    private static void bindRepos(Query query, CommitFilter filter) {
        if (filter.someRepos()) {
            query.bindList("repoIds", filter.repoIds());
        }
    }

    // ------------------------------------------------------------------ accounts and repos

    /** An account the store holds, for listing: no counts (they depend on who asks). */
    public record AccountListing(long id, String login, Optional<String> name, String source, Optional<Instant> ingestedAt) {
    }

    /** Every account in the store, by login. */
    public List<AccountListing> accounts() {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT id, login, name, source, ingested_at FROM accounts ORDER BY login_key")
                .map((rs, ctx) -> new AccountListing(rs.getLong("id"), rs.getString("login"),
                        Optional.ofNullable(rs.getString("name")), rs.getString("source"), Rows.instant(rs, "ingested_at")))
                .list());
    }

    public Optional<AccountRef> account(String login) {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT id, login, name, bio, html_url, created_at, ingested_at FROM accounts WHERE login_key = :key")
                .bind("key", login.toLowerCase(Locale.ROOT))
                .map((rs, ctx) -> new AccountRef(rs.getLong("id"), rs.getString("login"),
                        Optional.ofNullable(rs.getString("name")), Optional.ofNullable(rs.getString("bio")),
                        rs.getString("html_url"), Rows.instant(rs, "created_at"), Rows.instant(rs, "ingested_at")))
                .findOne());
    }

    private static final String REPO_SELECT = """
            SELECT r.id, r.name, r.description, r.html_url, r.is_private, r.is_fork, r.is_archived, r.default_branch,
                   r.created_at, r.pushed_at, r.stars, r.forks, r.open_issues, r.topics, r.license_spdx,
                   r.primary_language, r.size_kb,
                   COALESCE(s.commits, 0) AS commit_count, COALESCE(s.own_commits, 0) AS own_count,
                   s.first_at, s.last_at
            FROM repositories r
            LEFT JOIN repo_stats s ON s.repo_id = r.id
            WHERE r.account_id = :account AND r.removed_at IS NULL
              AND (r.is_private = FALSE OR :private = TRUE)
            """;

    /** All visible repositories of the account (the tools sort, filter and page them in memory: ≤ a few hundred). */
    public List<RepoSummary> repositories(long accountId, boolean includePrivate) {
        return database.jdbi().withHandle(handle -> handle.createQuery(REPO_SELECT + " ORDER BY r.name_key")
                .bind("account", accountId)
                .bind("private", includePrivate)
                .map((rs, ctx) -> repoSummary(rs))
                .list());
    }

    public Map<Long, Map<String, Long>> languages(long accountId, boolean includePrivate) {
        return database.jdbi().withHandle(handle -> {
            Map<Long, Map<String, Long>> result = new java.util.LinkedHashMap<>();
            handle.createQuery("""
                            SELECT l.repo_id, l.language, l.bytes FROM repo_languages l
                            JOIN repositories r ON r.id = l.repo_id
                            WHERE r.account_id = :account AND r.removed_at IS NULL
                              AND (r.is_private = FALSE OR :private = TRUE)
                            ORDER BY l.repo_id, l.bytes DESC, l.language
                            """)
                    .bind("account", accountId)
                    .bind("private", includePrivate)
                    .map((rs, ctx) -> {
                        result.computeIfAbsent(rs.getLong(1), id -> new java.util.LinkedHashMap<>())
                                .put(rs.getString(2), rs.getLong(3));
                        return null;
                    })
                    .list();
            return result;
        });
    }

    public Map<Long, List<String>> technologies(long accountId, boolean includePrivate) {
        return database.jdbi().withHandle(handle -> {
            Map<Long, List<String>> result = new java.util.LinkedHashMap<>();
            handle.createQuery("""
                            SELECT t.repo_id, t.technology FROM repo_technologies t
                            JOIN repositories r ON r.id = t.repo_id
                            WHERE r.account_id = :account AND r.removed_at IS NULL
                              AND (r.is_private = FALSE OR :private = TRUE)
                            ORDER BY t.repo_id, t.technology
                            """)
                    .bind("account", accountId)
                    .bind("private", includePrivate)
                    .map((rs, ctx) -> result.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2)))
                    .list();
            return result;
        });
    }

    public Map<Long, SignalRow> signals(long accountId, boolean includePrivate) {
        return database.jdbi().withHandle(handle -> {
            Map<Long, SignalRow> result = new java.util.LinkedHashMap<>();
            handle.createQuery("""
                            SELECT s.*, r.name FROM repo_signals s JOIN repositories r ON r.id = s.repo_id
                            WHERE r.account_id = :account AND r.removed_at IS NULL
                              AND (r.is_private = FALSE OR :private = TRUE)
                            """)
                    .bind("account", accountId)
                    .bind("private", includePrivate)
                    .map((rs, ctx) -> result.put(rs.getLong("repo_id"), new SignalRow(rs.getLong("repo_id"),
                            rs.getString("name"), Rows.lines(rs.getString("ci_systems")), rs.getBoolean("has_tests"),
                            Rows.lines(rs.getString("test_frameworks")), rs.getBoolean("has_lint"),
                            rs.getBoolean("has_precommit"), rs.getBoolean("has_dockerfile"), rs.getBoolean("has_compose"),
                            rs.getBoolean("has_makefile"), rs.getBoolean("has_license"),
                            rs.getBoolean("has_code_of_conduct"), rs.getBoolean("has_contributing"),
                            rs.getBoolean("has_security_policy"), rs.getBoolean("has_issue_templates"),
                            rs.getBoolean("has_pr_template"), rs.getBoolean("has_changelog"), rs.getBoolean("has_docs"),
                            rs.getInt("automation_score"), rs.getInt("coding_standards_score"),
                            rs.getInt("organization_score"))))
                    .list();
            return result;
        });
    }

    /** Ids of the account's repositories that have a README. */
    public java.util.Set<Long> reposWithReadme(long accountId) {
        return database.jdbi().withHandle(handle -> new java.util.HashSet<>(handle.createQuery(
                        "SELECT m.repo_id FROM readmes m JOIN repositories r ON r.id = m.repo_id WHERE r.account_id = :account")
                .bind("account", accountId).mapTo(Long.class).list()));
    }

    public Optional<dev.bitofgit.store.Readme> readme(long repoId) {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT path, content, truncated FROM readmes WHERE repo_id = :id")
                .bind("id", repoId)
                .map((rs, ctx) -> new Readme(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
                .findOne());
    }

    public List<Contributor> contributors(long repoId, int limit) {
        return database.jdbi().withHandle(handle -> handle.createQuery("""
                        SELECT COALESCE(MAX(author_name), MAX(author_login), 'unknown') AS name, MAX(author_login) AS login,
                               COUNT(*) AS commits, MAX(CASE WHEN is_own THEN 1 ELSE 0 END) AS own
                        FROM commits WHERE repo_id = :id
                        GROUP BY CASE WHEN is_own THEN '' ELSE COALESCE(author_login, LOWER(author_email), '?') END
                        ORDER BY commits DESC, name LIMIT :limit
                        """)
                .bind("id", repoId)
                .bind("limit", limit)
                .map((rs, ctx) -> new Contributor(rs.getString(1), Optional.ofNullable(rs.getString(2)), rs.getLong(3),
                        rs.getInt(4) == 1))
                .list());
    }

    // ------------------------------------------------------------------ commits

    public List<CommitRow> timeline(long accountId, boolean includePrivate, CommitFilter filter, int limit, int offset) {
        return database.jdbi().withHandle(handle -> {
            StringBuilder sql = new StringBuilder("""
                    SELECT r.name, c.sha, c.authored_at, c.author_utc_offset, c.author_name, c.author_login, c.is_own,
                           c.message, c.additions, c.deletions, c.parent_count, c.changed_files
                    """ + commitsOf(filter));
            appendFilter(sql, filter);
            sql.append(" ORDER BY c.authored_at DESC, c.sha LIMIT :limit OFFSET :offset");
            Query query = handle.createQuery(sql.toString())
                    .bind("account", accountId).bind("private", includePrivate)
                    .bind("limit", limit).bind("offset", offset);
            bindFilter(query, filter);
            return query.map((rs, ctx) -> commitRow(rs)).list();
        });
    }

    /** Full-text search over commit messages: FTS5 on SQLite, tsvector on PostgreSQL; best matches first. */
    public List<CommitRow> searchCommits(long accountId, boolean includePrivate, String terms, CommitFilter filter,
                                         int limit) {
        return database.jdbi().withHandle(handle -> {
            StringBuilder sql = new StringBuilder(COMMIT_COLUMNS);
            appendMatches(sql, filter);
            sql.append(database.dialect() == Dialect.SQLITE
                    ? " ORDER BY f.rank, c.authored_at DESC LIMIT :limit"
                    : " ORDER BY ts_rank(to_tsvector('english', c.message), plainto_tsquery('english', :terms)) DESC,"
                            + " c.authored_at DESC LIMIT :limit");
            Query query = bindMatches(handle.createQuery(sql.toString()), accountId, includePrivate, terms, filter)
                    .bind("limit", limit);
            return query.map((rs, ctx) -> commitRow(rs)).list();
        });
    }

    /** How many commits the full-text search matches in all ("how many commits mention refactor"), not one page. */
    public long countCommitMatches(long accountId, boolean includePrivate, String terms, CommitFilter filter) {
        return database.jdbi().withHandle(handle -> {
            StringBuilder sql = new StringBuilder("SELECT COUNT(*)");
            appendMatches(sql, filter);
            return bindMatches(handle.createQuery(sql.toString()), accountId, includePrivate, terms, filter)
                    .mapTo(Long.class).one();
        });
    }

    private void appendMatches(StringBuilder sql, CommitFilter filter) {
        sql.append(" FROM commits c JOIN repositories r ON r.id = c.repo_id");
        if (database.dialect() == Dialect.SQLITE) {
            sql.append(" JOIN commits_fts f ON f.rowid = c.rowid AND commits_fts MATCH :terms ");
        }
        sql.append(" WHERE c.account_id = :account AND r.removed_at IS NULL AND (r.is_private = FALSE OR :private = TRUE) ");
        if (database.dialect() == Dialect.POSTGRESQL) {
            sql.append(" AND to_tsvector('english', c.message) @@ plainto_tsquery('english', :terms) ");
        }
        appendFilter(sql, filter);
        // The words' matches drive this query, so one person's commits are a plain condition on them.
        filter.author().ifPresent(author -> sql.append(" AND (LOWER(c.author_login) = :author"
                + " OR LOWER(c.author_name) = :author OR LOWER(c.author_email) = :author)"));
    }

    private Query bindMatches(Query query, long accountId, boolean includePrivate, String terms, CommitFilter filter) {
        query.bind("account", accountId).bind("private", includePrivate)
                .bind("terms", database.dialect() == Dialect.SQLITE ? ftsQuery(terms) : terms);
        bindFilter(query, filter);
        return query;
    }

    /** The given commits (repository id → shas) that the caller may see, with their repository's name; any order. */
    public List<CommitRow> commitsByKey(long accountId, boolean includePrivate, Map<Long, List<String>> shasByRepo) {
        if (shasByRepo.isEmpty()) {
            return List.of();
        }
        List<Map.Entry<Long, String>> keys = Rows.keys(shasByRepo);
        return database.jdbi().withHandle(handle -> {
            Query query = handle.createQuery(Rows.keyTable(keys.size()) + """
                    SELECT r.name, c.sha, c.authored_at, c.author_utc_offset, c.author_name, c.author_login, c.is_own,
                           c.message, c.additions, c.deletions, c.parent_count, c.changed_files
                    FROM k JOIN commits c ON c.repo_id = k.repo_id AND c.sha = k.sha
                    JOIN repositories r ON r.id = c.repo_id
                    WHERE r.account_id = :account AND r.removed_at IS NULL AND (r.is_private = FALSE OR :private = TRUE)
                    """)
                    .bind("account", accountId).bind("private", includePrivate);
            Rows.bindKeys(query, keys);
            return query.map((rs, ctx) -> commitRow(rs)).list();
        });
    }

    /** The names of the account's repositories the caller may see, by id (what a search by meaning may return). */
    public Map<Long, String> visibleRepoNames(long accountId, boolean includePrivate) {
        return database.jdbi().withHandle(handle -> {
            Map<Long, String> names = new java.util.LinkedHashMap<>();
            handle.createQuery("""
                            SELECT id, name FROM repositories
                            WHERE account_id = :account AND removed_at IS NULL AND (is_private = FALSE OR :private = TRUE)
                            """)
                    .bind("account", accountId).bind("private", includePrivate)
                    .map((rs, ctx) -> Map.entry(rs.getLong("id"), rs.getString("name")))
                    .forEach(entry -> names.put(entry.getKey(), entry.getValue()));
            return names;
        });
    }

    /**
     * Turns free text into an FTS5 query that cannot be a syntax error or an injection: each word becomes a quoted
     * term (inner quotes doubled), all required; the last may match as a prefix.
     */
    static String ftsQuery(String text) {
        List<String> terms = new ArrayList<>();
        for (String word : text.split("[^\\p{L}\\p{N}_]+")) {
            if (!word.isBlank()) {
                terms.add("\"" + word.replace("\"", "\"\"") + "\"");
            }
        }
        if (terms.isEmpty()) {
            return "\"\"";
        }
        return String.join(" AND ", terms);
    }

    /**
     * Commits per local day from the roll-ups. {@code since}/{@code until} select whole days: a commit counts on the
     * author's local calendar day, which is how people count "commits in 2024".
     */
    public List<DayActivity> activityByDay(long accountId, boolean includePrivate, CommitFilter filter) {
        return database.jdbi().withHandle(handle -> {
            StringBuilder sql;
            if (filter.someRepos()) {
                sql = new StringBuilder("SELECT d.day, SUM(d.commits), SUM(d.own_commits), SUM(d.additions), SUM(d.deletions)"
                        + " FROM repo_daily d WHERE d.account_id = :account" + repoClause("d.repo_id", filter));
            } else {
                sql = new StringBuilder("SELECT d.day, SUM(d.commits), SUM(d.own_commits), SUM(d.additions), SUM(d.deletions)"
                        + " FROM account_daily d WHERE d.account_id = :account AND (d.is_private = FALSE OR :private = TRUE)");
            }
            appendDays(sql, filter);
            sql.append(" GROUP BY d.day ORDER BY d.day");
            Query query = handle.createQuery(sql.toString()).bind("account", accountId).bind("private", includePrivate);
            bindRepos(query, filter);
            bindDays(query, filter);
            return query.map((rs, ctx) -> new DayActivity(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                    rs.getLong(5))).list();
        });
    }

    /**
     * The user's own commits and lines per local day, from the per-repo roll-ups (the account roll-up does not keep
     * own lines). Rows are the user's own only: {@code commits} and {@code ownCommits} are both the own count.
     */
    public List<DayActivity> ownActivityByDay(long accountId, boolean includePrivate, CommitFilter filter) {
        return database.jdbi().withHandle(handle -> {
            StringBuilder sql = new StringBuilder("SELECT d.day, SUM(d.own_commits), SUM(d.own_additions),"
                    + " SUM(d.own_deletions) FROM repo_daily d JOIN repositories r ON r.id = d.repo_id"
                    + " WHERE d.account_id = :account AND r.removed_at IS NULL"
                    + " AND (r.is_private = FALSE OR :private = TRUE) AND d.own_commits > 0");
            sql.append(repoClause("d.repo_id", filter));
            appendDays(sql, filter);
            sql.append(" GROUP BY d.day ORDER BY d.day");
            Query query = handle.createQuery(sql.toString()).bind("account", accountId).bind("private", includePrivate);
            bindRepos(query, filter);
            bindDays(query, filter);
            return query.map((rs, ctx) -> new DayActivity(rs.getLong(1), rs.getLong(2), rs.getLong(2), rs.getLong(3),
                    rs.getLong(4))).list();
        });
    }

    /** Days on which the user made at least one commit. */
    public long ownActiveDays(long accountId, boolean includePrivate) {
        return database.jdbi().withHandle(handle -> handle.createQuery("""
                        SELECT COUNT(DISTINCT day) FROM account_daily
                        WHERE account_id = :account AND own_commits > 0 AND (is_private = FALSE OR :private = TRUE)
                        """)
                .bind("account", accountId).bind("private", includePrivate)
                .mapTo(Long.class).one());
    }

    public List<HourActivity> activityByHour(long accountId, boolean includePrivate, CommitFilter filter) {
        return database.jdbi().withHandle(handle -> {
            StringBuilder sql = new StringBuilder("""
                    SELECT ((c.authored_at + c.author_utc_offset * 60) % 86400) / 3600 AS hour, COUNT(*) AS commits
                    """ + commitsOf(filter));
            appendFilter(sql, filter);
            sql.append(" GROUP BY ((c.authored_at + c.author_utc_offset * 60) % 86400) / 3600 ORDER BY hour");
            Query query = handle.createQuery(sql.toString()).bind("account", accountId).bind("private", includePrivate);
            bindFilter(query, filter);
            return query.map((rs, ctx) -> new HourActivity(rs.getInt(1), rs.getLong(2))).list();
        });
    }

    /** Activity per repo over whole local days, from the roll-ups; {@code ownOnly} counts the user's commits only. */
    public List<RepoActivity> activityByRepo(long accountId, boolean includePrivate, CommitFilter filter) {
        if (filter.author().isPresent()) {
            return activityByRepoOfAuthor(accountId, includePrivate, filter);
        }
        return database.jdbi().withHandle(handle -> {
            String prefix = filter.ownOnly() ? "own_" : "";
            // Aggregate the covering index first, then join the few hundred repository rows.
            StringBuilder inner = new StringBuilder("SELECT d.repo_id, SUM(d." + prefix + "commits) AS commits,"
                    + " SUM(d.own_commits) AS own, SUM(d." + prefix + "additions) AS additions,"
                    + " SUM(d." + prefix + "deletions) AS deletions,"
                    + " SUM(CASE WHEN d." + prefix + "commits > 0 THEN 1 ELSE 0 END) AS days"
                    + " FROM repo_daily d WHERE d.account_id = :account");
            inner.append(repoClause("d.repo_id", filter));
            appendDays(inner, filter);
            inner.append(" GROUP BY d.repo_id");
            StringBuilder sql = new StringBuilder("SELECT r.name, a.commits, a.own, a.additions, a.deletions, a.days,"
                    + " s.last_at AS last_at FROM (" + inner + ") a JOIN repositories r ON r.id = a.repo_id"
                    + " JOIN repo_stats s ON s.repo_id = r.id"
                    + " WHERE r.removed_at IS NULL AND (r.is_private = FALSE OR :private = TRUE) AND a.commits > 0");
            Query query = handle.createQuery(sql.toString()).bind("account", accountId).bind("private", includePrivate);
            bindRepos(query, filter);
            bindDays(query, filter);
            return query.map((rs, ctx) -> new RepoActivity(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                    rs.getLong(5), rs.getLong(6), Rows.instant(rs, "last_at"))).list();
        });
    }

    /** One person's activity per repo (the roll-ups do not keep authors): their commits over whole local days. */
    private List<RepoActivity> activityByRepoOfAuthor(long accountId, boolean includePrivate, CommitFilter filter) {
        return database.jdbi().withHandle(handle -> {
            String local = "(c.authored_at + c.author_utc_offset * 60)";
            StringBuilder sql = new StringBuilder("SELECT r.name, COUNT(*), SUM(CASE WHEN c.is_own THEN 1 ELSE 0 END),"
                    + " SUM(c.additions), SUM(c.deletions), COUNT(DISTINCT " + local + " / 86400), MAX(c.authored_at)"
                    + AUTHOR_FROM);
            sql.append(repoClause("c.repo_id", filter));
            filter.since().ifPresent(since -> sql.append(" AND " + local + " >= :since"));
            filter.until().ifPresent(until -> sql.append(" AND " + local + " < :until"));
            sql.append(" GROUP BY r.name");
            Query query = handle.createQuery(sql.toString()).bind("account", accountId).bind("private", includePrivate)
                    .bind("author", filter.author().orElseThrow().toLowerCase(Locale.ROOT));
            bindRepos(query, filter);
            filter.since().ifPresent(since -> query.bind("since", since));
            filter.until().ifPresent(until -> query.bind("until", until));
            return query.map((rs, ctx) -> new RepoActivity(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                    rs.getLong(5), rs.getLong(6), Optional.of(Instant.ofEpochSecond(rs.getLong(7))))).list();
        });
    }

    /** Totals over the commits a filter selects: merges, lines, distinct people, and the first, last and largest. */
    public record CommitStats(long commits, long merges, long additions, long deletions, long distinctAuthors,
                              long changedFiles, long commitsWithFileCounts, Optional<CommitRow> first,
                              Optional<CommitRow> last, Optional<CommitRow> largest, Optional<CommitRow> mostFiles) {
    }

    /** A person other than the account who committed to its repositories. */
    public record Collaborator(String name, Optional<String> login, long commits, long repos,
                               Optional<Instant> lastCommitAt) {
    }

    /** One commit's instant and local offset, for grouping in a time zone the roll-ups were not built for. */
    public record CommitInstant(long authoredAt, int utcOffsetMinutes, boolean own, int additions, int deletions) {
    }

    private static final String COMMIT_FROM = """
             FROM commits c JOIN repositories r ON r.id = c.repo_id
             WHERE c.account_id = :account AND r.removed_at IS NULL AND (r.is_private = FALSE OR :private = TRUE)
            """;
    /**
     * One person's commits (login, name or e-mail, case-insensitively) as the keys of three index seeks: an OR over
     * the three columns leads both planners to read the account's whole history instead (SQLite picks the date index
     * for the ORDER BY), 150,000 commits for a person who made 6,000 of them.
     */
    private static final String AUTHOR_FROM = """
             FROM (SELECT repo_id, sha FROM commits WHERE account_id = :account AND LOWER(author_login) = :author
                   UNION SELECT repo_id, sha FROM commits WHERE account_id = :account AND LOWER(author_name) = :author
                   UNION SELECT repo_id, sha FROM commits WHERE account_id = :account AND LOWER(author_email) = :author) k
             JOIN commits c ON c.repo_id = k.repo_id AND c.sha = k.sha
             JOIN repositories r ON r.id = c.repo_id
             WHERE c.account_id = :account AND r.removed_at IS NULL AND (r.is_private = FALSE OR :private = TRUE)
            """;

    /** The commits a filter selects, before its other conditions: the account's, or one person's among them. */
    private static String commitsOf(CommitFilter filter) {
        return filter.author().isPresent() ? AUTHOR_FROM : COMMIT_FROM;
    }
    private static final String COMMIT_COLUMNS = """
            SELECT r.name, c.sha, c.authored_at, c.author_utc_offset, c.author_name, c.author_login, c.is_own,
                   c.message, c.additions, c.deletions, c.parent_count, c.changed_files
            """;
    /** Commits per kind of change ({@link CommitKinds}) and the messages' average length, over a filter's commits. */
    public record MessageStats(Map<String, Long> kinds, double averageLength, double averageFirstLineLength) {
    }

    public MessageStats messageStats(long accountId, boolean includePrivate, CommitFilter filter) {
        return database.jdbi().withHandle(handle -> {
            String firstLine = database.dialect() == Dialect.SQLITE
                    ? "LENGTH(CASE WHEN INSTR(c.message, CHAR(10)) > 0 THEN SUBSTR(c.message, 1, INSTR(c.message, CHAR(10)) - 1)"
                            + " ELSE c.message END)"
                    : "LENGTH(SPLIT_PART(c.message, CHR(10), 1))";
            StringBuilder sql = new StringBuilder("SELECT " + CommitKinds.sql() + " AS kind, COUNT(*),"
                    + " SUM(LENGTH(c.message)), SUM(" + firstLine + ")" + commitsOf(filter));
            appendFilter(sql, filter);
            sql.append(" GROUP BY ").append(CommitKinds.sql());
            Query query = handle.createQuery(sql.toString()).bind("account", accountId).bind("private", includePrivate);
            bindFilter(query, filter);
            Map<String, Long> kinds = new LinkedHashMap<>();
            long[] sums = new long[3];
            query.map((rs, ctx) -> {
                kinds.put(rs.getString(1), rs.getLong(2));
                sums[0] += rs.getLong(2);
                sums[1] += rs.getLong(3);
                sums[2] += rs.getLong(4);
                return 0;
            }).list();
            return new MessageStats(kinds, sums[0] == 0 ? 0 : (double) sums[1] / sums[0],
                    sums[0] == 0 ? 0 : (double) sums[2] / sums[0]);
        });
    }

    /** One person per identity: the account's own commits are one person, others by login, else e-mail, else name. */
    static final String IDENTITY = "CASE WHEN c.is_own THEN '(self)' ELSE COALESCE(LOWER(c.author_login), "
            + "LOWER(c.author_email), LOWER(c.author_name), '?') END";

    /** Totals and the first, latest and largest commits; the commit that changed most files only when asked. */
    public CommitStats commitStats(long accountId, boolean includePrivate, CommitFilter filter, boolean mostFiles) {
        return database.jdbi().withHandle(handle -> {
            StringBuilder sql = new StringBuilder("SELECT COUNT(*), COALESCE(SUM(CASE WHEN c.parent_count > 1 THEN 1 "
                    + "ELSE 0 END), 0), COALESCE(SUM(c.additions), 0), COALESCE(SUM(c.deletions), 0), COUNT(DISTINCT "
                    + IDENTITY + "), COALESCE(SUM(c.changed_files), 0), COUNT(c.changed_files)" + commitsOf(filter));
            appendFilter(sql, filter);
            Query totals = handle.createQuery(sql.toString()).bind("account", accountId).bind("private", includePrivate);
            bindFilter(totals, filter);
            long[] numbers = totals.map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3),
                    rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7)}).one();
            return new CommitStats(numbers[0], numbers[1], numbers[2], numbers[3], numbers[4], numbers[5], numbers[6],
                    oneCommit(handle, accountId, includePrivate, filter, "c.authored_at ASC, c.sha"),
                    oneCommit(handle, accountId, includePrivate, filter, "c.authored_at DESC, c.sha"),
                    oneCommit(handle, accountId, includePrivate, filter,
                            "(c.additions + c.deletions) DESC, c.authored_at DESC, c.sha"),
                    numbers[6] == 0 || !mostFiles ? Optional.empty() : oneCommit(handle, accountId, includePrivate, filter,
                            "COALESCE(c.changed_files, 0) DESC, c.authored_at DESC, c.sha"));
        });
    }

    private static Optional<CommitRow> oneCommit(org.jdbi.v3.core.Handle handle, long accountId, boolean includePrivate,
                                                 CommitFilter filter, String order) {
        StringBuilder sql = new StringBuilder(COMMIT_COLUMNS + commitsOf(filter));
        appendFilter(sql, filter);
        sql.append(" ORDER BY ").append(order).append(" LIMIT 1");
        Query query = handle.createQuery(sql.toString()).bind("account", accountId).bind("private", includePrivate);
        bindFilter(query, filter);
        return query.map((rs, ctx) -> commitRow(rs)).findOne();
    }

    /**
     * One number per repository over the commits a filter selects (its conditions included): {@code expression} is
     * an aggregate over the commits table aliased {@code c}, e.g. COUNT(*) or SUM(c.additions). Repositories
     * without such commits are absent.
     */
    public Map<String, Long> perRepo(long accountId, boolean includePrivate, CommitFilter filter, String expression) {
        return database.jdbi().withHandle(handle -> {
            StringBuilder sql = new StringBuilder("SELECT r.name, " + expression + commitsOf(filter));
            appendFilter(sql, filter);
            sql.append(" GROUP BY r.name");
            Query query = handle.createQuery(sql.toString()).bind("account", accountId).bind("private", includePrivate);
            bindFilter(query, filter);
            Map<String, Long> values = new java.util.LinkedHashMap<>();
            query.map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2))).forEach(e -> values.put(e.getKey(), e.getValue()));
            return values;
        });
    }

    /** Commits per UTC offset they were made at (minutes east of UTC), with the first and latest such commit. */
    public record OffsetUse(int offsetMinutes, long commits, Instant first, Instant last) {
    }

    public List<OffsetUse> offsets(long accountId, boolean includePrivate, CommitFilter filter) {
        return database.jdbi().withHandle(handle -> {
            StringBuilder sql = new StringBuilder("SELECT c.author_utc_offset, COUNT(*), MIN(c.authored_at), "
                    + "MAX(c.authored_at)" + commitsOf(filter));
            appendFilter(sql, filter);
            sql.append(" GROUP BY c.author_utc_offset ORDER BY 2 DESC, 1");
            Query query = handle.createQuery(sql.toString()).bind("account", accountId).bind("private", includePrivate);
            bindFilter(query, filter);
            return query.map((rs, ctx) -> new OffsetUse(rs.getInt(1), rs.getLong(2), Instant.ofEpochSecond(rs.getLong(3)),
                    Instant.ofEpochSecond(rs.getLong(4)))).list();
        });
    }

    /** People other than the account, most commits first, over the commits the filter selects. */
    public List<Collaborator> collaborators(long accountId, boolean includePrivate, CommitFilter filter, int limit) {
        return database.jdbi().withHandle(handle -> {
            StringBuilder sql = new StringBuilder("SELECT COALESCE(MAX(c.author_name), MAX(c.author_login), 'unknown'),"
                    + " MAX(c.author_login), COUNT(*) AS commits, COUNT(DISTINCT c.repo_id), MAX(c.authored_at)"
                    + commitsOf(filter) + " AND c.is_own = FALSE");
            appendFilter(sql, filter);
            sql.append(" GROUP BY ").append(IDENTITY).append(" ORDER BY commits DESC, 1 LIMIT :limit");
            Query query = handle.createQuery(sql.toString()).bind("account", accountId).bind("private", includePrivate)
                    .bind("limit", limit);
            bindFilter(query, filter);
            return query.map((rs, ctx) -> new Collaborator(rs.getString(1), Optional.ofNullable(rs.getString(2)),
                    rs.getLong(3), rs.getLong(4), Optional.of(Instant.ofEpochSecond(rs.getLong(5))))).list();
        });
    }

    /**
     * Activity per calendar day at a fixed UTC offset (UTC itself, "+05:30"), grouped in SQL: the whole account's
     * commits never leave the database. {@code ownOnly} counts and sums the user's own commits only.
     */
    public List<DayActivity> activityByDayAtOffset(long accountId, boolean includePrivate, CommitFilter filter,
                                                   int offsetSeconds) {
        return database.jdbi().withHandle(handle -> {
            String day = "((c.authored_at + :offset) - (((c.authored_at + :offset) % 86400) + 86400) % 86400) / 86400";
            StringBuilder inner = new StringBuilder("SELECT " + day + " AS local_day, c.is_own, c.additions, c.deletions"
                    + commitsOf(filter));
            appendFilter(inner, filter);
            StringBuilder sql = new StringBuilder("SELECT local_day, COUNT(*), SUM(CASE WHEN is_own THEN 1 ELSE 0 END),"
                    + " SUM(additions), SUM(deletions) FROM (" + inner + ") zoned GROUP BY local_day ORDER BY local_day");
            Query query = handle.createQuery(sql.toString()).bind("account", accountId).bind("private", includePrivate)
                    .bind("offset", offsetSeconds);
            bindFilter(query, filter);
            return query.map((rs, ctx) -> new DayActivity(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                    rs.getLong(5))).list();
        });
    }

    /** Commits per hour of the day at a fixed UTC offset, grouped in SQL. */
    public List<HourActivity> activityByHourAtOffset(long accountId, boolean includePrivate, CommitFilter filter,
                                                     int offsetSeconds) {
        return database.jdbi().withHandle(handle -> {
            String hour = "((((c.authored_at + :offset) % 86400) + 86400) % 86400) / 3600";
            StringBuilder inner = new StringBuilder("SELECT " + hour + " AS local_hour" + commitsOf(filter));
            appendFilter(inner, filter);
            StringBuilder sql = new StringBuilder("SELECT local_hour, COUNT(*) FROM (" + inner + ") zoned"
                    + " GROUP BY local_hour ORDER BY local_hour");
            Query query = handle.createQuery(sql.toString()).bind("account", accountId).bind("private", includePrivate)
                    .bind("offset", offsetSeconds);
            bindFilter(query, filter);
            return query.map((rs, ctx) -> new HourActivity(rs.getInt(1), rs.getLong(2))).list();
        });
    }

    /** How many different people committed to each repository (the user counts once), over the filter. */
    public Map<String, Long> peoplePerRepo(long accountId, boolean includePrivate, CommitFilter filter) {
        return database.jdbi().withHandle(handle -> {
            StringBuilder sql = new StringBuilder("SELECT r.name, COUNT(DISTINCT " + IDENTITY + ")" + commitsOf(filter));
            appendFilter(sql, filter);
            sql.append(" GROUP BY r.name");
            Query query = handle.createQuery(sql.toString()).bind("account", accountId).bind("private", includePrivate);
            bindFilter(query, filter);
            Map<String, Long> people = new java.util.LinkedHashMap<>();
            query.map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2))).forEach(e -> people.put(e.getKey(), e.getValue()));
            return people;
        });
    }

    /**
     * Commits per hour of the day over all time, from the hourly roll-up: in each commit's own zone, or in UTC.
     * Only for filters without a period or an author (the roll-up keeps neither).
     */
    public List<HourActivity> hoursFromRollup(long accountId, boolean includePrivate, List<Long> repoIds,
                                              boolean utc, boolean ownOnly) {
        return database.jdbi().withHandle(handle -> {
            String hour = utc ? "h.utc_hour" : "h.local_hour";
            StringBuilder sql = new StringBuilder("SELECT " + hour + ", SUM(h." + (ownOnly ? "own_commits" : "commits")
                    + ") FROM repo_hourly h JOIN repositories r ON r.id = h.repo_id WHERE h.account_id = :account"
                    + " AND r.removed_at IS NULL AND (r.is_private = FALSE OR :private = TRUE)");
            if (!repoIds.isEmpty()) {
                sql.append(" AND h.repo_id IN (<repoIds>)");
            }
            sql.append(" GROUP BY ").append(hour).append(" ORDER BY ").append(hour);
            Query query = handle.createQuery(sql.toString()).bind("account", accountId).bind("private", includePrivate);
            if (!repoIds.isEmpty()) {
                query.bindList("repoIds", repoIds);
            }
            return query.map((rs, ctx) -> new HourActivity(rs.getInt(1), rs.getLong(2))).list();
        });
    }

    /**
     * Activity per UTC calendar day from the UTC roll-up (everyone's commits and lines, or the user's own when
     * {@code ownOnly}); {@code since}/{@code until} select whole UTC days. Not for author filters.
     */
    public List<DayActivity> activityByUtcDay(long accountId, boolean includePrivate, CommitFilter filter) {
        return database.jdbi().withHandle(handle -> {
            String prefix = filter.ownOnly() ? "own_" : "";
            StringBuilder sql = new StringBuilder("SELECT d.day, SUM(d." + prefix + "commits), SUM(d.own_commits),"
                    + " SUM(d." + prefix + "additions), SUM(d." + prefix + "deletions) FROM repo_daily_utc d"
                    + " JOIN repositories r ON r.id = d.repo_id WHERE d.account_id = :account AND r.removed_at IS NULL"
                    + " AND (r.is_private = FALSE OR :private = TRUE)");
            sql.append(repoClause("d.repo_id", filter));
            appendDays(sql, filter);
            sql.append(" GROUP BY d.day HAVING SUM(d." + prefix + "commits) > 0 ORDER BY d.day");
            Query query = handle.createQuery(sql.toString()).bind("account", accountId).bind("private", includePrivate);
            bindRepos(query, filter);
            bindDays(query, filter);
            return query.map((rs, ctx) -> new DayActivity(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                    rs.getLong(5))).list();
        });
    }

    /** Every selected commit's instant and offset (for activity in an explicit time zone), oldest first. */
    public List<CommitInstant> commitInstants(long accountId, boolean includePrivate, CommitFilter filter) {
        return database.jdbi().withHandle(handle -> {
            StringBuilder sql = new StringBuilder("SELECT c.authored_at, c.author_utc_offset, c.is_own, c.additions,"
                    + " c.deletions" + commitsOf(filter));
            appendFilter(sql, filter);
            // Sorted here, not in SQL: an ORDER BY makes SQLite walk the date index over the account's whole history
            // rather than seek the few commits the filter selects.
            Query query = handle.createQuery(sql.toString()).bind("account", accountId).bind("private", includePrivate);
            bindFilter(query, filter);
            List<CommitInstant> instants = new ArrayList<>(query.map((rs, ctx) -> new CommitInstant(rs.getLong(1),
                    rs.getInt(2), rs.getBoolean(3), rs.getInt(4), rs.getInt(5))).list());
            instants.sort(java.util.Comparator.comparingLong(CommitInstant::authoredAt));
            return instants;
        });
    }

    /** The oldest commits first (the user's very first commit), with the same filters as {@link #timeline}. */
    public List<CommitRow> oldestFirst(long accountId, boolean includePrivate, CommitFilter filter, int limit, int offset) {
        return database.jdbi().withHandle(handle -> {
            StringBuilder sql = new StringBuilder(COMMIT_COLUMNS + commitsOf(filter));
            appendFilter(sql, filter);
            sql.append(" ORDER BY c.authored_at ASC, c.sha LIMIT :limit OFFSET :offset");
            Query query = handle.createQuery(sql.toString()).bind("account", accountId).bind("private", includePrivate)
                    .bind("limit", limit).bind("offset", offset);
            bindFilter(query, filter);
            return query.map((rs, ctx) -> commitRow(rs)).list();
        });
    }

    private static void appendDays(StringBuilder sql, CommitFilter filter) {
        filter.since().ifPresent(since -> sql.append(" AND d.day >= :sinceDay"));
        filter.until().ifPresent(until -> sql.append(" AND d.day < :untilDay"));
    }

    private static void bindDays(Query query, CommitFilter filter) {
        filter.since().ifPresent(since -> query.bind("sinceDay", Math.floorDiv(since, 86_400L)));
        filter.until().ifPresent(until -> query.bind("untilDay", Math.floorDiv(until + 86_399L, 86_400L)));
    }

    public List<ReadmeHit> searchReadmes(long accountId, boolean includePrivate, String terms, int limit) {
        return database.jdbi().withHandle(handle -> {
            String sql = database.dialect() == Dialect.SQLITE
                    ? """
                      SELECT r.name, m.path, m.content FROM readmes m
                      JOIN readmes_fts f ON f.rowid = m.rowid AND readmes_fts MATCH :terms
                      JOIN repositories r ON r.id = m.repo_id
                      WHERE r.account_id = :account AND r.removed_at IS NULL AND (r.is_private = FALSE OR :private = TRUE)
                      ORDER BY f.rank LIMIT :limit
                      """
                    : """
                      SELECT r.name, m.path, m.content FROM readmes m
                      JOIN repositories r ON r.id = m.repo_id
                      WHERE r.account_id = :account AND r.removed_at IS NULL AND (r.is_private = FALSE OR :private = TRUE)
                        AND to_tsvector('english', m.content) @@ plainto_tsquery('english', :terms)
                      ORDER BY ts_rank(to_tsvector('english', m.content), plainto_tsquery('english', :terms)) DESC
                      LIMIT :limit
                      """;
            return handle.createQuery(sql)
                    .bind("account", accountId).bind("private", includePrivate)
                    .bind("terms", database.dialect() == Dialect.SQLITE ? ftsQuery(terms) : terms)
                    .bind("limit", limit)
                    .map((rs, ctx) -> new ReadmeHit(rs.getString(1), rs.getString(2), rs.getString(3)))
                    .list();
        });
    }

    // ------------------------------------------------------------------ helpers

    private static void appendFilter(StringBuilder sql, CommitFilter filter) {
        sql.append(repoClause("c.repo_id", filter));
        filter.since().ifPresent(since -> sql.append(" AND c.authored_at >= :since"));
        filter.until().ifPresent(until -> sql.append(" AND c.authored_at < :until"));
        if (filter.ownOnly()) {
            sql.append(" AND c.is_own = TRUE");
        }
        sql.append(filter.conditions().sql());
        if (filter.excludeBots()) {
            sql.append(" AND c.is_bot = FALSE");
        }
    }

    private static void bindFilter(Query query, CommitFilter filter) {
        bindRepos(query, filter);
        filter.conditions().bind(query);
        filter.since().ifPresent(since -> query.bind("since", since));
        filter.until().ifPresent(until -> query.bind("until", until));
        filter.author().ifPresent(author -> query.bind("author", author.toLowerCase(Locale.ROOT)));
    }

    private static CommitRow commitRow(ResultSet rs) throws SQLException {
        return new CommitRow(rs.getString(1), rs.getString(2), Instant.ofEpochSecond(rs.getLong(3)), rs.getInt(4),
                Optional.ofNullable(rs.getString(5)), Optional.ofNullable(rs.getString(6)), rs.getBoolean(7),
                rs.getString(8), rs.getInt(9), rs.getInt(10), rs.getInt(11),
                rs.getObject(12) == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(rs.getInt(12)));
    }

    private static RepoSummary repoSummary(ResultSet rs) throws SQLException {
        return new RepoSummary(rs.getLong("id"), rs.getString("name"), Optional.ofNullable(rs.getString("description")),
                rs.getString("html_url"), rs.getBoolean("is_private"), rs.getBoolean("is_fork"),
                rs.getBoolean("is_archived"), rs.getString("default_branch"),
                Instant.ofEpochSecond(rs.getLong("created_at")), Rows.instant(rs, "pushed_at"), rs.getInt("stars"),
                rs.getInt("forks"), rs.getInt("open_issues"), Rows.lines(rs.getString("topics")),
                Optional.ofNullable(rs.getString("license_spdx")), Optional.ofNullable(rs.getString("primary_language")),
                rs.getLong("commit_count"), rs.getLong("own_count"), Rows.instant(rs, "first_at"),
                Rows.instant(rs, "last_at"), rs.getInt("size_kb"));
    }

}
