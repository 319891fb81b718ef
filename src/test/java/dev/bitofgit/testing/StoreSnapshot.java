package dev.bitofgit.testing;

import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoCommit;
import dev.bitofgit.demo.DemoRepo;
import dev.bitofgit.store.Database;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Facts about a store read with the test's own SQL, and the same facts computed from a generated account, so an
 * ingest can be checked row by row against what GitHub (the stand-in) holds.
 */
public final class StoreSnapshot {
    private StoreSnapshot() {
    }

    /** One line per stored commit of the account's repositories that are not removed. */
    public static List<String> commits(Database database, long accountId) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT r.name, c.sha, c.parent_count, c.additions, c.deletions, c.changed_files, c.authored_at,
                               c.author_utc_offset, c.committed_at, c.author_login, c.is_own, c.message
                        FROM commits c JOIN repositories r ON r.id = c.repo_id
                        WHERE r.account_id = :id AND r.removed_at IS NULL
                        ORDER BY r.name, c.sha
                        """)
                .bind("id", accountId)
                .map((rs, ctx) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getInt(3) + "|" + rs.getInt(4)
                        + "|" + rs.getInt(5) + "|" + rs.getInt(6) + "|" + rs.getLong(7) + "|" + rs.getInt(8) + "|"
                        + rs.getLong(9) + "|" + rs.getString(10) + "|" + rs.getBoolean(11) + "|" + rs.getString(12))
                .list());
    }

    /** The same lines computed from the generated account for what a GitHub ingest may see. */
    public static List<String> expectedCommits(DemoAccount account, boolean includePrivate) {
        Set<String> noreply = Set.of(account.login().toLowerCase(Locale.ROOT) + "@users.noreply.github.com",
                account.id() + "+" + account.login().toLowerCase(Locale.ROOT) + "@users.noreply.github.com");
        TreeSet<String> lines = new TreeSet<>();
        for (DemoRepo repo : account.repos()) {
            if (repo.isPrivate() && !includePrivate) {
                continue;
            }
            for (DemoCommit commit : repo.commits()) {
                boolean byLogin = commit.authorLogin().map(login -> login.equalsIgnoreCase(account.login())).orElse(false);
                if (repo.fork() && !byLogin) {
                    continue;
                }
                boolean own = byLogin || noreply.contains(commit.authorEmail().toLowerCase(Locale.ROOT));
                lines.add(repo.name() + "|" + commit.sha() + "|" + commit.parentCount() + "|" + commit.additions()
                        + "|" + commit.deletions() + "|" + commit.changedFiles() + "|"
                        + commit.authoredAt().toEpochSecond() + "|" + commit.authoredAt().getOffset().getTotalSeconds() / 60
                        + "|" + commit.committedAt().toEpochSecond() + "|" + commit.authorLogin().orElse(null) + "|"
                        + own + "|" + commit.message());
            }
        }
        return new ArrayList<>(lines);
    }

    public static List<String> repositories(Database database, long accountId) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT name, is_private, is_fork, is_archived, default_branch, stars, forks, topics,
                               license_spdx, primary_language, head_sha, created_at, pushed_at
                        FROM repositories WHERE account_id = :id AND removed_at IS NULL ORDER BY name
                        """)
                .bind("id", accountId)
                .map((rs, ctx) -> rs.getString(1) + "|" + rs.getBoolean(2) + "|" + rs.getBoolean(3) + "|"
                        + rs.getBoolean(4) + "|" + rs.getString(5) + "|" + rs.getInt(6) + "|" + rs.getInt(7) + "|"
                        + rs.getString(8).replace('\n', ',') + "|" + rs.getString(9) + "|" + rs.getString(10) + "|"
                        + rs.getString(11) + "|" + rs.getLong(12) + "|" + rs.getLong(13))
                .list());
    }

    public static List<String> expectedRepositories(DemoAccount account, boolean includePrivate) {
        TreeSet<String> lines = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (DemoRepo repo : account.repos()) {
            if (repo.isPrivate() && !includePrivate) {
                continue;
            }
            lines.add(repo.name() + "|" + repo.isPrivate() + "|" + repo.fork() + "|" + repo.archived() + "|"
                    + repo.defaultBranch() + "|" + repo.stars() + "|" + repo.forks() + "|"
                    + String.join(",", repo.topics()) + "|" + repo.licenseSpdx().orElse(null) + "|"
                    + repo.primaryLanguage().orElse(null) + "|" + (repo.commits().isEmpty() ? null : repo.headSha())
                    + "|" + repo.createdAt().getEpochSecond() + "|" + repo.pushedAt().getEpochSecond());
        }
        return new ArrayList<>(lines);
    }
}
