package dev.bitofgit.store;

import static java.util.Objects.requireNonNull;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Rebuilds the activity roll-ups (repo_stats, repo_daily, repo_daily_utc, repo_hourly, repo_authors, account_daily)
 * from commits. A repo's rows are rebuilt when
 * its sync finishes; the account's when a job or a load ends (ownership flags and visibility may change then).
 */
public final class ActivityRollups {
    private static final String LOCAL_DAY = "(authored_at + author_utc_offset * 60) / 86400";
    private static final String LOCAL_HOUR = "((authored_at + author_utc_offset * 60) % 86400 + 86400) % 86400 / 3600";
    /** A person other than the account, as {@link CommitScope#IDENTITY} keys them. */
    private static final String AUTHOR = "COALESCE(LOWER(author_login), LOWER(author_email), LOWER(author_name), '?')";
    private static final String UTC_HOUR = "(authored_at % 86400 + 86400) % 86400 / 3600";

    private final Database database;

    public ActivityRollups(Database database) {
        this.database = requireNonNull(database, "database == null");
    }

    public void refreshRepo(long repoId) {
        database.jdbi().useTransaction(handle -> refreshRepo(handle, repoId));
    }

    /** One repo's rows, inside the caller's transaction (an identity change rebuilds the repos it touched). */
    static void refreshRepo(Handle handle, long repoId) {
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
        handle.execute("DELETE FROM repo_authors WHERE repo_id = ?", repoId);
        handle.execute("INSERT INTO repo_authors (repo_id, account_id, identity, is_bot, name, login, commits, additions,"
                + " deletions, last_at) SELECT repo_id, account_id, " + AUTHOR + ", is_bot, MAX(author_name),"
                + " MAX(author_login), COUNT(*), COALESCE(SUM(additions), 0), COALESCE(SUM(deletions), 0),"
                + " MAX(authored_at) FROM commits WHERE repo_id = ? AND is_own = FALSE"
                + " GROUP BY repo_id, account_id, " + AUTHOR + ", is_bot", repoId);
        handle.execute("DELETE FROM repo_hourly WHERE repo_id = ?", repoId);
        handle.execute("INSERT INTO repo_hourly (repo_id, account_id, local_hour, utc_hour, commits, own_commits)"
                + " SELECT repo_id, account_id, " + LOCAL_HOUR + ", " + UTC_HOUR + ", COUNT(*),"
                + " SUM(CASE WHEN is_own THEN 1 ELSE 0 END) FROM commits WHERE repo_id = ?"
                + " GROUP BY repo_id, account_id, " + LOCAL_HOUR + ", " + UTC_HOUR, repoId);
    }

    /** Rebuilds every roll-up of the account (after ingests, loads, imports). */
    public void refreshAccount(long accountId) {
        List<Long> repos = database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT id FROM repositories WHERE account_id = :id")
                .bind("id", accountId).mapTo(Long.class).list());
        repos.forEach(this::refreshRepo);
        database.jdbi().useTransaction(handle -> refreshAccountDaily(handle, accountId));
        database.refreshStatistics();
    }

    /** The account's per-day totals, summed again from its repos' day rows. */
    static void refreshAccountDaily(Handle handle, long accountId) {
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

    /** A commit that became the account's own ({@code nowOwn}) or stopped being, as the roll-ups count it. */
    record OwnChange(long repoId, long authoredAt, int utcOffsetMinutes, int additions, int deletions, boolean nowOwn) {
    }

    /**
     * Moves the own-commit columns of every roll-up by the commits whose flag flipped, inside the caller's
     * transaction: an identity change costs what it changes (thousands of commits), not a rebuild of the
     * repositories they are in (the whole account, when a collaborator touched every repository). The day and hour
     * arithmetic is {@link #LOCAL_DAY}'s, {@link #LOCAL_HOUR}'s and {@link #UTC_HOUR}'s, in Java: integer division and
     * remainder truncate the same way in Java, SQLite and PostgreSQL.
     */
    static void applyOwnChanges(Handle handle, long accountId, List<OwnChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Map<Long, boolean[]> repos = new HashMap<>(); // id -> {private, present}
        handle.createQuery("SELECT id, is_private, removed_at FROM repositories WHERE account_id = :account")
                .bind("account", accountId)
                .map((rs, ctx) -> {
                    long id = rs.getLong("id");
                    boolean isPrivate = rs.getBoolean("is_private");
                    rs.getLong("removed_at");
                    boolean present = rs.wasNull();
                    return Map.entry(id, new boolean[] {isPrivate, present});
                })
                .forEach(repo -> repos.put(repo.getKey(), repo.getValue()));
        Map<List<Long>, long[]> stats = new HashMap<>();
        Map<List<Long>, long[]> daily = new HashMap<>();
        Map<List<Long>, long[]> dailyUtc = new HashMap<>();
        Map<List<Long>, long[]> hourly = new HashMap<>();
        Map<List<Long>, long[]> accountDaily = new HashMap<>();
        for (OwnChange change : changes) {
            long sign = change.nowOwn() ? 1 : -1;
            long local = change.authoredAt() + change.utcOffsetMinutes() * 60L;
            long localDay = local / 86_400;
            long utcDay = change.authoredAt() / 86_400;
            long localHour = ((local % 86_400) + 86_400) % 86_400 / 3_600;
            long utcHour = ((change.authoredAt() % 86_400) + 86_400) % 86_400 / 3_600;
            long[] delta = {sign, sign * change.additions(), sign * change.deletions()};
            add(stats, List.of(change.repoId()), delta);
            add(daily, List.of(change.repoId(), localDay), delta);
            add(dailyUtc, List.of(change.repoId(), utcDay), delta);
            add(hourly, List.of(change.repoId(), localHour, utcHour), delta);
            boolean[] repo = repos.get(change.repoId());
            if (repo != null && repo[1]) {
                add(accountDaily, List.of(repo[0] ? 1L : 0L, localDay), delta);
            }
        }
        batch(handle, "UPDATE repo_stats SET own_commits = own_commits + ? WHERE repo_id = ?", stats,
                (statement, key, delta) -> {
                    statement.setLong(1, delta[0]);
                    statement.setLong(2, key.get(0));
                });
        batch(handle, "UPDATE repo_daily SET own_commits = own_commits + ?, own_additions = own_additions + ?,"
                + " own_deletions = own_deletions + ? WHERE repo_id = ? AND day = ?", daily, ActivityRollups::dayRow);
        batch(handle, "UPDATE repo_daily_utc SET own_commits = own_commits + ?, own_additions = own_additions + ?,"
                + " own_deletions = own_deletions + ? WHERE repo_id = ? AND day = ?", dailyUtc, ActivityRollups::dayRow);
        batch(handle, "UPDATE repo_hourly SET own_commits = own_commits + ? WHERE repo_id = ? AND local_hour = ?"
                + " AND utc_hour = ?", hourly, (statement, key, delta) -> {
                    statement.setLong(1, delta[0]);
                    statement.setLong(2, key.get(0));
                    statement.setInt(3, key.get(1).intValue());
                    statement.setInt(4, key.get(2).intValue());
                });
        batch(handle, "UPDATE account_daily SET own_commits = own_commits + ? WHERE account_id = ? AND is_private = ?"
                + " AND day = ?", accountDaily, (statement, key, delta) -> {
                    statement.setLong(1, delta[0]);
                    statement.setLong(2, accountId);
                    statement.setBoolean(3, key.get(0) == 1L);
                    statement.setLong(4, key.get(1));
                });
    }

    private static void add(Map<List<Long>, long[]> sums, List<Long> key, long[] delta) {
        long[] sum = sums.computeIfAbsent(key, k -> new long[3]);
        for (int i = 0; i < 3; i++) {
            sum[i] += delta[i];
        }
    }

    private static void dayRow(PreparedStatement statement, List<Long> key, long[] delta)
            throws SQLException {
        statement.setLong(1, delta[0]);
        statement.setLong(2, delta[1]);
        statement.setLong(3, delta[2]);
        statement.setLong(4, key.get(0));
        statement.setLong(5, key.get(1));
    }

    @FunctionalInterface
    private interface RowBinder {
        void bind(PreparedStatement statement, List<Long> key, long[] delta) throws SQLException;
    }

    /** One plain JDBC batch per table (as CommitStore inserts): thousands of keyed updates, one round trip each batch. */
    private static void batch(Handle handle, String sql, Map<List<Long>, long[]> rows,
                              RowBinder binder) {
        try (PreparedStatement statement = handle.getConnection().prepareStatement(sql)) {
            int pending = 0;
            for (Map.Entry<List<Long>, long[]> row : rows.entrySet()) {
                if (row.getValue()[0] == 0 && row.getValue()[1] == 0 && row.getValue()[2] == 0) {
                    continue;
                }
                binder.bind(statement, row.getKey(), row.getValue());
                statement.addBatch();
                if (++pending == 1_000) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot update the roll-ups: " + e.getMessage(), e);
        }
    }
}
