package dev.bitofgit.store;

import dev.bitofgit.store.ProfileQueries.CommitFilter;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * The commits one read selects: the account's commits in repositories the caller may see, or one person's among them,
 * narrowed by a {@link CommitFilter}. Every commit query starts from here, so the visibility rule, the author seek and
 * the filter's conditions are written once and always bound together.
 */
final class CommitScope {
    /** One person per identity: the account's own commits are one person, others by login, else e-mail, else name. */
    static final String IDENTITY = "CASE WHEN c.is_own THEN '(self)' ELSE COALESCE(LOWER(c.author_login), "
            + "LOWER(c.author_email), LOWER(c.author_name), '?') END";

    /** The columns of a {@link ProfileQueries.CommitRow}, named as its components. */
    static final String COMMIT_COLUMNS = """
            SELECT r.name AS repo, c.sha, c.authored_at, c.author_utc_offset AS utc_offset_minutes, c.author_name,
                   c.author_login, c.is_own AS own, c.message, c.additions, c.deletions, c.parent_count, c.changed_files
            """;

    private static final String COMMIT_FROM = """
             FROM commits c JOIN repositories r ON r.id = c.repo_id
             WHERE c.account_id = :account AND <visible>
            """;

    /**
     * The same commits with the commits table read first (SQLite keeps a CROSS JOIN's order), for a page in date
     * order: left to choose, SQLite walks the repositories and sorts every commit of the account (70–110 ms for
     * the oldest of 114,000) instead of reading the account's date index up to the page.
     */
    private static final String COMMITS_FIRST_FROM = """
             FROM commits c CROSS JOIN repositories r
             WHERE r.id = c.repo_id AND c.account_id = :account AND <visible>
            """;

    /**
     * One person's commits (login, name or e-mail, case-insensitively) as the keys of three index seeks: an OR over
     * the three columns leads both planners to read the account's whole history instead (SQLite picks the date index
     * for the ORDER BY), 150,000 commits for a person who made 6,000 of them.
     */
    private static final String AUTHOR_FROM_POSTGRES = """
             FROM (SELECT repo_id, sha FROM commits WHERE account_id = :account AND LOWER(author_login) = :author
                   UNION SELECT repo_id, sha FROM commits WHERE account_id = :account AND LOWER(author_name) = :author
                   UNION SELECT repo_id, sha FROM commits WHERE account_id = :account AND LOWER(author_email) = :author) k
             JOIN commits c ON c.repo_id = k.repo_id AND c.sha = k.sha
             JOIN repositories r ON r.id = c.repo_id
             WHERE c.account_id = :account AND <visible>
            """;

    /**
     * The same on SQLite, keyed by rowid: looking 6,000 commits up by their (repo_id, sha) key took three times as
     * long as by rowid (110 ms against 30 ms on the 150,000-commit account).
     */
    private static final String AUTHOR_FROM_SQLITE = """
             FROM commits c JOIN repositories r ON r.id = c.repo_id
             WHERE c.rowid IN (SELECT rowid FROM commits WHERE account_id = :account AND LOWER(author_login) = :author
                   UNION SELECT rowid FROM commits WHERE account_id = :account AND LOWER(author_name) = :author
                   UNION SELECT rowid FROM commits WHERE account_id = :account AND LOWER(author_email) = :author)
               AND c.account_id = :account AND <visible>
            """;

    private final Dialect dialect;
    private final long accountId;
    private final boolean includePrivate;
    private final CommitFilter filter;

    CommitScope(Dialect dialect, long accountId, boolean includePrivate, CommitFilter filter) {
        this.dialect = dialect;
        this.accountId = accountId;
        this.includePrivate = includePrivate;
        this.filter = filter;
    }

    /** " FROM … WHERE …" over the selected commits (aliases {@code c} and {@code r}), the filter's conditions included. */
    String from() {
        return " " + (filter.author().isPresent() ? authorFrom() : COMMIT_FROM) + conditions(filter);
    }

    /** {@link #from()} for a page ordered by date: the commits are read through their date index. */
    String fromInDateOrder() {
        return " " + (filter.author().isPresent() ? authorFrom() : COMMITS_FIRST_FROM) + conditions(filter);
    }

    private String authorFrom() {
        return dialect == Dialect.SQLITE ? AUTHOR_FROM_SQLITE : AUTHOR_FROM_POSTGRES;
    }

    /** The filter's conditions on the commits table aliased {@code c}; the author is the FROM clause's. */
    static Conditions conditions(CommitFilter filter) {
        Conditions where = repos("c.repo_id", filter);
        filter.since().ifPresent(since -> where.and("c.authored_at >= :since", "since", since));
        filter.until().ifPresent(until -> where.and("c.authored_at < :until", "until", until));
        if (filter.ownOnly()) {
            where.and("c.is_own = TRUE");
        }
        where.and(filter.conditions().where());
        if (filter.excludeBots()) {
            where.and("c.is_bot = FALSE");
        }
        return where;
    }

    /** The filter's repositories, as a condition on {@code column}; none when it names none. */
    static Conditions repos(String column, CommitFilter filter) {
        Conditions where = new Conditions();
        if (filter.someRepos()) {
            where.in(column, "repoIds", filter.repoIds());
        }
        return where;
    }

    /**
     * The filter's repositories and its period as whole days of a roll-up aliased {@code d}: a day counts when it
     * overlaps [since, until).
     */
    static Conditions days(String repoColumn, CommitFilter filter) {
        Conditions where = repos(repoColumn, filter);
        filter.since().ifPresent(since -> where.and("d.day >= :sinceDay", "sinceDay", Math.floorDiv(since, 86_400L)));
        filter.until().ifPresent(until -> where.and("d.day < :untilDay", "untilDay",
                Math.floorDiv(until + 86_399L, 86_400L)));
        return where;
    }

    /** {@code sql} (which reads {@link #from()}) with the account, the caller's visibility and the filter bound. */
    Query query(Handle handle, String sql) {
        return bind(handle.createQuery(sql));
    }

    /** Binds what {@link #from()} reads to a statement built around it. */
    Query bind(Query query) {
        Visibility.bind(query.bind("account", accountId), includePrivate);
        filter.author().ifPresent(author -> query.bind("author", author.toLowerCase(Locale.ROOT)));
        return conditions(filter).bind(query);
    }

    CommitFilter filter() {
        return filter;
    }
}
