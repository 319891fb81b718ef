package dev.bitofgit.store;

import dev.bitofgit.store.ProfileQueries.Collaborator;
import dev.bitofgit.store.ProfileQueries.CommitFilter;
import dev.bitofgit.store.ProfileQueries.CommitRow;
import dev.bitofgit.store.ProfileQueries.CommitStats;
import dev.bitofgit.store.ProfileQueries.MessageStats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * The commits section of {@link ProfileQueries}: pages of commits, full-text search over their messages, and totals
 * over the commits a filter selects (overall, per repository, per person, per kind of change).
 */
final class CommitQueries {
    private final Database database;

    CommitQueries(Database database) {
        this.database = database;
    }

    List<CommitRow> timeline(long accountId, boolean includePrivate, CommitFilter filter, int limit, int offset) {
        return page(accountId, includePrivate, filter, "c.authored_at DESC, c.sha", limit, offset);
    }

    List<CommitRow> oldestFirst(long accountId, boolean includePrivate, CommitFilter filter, int limit, int offset) {
        return page(accountId, includePrivate, filter, "c.authored_at ASC, c.sha", limit, offset);
    }

    private List<CommitRow> page(long accountId, boolean includePrivate, CommitFilter filter, String order, int limit,
                                 int offset) {
        CommitScope scope = new CommitScope(database.dialect(), accountId, includePrivate, filter);
        return database.jdbi().withHandle(handle -> scope.query(handle, CommitScope.COMMIT_COLUMNS + scope.fromInDateOrder()
                        + " ORDER BY " + order + " LIMIT :limit OFFSET :offset")
                .bind("limit", limit).bind("offset", offset)
                .mapTo(CommitRow.class)
                .list());
    }

    List<CommitRow> searchCommits(long accountId, boolean includePrivate, String terms, CommitFilter filter, int limit) {
        String order = database.dialect() == Dialect.SQLITE
                ? " ORDER BY f.rank, c.authored_at DESC LIMIT :limit"
                : " ORDER BY ts_rank(to_tsvector('english', c.message), plainto_tsquery('english', :terms)) DESC,"
                        + " c.authored_at DESC LIMIT :limit";
        return database.jdbi().withHandle(handle -> matches(handle, CommitScope.COMMIT_COLUMNS, order, accountId,
                        includePrivate, terms, filter)
                .bind("limit", limit)
                .mapTo(CommitRow.class)
                .list());
    }

    long countCommitMatches(long accountId, boolean includePrivate, String terms, CommitFilter filter) {
        return database.jdbi().withHandle(handle -> matches(handle, "SELECT COUNT(*)", "", accountId, includePrivate,
                terms, filter).mapTo(Long.class).one());
    }

    /** The commits whose messages match the words, under the filter: the words' matches drive the plan. */
    private Query matches(Handle handle, String select, String order, long accountId, boolean includePrivate,
                          String terms, CommitFilter filter) {
        boolean sqlite = database.dialect() == Dialect.SQLITE;
        Conditions where = CommitScope.conditions(filter);
        // One person's commits are a plain condition on the matches here, not the index seeks of CommitScope.
        filter.author().ifPresent(author -> where.and("(LOWER(c.author_login) = :author"
                + " OR LOWER(c.author_name) = :author OR LOWER(c.author_email) = :author)"));
        String sql = select + " FROM commits c JOIN repositories r ON r.id = c.repo_id"
                + (sqlite ? " JOIN commits_fts f ON f.rowid = c.rowid AND commits_fts MATCH :terms " : "")
                + " WHERE c.account_id = :account AND <visible> "
                + (sqlite ? "" : " AND to_tsvector('english', c.message) @@ plainto_tsquery('english', :terms) ")
                + where + order;
        // CommitScope binds the account, visibility, author and the filter's conditions, the same as above.
        return new CommitScope(database.dialect(), accountId, includePrivate, filter).query(handle, sql)
                .bind("terms", sqlite ? ftsQuery(terms) : terms);
    }

    List<CommitRow> commitsByKey(long accountId, boolean includePrivate, Map<Long, List<String>> shasByRepo) {
        if (shasByRepo.isEmpty()) {
            return List.of();
        }
        List<Map.Entry<Long, String>> keys = Rows.keys(shasByRepo);
        return database.jdbi().withHandle(handle -> {
            Query query = Visibility.bind(handle.createQuery(Rows.keyTable(keys.size()) + CommitScope.COMMIT_COLUMNS + """
                            FROM k JOIN commits c ON c.repo_id = k.repo_id AND c.sha = k.sha
                            JOIN repositories r ON r.id = c.repo_id
                            WHERE r.account_id = :account AND <visible>
                            """)
                    .bind("account", accountId), includePrivate);
            Rows.bindKeys(query, keys);
            return query.mapTo(CommitRow.class).list();
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

    MessageStats messageStats(long accountId, boolean includePrivate, CommitFilter filter) {
        String firstLine = database.dialect() == Dialect.SQLITE
                ? "LENGTH(CASE WHEN INSTR(c.message, CHAR(10)) > 0 THEN SUBSTR(c.message, 1, INSTR(c.message, CHAR(10)) - 1)"
                        + " ELSE c.message END)"
                : "LENGTH(SPLIT_PART(c.message, CHR(10), 1))";
        CommitScope scope = new CommitScope(database.dialect(), accountId, includePrivate, filter);
        return database.jdbi().withHandle(handle -> {
            Map<String, Long> kinds = new LinkedHashMap<>();
            long commits = 0;
            long length = 0;
            long firstLineLength = 0;
            for (KindTotals row : scope.query(handle, "SELECT " + CommitKinds.sql() + " AS kind, COUNT(*) AS commits,"
                            + " SUM(LENGTH(c.message)) AS length, SUM(" + firstLine + ") AS first_line_length"
                            + scope.from() + " GROUP BY " + CommitKinds.sql())
                    .map((rs, ctx) -> new KindTotals(rs.getString("kind"), rs.getLong("commits"), rs.getLong("length"),
                            rs.getLong("first_line_length")))
                    .list()) {
                kinds.put(row.kind(), row.commits());
                commits += row.commits();
                length += row.length();
                firstLineLength += row.firstLineLength();
            }
            return new MessageStats(kinds, commits == 0 ? 0 : (double) length / commits,
                    commits == 0 ? 0 : (double) firstLineLength / commits);
        });
    }

    private record KindTotals(String kind, long commits, long length, long firstLineLength) {
    }

    CommitStats commitStats(long accountId, boolean includePrivate, CommitFilter filter, boolean mostFiles) {
        CommitScope scope = new CommitScope(database.dialect(), accountId, includePrivate, filter);
        return database.jdbi().withHandle(handle -> {
            CommitStats totals = scope.query(handle, "SELECT COUNT(*) AS commits,"
                            + " COALESCE(SUM(CASE WHEN c.parent_count > 1 THEN 1 ELSE 0 END), 0) AS merges,"
                            + " COALESCE(SUM(c.additions), 0) AS additions, COALESCE(SUM(c.deletions), 0) AS deletions,"
                            + " COUNT(DISTINCT " + CommitScope.IDENTITY + ") AS distinct_authors,"
                            + " COALESCE(SUM(c.changed_files), 0) AS changed_files,"
                            + " COUNT(c.changed_files) AS commits_with_file_counts" + scope.from())
                    .map((rs, ctx) -> new CommitStats(rs.getLong("commits"), rs.getLong("merges"),
                            rs.getLong("additions"), rs.getLong("deletions"), rs.getLong("distinct_authors"),
                            rs.getLong("changed_files"), rs.getLong("commits_with_file_counts"), Optional.empty(),
                            Optional.empty(), Optional.empty(), Optional.empty()))
                    .one();
            return new CommitStats(totals.commits(), totals.merges(), totals.additions(), totals.deletions(),
                    totals.distinctAuthors(), totals.changedFiles(), totals.commitsWithFileCounts(),
                    oneCommit(handle, scope, "c.authored_at ASC, c.sha"),
                    oneCommit(handle, scope, "c.authored_at DESC, c.sha"),
                    oneCommit(handle, scope, "(c.additions + c.deletions) DESC, c.authored_at DESC, c.sha"),
                    totals.commitsWithFileCounts() == 0 || !mostFiles ? Optional.empty()
                            : oneCommit(handle, scope, "COALESCE(c.changed_files, 0) DESC, c.authored_at DESC, c.sha"));
        });
    }

    private static Optional<CommitRow> oneCommit(Handle handle, CommitScope scope, String order) {
        return scope.query(handle, CommitScope.COMMIT_COLUMNS + scope.fromInDateOrder() + " ORDER BY " + order + " LIMIT 1")
                .mapTo(CommitRow.class)
                .findOne();
    }

    /** {@code expression} (an aggregate over commits aliased {@code c}) per repository name. */
    Map<String, Long> perRepo(long accountId, boolean includePrivate, CommitFilter filter, String expression) {
        CommitScope scope = new CommitScope(database.dialect(), accountId, includePrivate, filter);
        Map<String, Long> values = new LinkedHashMap<>();
        database.jdbi().useHandle(handle -> scope.query(handle, "SELECT r.name AS repo, " + expression + " AS value"
                        + scope.from() + " GROUP BY r.name")
                .mapTo(RepoMeasures.Value.class)
                .forEach(row -> values.put(row.repo(), row.value())));
        return values;
    }

    Map<String, Long> peoplePerRepo(long accountId, boolean includePrivate, CommitFilter filter) {
        return perRepo(accountId, includePrivate, filter, "COUNT(DISTINCT " + CommitScope.IDENTITY + ")");
    }

    List<Collaborator> collaborators(long accountId, boolean includePrivate, CommitFilter filter,
                                     ProfileQueries.CollaboratorOrder order, int limit) {
        String orderBy = " ORDER BY " + switch (order) {
            case COMMITS -> "commits DESC";
            case ADDITIONS -> "additions DESC";
            case LATEST -> "last_commit_at DESC";
        } + ", 1 LIMIT :limit";
        if (filter.since().isEmpty() && filter.until().isEmpty() && filter.author().isEmpty() && !filter.ownOnly()
                && filter.conditions().equals(CommitConditions.NONE)) {
            return collaboratorsFromRollup(accountId, includePrivate, filter, orderBy, limit);
        }
        CommitScope scope = new CommitScope(database.dialect(), accountId, includePrivate, filter);
        return database.jdbi().withHandle(handle -> scope.query(handle,
                        "SELECT COALESCE(MAX(c.author_name), MAX(c.author_login), 'unknown') AS name,"
                                + " MAX(c.author_login) AS login, COUNT(*) AS commits, COUNT(DISTINCT c.repo_id) AS repos,"
                                + " MAX(c.authored_at) AS last_commit_at, COALESCE(SUM(c.additions), 0) AS additions,"
                                + " COALESCE(SUM(c.deletions), 0) AS deletions" + scope.from() + " AND c.is_own = FALSE"
                                + " GROUP BY " + CommitScope.IDENTITY + orderBy)
                .bind("limit", limit)
                .mapTo(Collaborator.class)
                .list());
    }

    /**
     * The same list from the per-repository author roll-up (repo_authors), for a filter with no period, person or
     * commit conditions: what the answerer asks for every question that may name someone.
     */
    private List<Collaborator> collaboratorsFromRollup(long accountId, boolean includePrivate, CommitFilter filter,
                                                       String orderBy, int limit) {
        Conditions where = CommitScope.repos("a.repo_id", filter);
        if (filter.excludeBots()) {
            where.and("a.is_bot = FALSE");
        }
        return database.jdbi().withHandle(handle -> {
            Query query = Visibility.bind(handle.createQuery("SELECT COALESCE(MAX(a.name), MAX(a.login), 'unknown') AS name,"
                    + " MAX(a.login) AS login, SUM(a.commits) AS commits, COUNT(DISTINCT a.repo_id) AS repos,"
                    + " MAX(a.last_at) AS last_commit_at, SUM(a.additions) AS additions, SUM(a.deletions) AS deletions"
                    + " FROM repo_authors a JOIN repositories r ON r.id = a.repo_id"
                    + " WHERE a.account_id = :account AND <visible>" + where
                    + " GROUP BY a.identity" + orderBy), includePrivate)
                    .bind("account", accountId).bind("limit", limit);
            return where.bind(query).mapTo(Collaborator.class).list();
        });
    }
}
