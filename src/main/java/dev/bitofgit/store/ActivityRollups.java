package dev.bitofgit.store;

import static java.util.Objects.requireNonNull;

/**
 * Rebuilds the activity roll-ups (repo_stats, repo_daily, repo_daily_utc, repo_hourly, account_daily) from commits. A repo's rows are rebuilt when
 * its sync finishes; the account's when a job or a load ends (ownership flags and visibility may change then).
 */
public final class ActivityRollups {
    private static final String LOCAL_DAY = "(authored_at + author_utc_offset * 60) / 86400";
    private static final String LOCAL_HOUR = "((authored_at + author_utc_offset * 60) % 86400 + 86400) % 86400 / 3600";
    private static final String UTC_HOUR = "(authored_at % 86400 + 86400) % 86400 / 3600";

    private final Database database;

    public ActivityRollups(Database database) {
        this.database = requireNonNull(database, "database == null");
    }

    public void refreshRepo(long repoId) {
        database.jdbi().useTransaction(handle -> refreshRepo(handle, repoId));
    }

    /** One repo's rows, inside the caller's transaction (an identity change rebuilds the repos it touched). */
    static void refreshRepo(org.jdbi.v3.core.Handle handle, long repoId) {
        handle.execute("DELETE FROM repo_stats WHERE repo_id = ?", repoId);
        handle.execute("""
                INSERT INTO repo_stats (repo_id, account_id, commits, own_commits, first_at, last_at)
                SELECT r.id, r.account_id, COUNT(c.sha), COALESCE(SUM(CASE WHEN c.is_own THEN 1 ELSE 0 END), 0),
                       MIN(c.authored_at), MAX(c.authored_at)
                FROM repositories r LEFT JOIN commits c ON c.repo_id = r.id
                WHERE r.id = ? GROUP BY r.id, r.account_id
                """, repoId);
        handle.execute("DELETE FROM repo_daily WHERE repo_id = ?", repoId);
        handle.execute("INSERT INTO repo_daily (repo_id, account_id, day, commits, own_commits, additions, deletions,"
                + " own_additions, own_deletions) SELECT repo_id, account_id, " + LOCAL_DAY + ", COUNT(*),"
                + " SUM(CASE WHEN is_own THEN 1 ELSE 0 END), SUM(additions), SUM(deletions),"
                + " SUM(CASE WHEN is_own THEN additions ELSE 0 END), SUM(CASE WHEN is_own THEN deletions ELSE 0 END)"
                + " FROM commits WHERE repo_id = ? GROUP BY repo_id, account_id, " + LOCAL_DAY, repoId);
        handle.execute("DELETE FROM repo_daily_utc WHERE repo_id = ?", repoId);
        handle.execute("INSERT INTO repo_daily_utc (repo_id, account_id, day, commits, own_commits, additions,"
                + " deletions, own_additions, own_deletions) SELECT repo_id, account_id, authored_at / 86400, COUNT(*),"
                + " SUM(CASE WHEN is_own THEN 1 ELSE 0 END), SUM(additions), SUM(deletions),"
                + " SUM(CASE WHEN is_own THEN additions ELSE 0 END), SUM(CASE WHEN is_own THEN deletions ELSE 0 END)"
                + " FROM commits WHERE repo_id = ? GROUP BY repo_id, account_id, authored_at / 86400", repoId);
        handle.execute("DELETE FROM repo_hourly WHERE repo_id = ?", repoId);
        handle.execute("INSERT INTO repo_hourly (repo_id, account_id, local_hour, utc_hour, commits, own_commits)"
                + " SELECT repo_id, account_id, " + LOCAL_HOUR + ", " + UTC_HOUR + ", COUNT(*),"
                + " SUM(CASE WHEN is_own THEN 1 ELSE 0 END) FROM commits WHERE repo_id = ?"
                + " GROUP BY repo_id, account_id, " + LOCAL_HOUR + ", " + UTC_HOUR, repoId);
    }

    /** Rebuilds every roll-up of the account (after ingests, loads, imports). */
    public void refreshAccount(long accountId) {
        java.util.List<Long> repos = database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT id FROM repositories WHERE account_id = :id")
                .bind("id", accountId).mapTo(Long.class).list());
        repos.forEach(this::refreshRepo);
        database.jdbi().useTransaction(handle -> refreshAccountDaily(handle, accountId));
        database.refreshStatistics();
    }

    /** The account's per-day totals, summed again from its repos' day rows. */
    static void refreshAccountDaily(org.jdbi.v3.core.Handle handle, long accountId) {
        handle.execute("DELETE FROM account_daily WHERE account_id = ?", accountId);
        handle.execute("""
                INSERT INTO account_daily (account_id, is_private, day, commits, own_commits, additions, deletions)
                SELECT d.account_id, r.is_private, d.day, SUM(d.commits), SUM(d.own_commits), SUM(d.additions),
                       SUM(d.deletions)
                FROM repo_daily d JOIN repositories r ON r.id = d.repo_id
                WHERE d.account_id = ? AND r.removed_at IS NULL
                GROUP BY d.account_id, r.is_private, d.day
                """, accountId);
    }
}
