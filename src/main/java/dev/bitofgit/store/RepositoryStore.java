package dev.bitofgit.store;

import static java.util.Objects.requireNonNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Repositories and what hangs off them (languages, HEAD file paths, README, signals, technologies). */
public final class RepositoryStore {
    private final Database database;

    public RepositoryStore(Database database) {
        this.database = requireNonNull(database, "database == null");
    }

    /** Replaces everything stored about the snapshot's repository, atomically. */
    public void save(RepositorySnapshot snapshot) {
        requireNonNull(snapshot, "snapshot == null");
        database.jdbi().useTransaction(handle -> save(handle, snapshot));
    }

    static void save(Handle handle, RepositorySnapshot snapshot) {
        upsertRepository(handle, snapshot.repository());
        writeContent(handle, snapshot);
    }

    private static void writeContent(Handle handle, RepositorySnapshot snapshot) {
        long id = snapshot.repository().id();
        replaceLanguages(handle, id, snapshot.languageBytes());
        replaceFiles(handle, id, snapshot.filePaths());
        handle.execute("DELETE FROM readmes WHERE repo_id = ?", id);
        snapshot.readme().ifPresent(readme -> handle.createUpdate(
                        "INSERT INTO readmes (repo_id, path, content, truncated) VALUES (:id, :path, :content, :truncated)")
                .bind("id", id)
                .bind("path", readme.path())
                .bind("content", readme.content())
                .bind("truncated", readme.truncated())
                .execute());
        replaceSignals(handle, id, snapshot.signals());
        handle.execute("DELETE FROM repo_technologies WHERE repo_id = ?", id);
        if (!snapshot.technologies().isEmpty()) {
            PreparedBatch batch = handle.prepareBatch(
                    "INSERT INTO repo_technologies (repo_id, technology, kind) VALUES (:id, :name, :kind)");
            for (Technology technology : snapshot.technologies()) {
                batch.bind("id", id).bind("name", technology.name()).bind("kind", technology.kind()).add();
            }
            batch.execute();
        }
    }

    static void upsertRepository(Handle handle, Repository repo) {
        handle.createUpdate("""
                INSERT INTO repositories (id, account_id, name, name_key, description, html_url, is_private, is_fork,
                    is_archived, default_branch, created_at, updated_at, pushed_at, stars, forks, watchers,
                    open_issues, size_kb, topics, license_spdx, primary_language, head_sha, tree_truncated,
                    removed_at, synced_at)
                VALUES (:id, :accountId, :name, :nameKey, :description, :htmlUrl, :isPrivate, :fork,
                    :archived, :defaultBranch, :createdAt, :updatedAt, :pushedAt, :stars, :forks, :watchers,
                    :openIssues, :sizeKb, :topics, :licenseSpdx, :primaryLanguage, :headSha, :treeTruncated,
                    NULL, :syncedAt)
                ON CONFLICT (id) DO UPDATE SET
                    account_id = excluded.account_id, name = excluded.name, name_key = excluded.name_key,
                    description = excluded.description, html_url = excluded.html_url,
                    is_private = excluded.is_private, is_fork = excluded.is_fork, is_archived = excluded.is_archived,
                    default_branch = excluded.default_branch, created_at = excluded.created_at,
                    updated_at = excluded.updated_at, pushed_at = excluded.pushed_at, stars = excluded.stars,
                    forks = excluded.forks, watchers = excluded.watchers, open_issues = excluded.open_issues,
                    size_kb = excluded.size_kb, topics = excluded.topics, license_spdx = excluded.license_spdx,
                    primary_language = excluded.primary_language, head_sha = excluded.head_sha,
                    tree_truncated = excluded.tree_truncated, removed_at = NULL, synced_at = excluded.synced_at
                """)
                .bindMethods(repo)
                .bind("nameKey", repo.name().toLowerCase(Locale.ROOT))
                .bind("syncedAt", Instant.now())
                .execute();
    }

    private static void replaceLanguages(Handle handle, long repoId, Map<String, Long> languages) {
        handle.execute("DELETE FROM repo_languages WHERE repo_id = ?", repoId);
        if (languages.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch(
                "INSERT INTO repo_languages (repo_id, language, bytes) VALUES (:id, :language, :bytes)");
        languages.forEach((language, bytes) ->
                batch.bind("id", repoId).bind("language", language).bind("bytes", bytes).add());
        batch.execute();
    }

    private static void replaceFiles(Handle handle, long repoId, Collection<String> paths) {
        handle.execute("DELETE FROM repo_files WHERE repo_id = ?", repoId);
        if (paths.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch("INSERT INTO repo_files (repo_id, path) VALUES (:id, :path)");
        for (String path : paths) {
            batch.bind("id", repoId).bind("path", path).add();
        }
        batch.execute();
    }

    private static void replaceSignals(Handle handle, long repoId, RepoSignals s) {
        handle.execute("DELETE FROM repo_signals WHERE repo_id = ?", repoId);
        handle.createUpdate("""
                INSERT INTO repo_signals (repo_id, has_ci, ci_systems, has_tests, test_frameworks, has_lint,
                    has_precommit, has_dockerfile, has_compose, has_makefile, has_license, has_code_of_conduct,
                    has_contributing, has_security_policy, has_issue_templates, has_pr_template, has_changelog,
                    has_docs, automation_score, coding_standards_score, organization_score)
                VALUES (:id, :hasCi, :ciSystems, :hasTests, :testFrameworks, :hasLint, :hasPrecommit, :hasDockerfile,
                    :hasCompose, :hasMakefile, :hasLicense, :hasCodeOfConduct, :hasContributing, :hasSecurityPolicy,
                    :hasIssueTemplates, :hasPrTemplate, :hasChangelog, :hasDocs, :automationScore,
                    :codingStandardsScore, :organizationScore)
                """)
                .bind("id", repoId)
                .bindMethods(s)
                .execute();
    }

    /**
     * Upserts a repository's listing metadata only; head_sha and tree_truncated keep the values of the last sync
     * that completed, so a job that dies mid-repo leaves the repo marked as not yet synced to the new head.
     */
    public void saveMetadata(Repository repo) {
        database.jdbi().useHandle(handle -> {
            Optional<Repository> stored = handle.createQuery("SELECT * FROM repositories WHERE id = :id")
                    .bind("id", repo.id())
                    .map((rs, ctx) -> map(rs))
                    .findOne();
            Repository merged = stored.map(previous -> new Repository(repo.id(), repo.accountId(), repo.name(),
                    repo.description(), repo.htmlUrl(), repo.isPrivate(), repo.fork(), repo.archived(),
                    repo.defaultBranch(), repo.createdAt(), repo.updatedAt(), repo.pushedAt(), repo.stars(),
                    repo.forks(), repo.watchers(), repo.openIssues(), repo.sizeKb(), repo.topics(),
                    repo.licenseSpdx(), repo.primaryLanguage(), previous.headSha(), previous.treeTruncated()))
                    .orElse(repo);
            upsertRepository(handle, merged);
        });
    }

    /** Records the head the stored commits now reach (the end of a repo's sync); "" marks a synced empty repo. */
    public void markSynced(long repoId, Optional<String> headSha, boolean treeTruncated) {
        database.jdbi().useHandle(handle -> handle
                .createUpdate("UPDATE repositories SET head_sha = :head, tree_truncated = :truncated WHERE id = :id")
                .bind("head", headSha.orElse(""))
                .bind("truncated", treeTruncated)
                .bind("id", repoId)
                .execute());
    }

    /** Replaces languages, files, README, signals and technologies (everything but the repositories row). */
    public void saveContent(RepositorySnapshot snapshot) {
        database.jdbi().useTransaction(handle -> writeContent(handle, snapshot));
    }

    public List<String> filePaths(long repoId) {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT path FROM repo_files WHERE repo_id = :id ORDER BY path")
                .bind("id", repoId)
                .mapTo(String.class)
                .list());
    }

    /** Repositories of an account that are still present on GitHub, by name. */
    public List<Repository> listByAccount(long accountId) {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT * FROM repositories WHERE account_id = :id AND removed_at IS NULL ORDER BY name_key")
                .bind("id", accountId)
                .map((rs, ctx) -> map(rs))
                .list());
    }

    public Optional<Repository> findByName(long accountId, String name) {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT * FROM repositories WHERE account_id = :id AND name_key = :key")
                .bind("id", accountId)
                .bind("key", name.toLowerCase(Locale.ROOT))
                .map((rs, ctx) -> map(rs))
                .findOne());
    }

    /** Marks repositories that vanished from the account's listing; they stay stored but are no longer shown. */
    /**
     * Marks the account's present repositories that are not in {@code presentIds} removed. {@code publicOnly}: the
     * listing was made without the owner's visibility, so private repositories are left as they are.
     */
    public int markRemoved(long accountId, Collection<Long> presentIds, Instant at, boolean publicOnly) {
        return database.jdbi().withHandle(handle -> {
            List<Long> stored = Visibility.bind(handle.createQuery("""
                                    SELECT r.id FROM repositories r WHERE r.account_id = :id AND <visible>
                                    """)
                            .bind("id", accountId), !publicOnly)
                    .mapTo(Long.class)
                    .list();
            int removed = 0;
            for (Long id : stored) {
                if (!presentIds.contains(id)) {
                    removed += handle.createUpdate("UPDATE repositories SET removed_at = :at WHERE id = :id")
                            .bind("at", at.getEpochSecond())
                            .bind("id", id)
                            .execute();
                }
            }
            return removed;
        });
    }

    /**
     * Names of the account's private repositories, lower-cased, removed ones included: what a view without private
     * access must never name (a job's errors, its messages).
     */
    public Set<String> privateNameKeys(long accountId) {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT name_key FROM repositories WHERE account_id = :id AND is_private = TRUE")
                .bind("id", accountId)
                .mapTo(String.class)
                .set());
    }

    /** Present repositories whose last sync did not finish (no head recorded) — the unchanged fast path must not skip them. */
    public int countUnsynced(long accountId) {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT COUNT(*) FROM repositories WHERE account_id = :id AND removed_at IS NULL AND head_sha IS NULL")
                .bind("id", accountId)
                .mapTo(Integer.class)
                .one());
    }

    public int countByAccount(long accountId) {
        return countByAccount(accountId, true);
    }

    /** Present repositories of the account; private ones only when {@code includePrivate}. */
    public int countByAccount(long accountId, boolean includePrivate) {
        return database.jdbi().withHandle(handle -> Visibility.bind(handle
                        .createQuery("SELECT COUNT(*) FROM repositories r WHERE r.account_id = :id AND <visible>")
                        .bind("id", accountId), includePrivate)
                .mapTo(Integer.class)
                .one());
    }

    static Repository map(ResultSet rs) throws SQLException {
        return new Repository(
                rs.getLong("id"),
                rs.getLong("account_id"),
                rs.getString("name"),
                Optional.ofNullable(rs.getString("description")),
                rs.getString("html_url"),
                rs.getBoolean("is_private"),
                rs.getBoolean("is_fork"),
                rs.getBoolean("is_archived"),
                rs.getString("default_branch"),
                Instant.ofEpochSecond(rs.getLong("created_at")),
                Instant.ofEpochSecond(rs.getLong("updated_at")),
                Rows.instant(rs, "pushed_at"),
                rs.getInt("stars"),
                rs.getInt("forks"),
                rs.getInt("watchers"),
                rs.getInt("open_issues"),
                rs.getInt("size_kb"),
                Rows.lines(rs.getString("topics")),
                Optional.ofNullable(rs.getString("license_spdx")),
                Optional.ofNullable(rs.getString("primary_language")),
                Optional.ofNullable(rs.getString("head_sha")),
                rs.getBoolean("tree_truncated"));
    }
}
