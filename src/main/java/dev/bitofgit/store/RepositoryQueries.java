package dev.bitofgit.store;

import dev.bitofgit.store.ProfileQueries.AccountListing;
import dev.bitofgit.store.ProfileQueries.AccountRef;
import dev.bitofgit.store.ProfileQueries.Contributor;
import dev.bitofgit.store.ProfileQueries.ReadmeHit;
import dev.bitofgit.store.ProfileQueries.RepoSummary;
import dev.bitofgit.store.ProfileQueries.SignalRow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The accounts and repositories section of {@link ProfileQueries}: who is stored, their visible repositories and what
 * hangs off them (languages, technologies, signals, READMEs, contributors).
 */
final class RepositoryQueries {
    private static final String REPO_SELECT = """
            SELECT r.id, r.name, r.description, r.html_url, r.is_private, r.is_fork AS fork, r.is_archived AS archived,
                   r.default_branch, r.created_at, r.pushed_at, r.stars, r.forks, r.open_issues, r.topics,
                   r.license_spdx, r.primary_language, r.size_kb,
                   COALESCE(s.commits, 0) AS commits, COALESCE(s.own_commits, 0) AS own_commits,
                   s.first_at AS first_commit_at, s.last_at AS last_commit_at
            FROM repositories r
            LEFT JOIN repo_stats s ON s.repo_id = r.id
            WHERE r.account_id = :account AND <visible>
            """;

    /** A repository's id and name, for the reads that need nothing more. */
    record RepoName(long id, String name, List<String> topics) {
    }

    private final Database database;

    RepositoryQueries(Database database) {
        this.database = database;
    }

    List<AccountListing> accounts() {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT id, login, name, source, ingested_at FROM accounts ORDER BY login_key")
                .mapTo(AccountListing.class)
                .list());
    }

    Optional<AccountRef> account(String login) {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT id, login, name, bio, html_url, created_at, ingested_at FROM accounts WHERE login_key = :key")
                .bind("key", login.toLowerCase(Locale.ROOT))
                .mapTo(AccountRef.class)
                .findOne());
    }

    List<RepoSummary> repositories(long accountId, boolean includePrivate) {
        return database.jdbi().withHandle(handle -> Visibility.bind(handle
                        .createQuery(REPO_SELECT + " ORDER BY r.name_key")
                        .bind("account", accountId), includePrivate)
                .mapTo(RepoSummary.class)
                .list());
    }

    /**
     * The visible repositories' ids, names and topics, by name: what a ranking needs to list every repository,
     * without the commit totals {@link #repositories} joins in.
     */
    List<RepoName> repoNames(long accountId, boolean includePrivate) {
        return database.jdbi().withHandle(handle -> Visibility.bind(handle
                        .createQuery("SELECT r.id, r.name, r.topics FROM repositories r"
                                + " WHERE r.account_id = :account AND <visible> ORDER BY r.name_key")
                        .bind("account", accountId), includePrivate)
                .map((rs, ctx) -> new RepoName(rs.getLong("id"), rs.getString("name"), Rows.lines(rs.getString("topics"))))
                .list());
    }

    Map<Long, Map<String, Long>> languages(long accountId, boolean includePrivate) {
        return database.jdbi().withHandle(handle -> {
            Map<Long, Map<String, Long>> result = new LinkedHashMap<>();
            Visibility.bind(handle.createQuery("""
                                    SELECT l.repo_id, l.language, l.bytes FROM repo_languages l
                                    JOIN repositories r ON r.id = l.repo_id
                                    WHERE r.account_id = :account AND <visible>
                                    ORDER BY l.repo_id, l.bytes DESC, l.language
                                    """)
                            .bind("account", accountId), includePrivate)
                    .map((rs, ctx) -> new Language(rs.getLong("repo_id"), rs.getString("language"), rs.getLong("bytes")))
                    .forEach(row -> result.computeIfAbsent(row.repoId(), id -> new LinkedHashMap<>())
                            .put(row.language(), row.bytes()));
            return result;
        });
    }

    private record Language(long repoId, String language, long bytes) {
    }

    Map<Long, List<String>> technologies(long accountId, boolean includePrivate) {
        return database.jdbi().withHandle(handle -> {
            Map<Long, List<String>> result = new LinkedHashMap<>();
            Visibility.bind(handle.createQuery("""
                                    SELECT t.repo_id, t.technology FROM repo_technologies t
                                    JOIN repositories r ON r.id = t.repo_id
                                    WHERE r.account_id = :account AND <visible>
                                    ORDER BY t.repo_id, t.technology
                                    """)
                            .bind("account", accountId), includePrivate)
                    .map((rs, ctx) -> Map.entry(rs.getLong("repo_id"), rs.getString("technology")))
                    .forEach(row -> result.computeIfAbsent(row.getKey(), id -> new ArrayList<>()).add(row.getValue()));
            return result;
        });
    }

    Map<Long, SignalRow> signals(long accountId, boolean includePrivate) {
        return database.jdbi().withHandle(handle -> {
            Map<Long, SignalRow> result = new LinkedHashMap<>();
            Visibility.bind(handle.createQuery("""
                                    SELECT s.*, r.name AS repo FROM repo_signals s JOIN repositories r ON r.id = s.repo_id
                                    WHERE r.account_id = :account AND <visible>
                                    """)
                            .bind("account", accountId), includePrivate)
                    .mapTo(SignalRow.class)
                    .forEach(row -> result.put(row.repoId(), row));
            return result;
        });
    }

    Set<Long> reposWithReadme(long accountId) {
        return database.jdbi().withHandle(handle -> new HashSet<>(handle.createQuery(
                        "SELECT m.repo_id FROM readmes m JOIN repositories r ON r.id = m.repo_id WHERE r.account_id = :account")
                .bind("account", accountId).mapTo(Long.class).list()));
    }

    Optional<Readme> readme(long repoId) {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT path, content, truncated FROM readmes WHERE repo_id = :id")
                .bind("id", repoId)
                .mapTo(Readme.class)
                .findOne());
    }

    List<Contributor> contributors(long repoId, int limit) {
        return database.jdbi().withHandle(handle -> handle.createQuery("""
                        SELECT COALESCE(MAX(author_name), MAX(author_login), 'unknown') AS name, MAX(author_login) AS login,
                               COUNT(*) AS commits, MAX(CASE WHEN is_own THEN 1 ELSE 0 END) AS own
                        FROM commits WHERE repo_id = :id
                        GROUP BY CASE WHEN is_own THEN '' ELSE COALESCE(author_login, LOWER(author_email), '?') END
                        ORDER BY commits DESC, name LIMIT :limit
                        """)
                .bind("id", repoId)
                .bind("limit", limit)
                .map((rs, ctx) -> new Contributor(rs.getString("name"), Optional.ofNullable(rs.getString("login")),
                        rs.getLong("commits"), rs.getInt("own") == 1))
                .list());
    }

    Map<Long, String> visibleRepoNames(long accountId, boolean includePrivate) {
        Map<Long, String> names = new LinkedHashMap<>();
        database.jdbi().useHandle(handle -> Visibility.bind(handle.createQuery(
                                "SELECT r.id, r.name FROM repositories r WHERE r.account_id = :account AND <visible>")
                        .bind("account", accountId), includePrivate)
                .map((rs, ctx) -> Map.entry(rs.getLong("id"), rs.getString("name")))
                .forEach(entry -> names.put(entry.getKey(), entry.getValue())));
        return names;
    }

    List<ReadmeHit> searchReadmes(long accountId, boolean includePrivate, String terms, int limit) {
        boolean sqlite = database.dialect() == Dialect.SQLITE;
        String sql = sqlite
                ? """
                  SELECT r.name AS repo, m.path, m.content FROM readmes m
                  JOIN readmes_fts f ON f.rowid = m.rowid AND readmes_fts MATCH :terms
                  JOIN repositories r ON r.id = m.repo_id
                  WHERE r.account_id = :account AND <visible>
                  ORDER BY f.rank LIMIT :limit
                  """
                : """
                  SELECT r.name AS repo, m.path, m.content FROM readmes m
                  JOIN repositories r ON r.id = m.repo_id
                  WHERE r.account_id = :account AND <visible>
                    AND to_tsvector('english', m.content) @@ plainto_tsquery('english', :terms)
                  ORDER BY ts_rank(to_tsvector('english', m.content), plainto_tsquery('english', :terms)) DESC
                  LIMIT :limit
                  """;
        return database.jdbi().withHandle(handle -> Visibility.bind(handle.createQuery(sql)
                        .bind("account", accountId), includePrivate)
                .bind("terms", sqlite ? CommitQueries.ftsQuery(terms) : terms)
                .bind("limit", limit)
                .mapTo(ReadmeHit.class)
                .list());
    }
}
