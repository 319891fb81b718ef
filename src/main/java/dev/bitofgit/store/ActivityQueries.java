package dev.bitofgit.store;

import dev.bitofgit.store.ProfileQueries.CommitFilter;
import dev.bitofgit.store.ProfileQueries.CommitInstant;
import dev.bitofgit.store.ProfileQueries.DayActivity;
import dev.bitofgit.store.ProfileQueries.HourActivity;
import dev.bitofgit.store.ProfileQueries.OffsetUse;
import dev.bitofgit.store.ProfileQueries.RepoActivity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;

/**
 * The activity section of {@link ProfileQueries}: commits per day, hour, repository and UTC offset, from the roll-ups
 * where they keep what a filter asks about, else grouped in SQL over the commits themselves.
 */
final class ActivityQueries {
    private final Database database;

    ActivityQueries(Database database) {
        this.database = database;
    }

    List<DayActivity> activityByDay(long accountId, boolean includePrivate, CommitFilter filter) {
        String from = filter.someRepos() ? " FROM repo_daily d WHERE d.account_id = :account"
                : " FROM account_daily d WHERE d.account_id = :account AND " + Visibility.privacy("d");
        return rollup("SELECT d.day AS epoch_day, SUM(d.commits) AS commits, SUM(d.own_commits) AS own_commits,"
                + " SUM(d.additions) AS additions, SUM(d.deletions) AS deletions" + from, " GROUP BY d.day ORDER BY d.day",
                accountId, includePrivate, filter);
    }

    List<DayActivity> ownActivityByDay(long accountId, boolean includePrivate, CommitFilter filter) {
        return rollup("SELECT d.day AS epoch_day, SUM(d.own_commits) AS commits, SUM(d.own_commits) AS own_commits,"
                        + " SUM(d.own_additions) AS additions, SUM(d.own_deletions) AS deletions"
                        + " FROM repo_daily d JOIN repositories r ON r.id = d.repo_id"
                        + " WHERE d.account_id = :account AND <visible> AND d.own_commits > 0",
                " GROUP BY d.day ORDER BY d.day", accountId, includePrivate, filter);
    }

    List<DayActivity> activityByUtcDay(long accountId, boolean includePrivate, CommitFilter filter) {
        String prefix = filter.ownOnly() ? "own_" : "";
        return rollup("SELECT d.day AS epoch_day, SUM(d." + prefix + "commits) AS commits,"
                        + " SUM(d.own_commits) AS own_commits, SUM(d." + prefix + "additions) AS additions,"
                        + " SUM(d." + prefix + "deletions) AS deletions FROM repo_daily_utc d"
                        + " JOIN repositories r ON r.id = d.repo_id WHERE d.account_id = :account AND <visible>",
                " GROUP BY d.day HAVING SUM(d." + prefix + "commits) > 0 ORDER BY d.day", accountId, includePrivate,
                filter);
    }

    /** Day rows of a roll-up aliased {@code d}: {@code select} then the filter's repositories and days, then {@code tail}. */
    private List<DayActivity> rollup(String select, String tail, long accountId, boolean includePrivate,
                                     CommitFilter filter) {
        Conditions days = CommitScope.days("d.repo_id", filter);
        return database.jdbi().withHandle(handle -> days.bind(Visibility.bind(handle
                                .createQuery(select + days + tail)
                                .bind("account", accountId), includePrivate))
                .mapTo(DayActivity.class)
                .list());
    }

    long ownActiveDays(long accountId, boolean includePrivate) {
        return database.jdbi().withHandle(handle -> Visibility.bind(handle.createQuery(
                                "SELECT COUNT(DISTINCT day) FROM account_daily WHERE account_id = :account"
                                        + " AND own_commits > 0 AND " + Visibility.privacy(""))
                        .bind("account", accountId), includePrivate)
                .mapTo(Long.class).one());
    }

    List<HourActivity> activityByHour(long accountId, boolean includePrivate, CommitFilter filter) {
        CommitScope scope = new CommitScope(database.dialect(), accountId, includePrivate, filter);
        return database.jdbi().withHandle(handle -> scope.query(handle,
                        "SELECT ((c.authored_at + c.author_utc_offset * 60) % 86400) / 3600 AS hour, COUNT(*) AS commits"
                                + scope.from() + " GROUP BY ((c.authored_at + c.author_utc_offset * 60) % 86400) / 3600"
                                + " ORDER BY hour")
                .mapTo(HourActivity.class).list());
    }

    List<RepoActivity> activityByRepo(long accountId, boolean includePrivate, CommitFilter filter) {
        if (filter.author().isPresent()) {
            return activityByRepoOfAuthor(accountId, includePrivate, filter);
        }
        String prefix = filter.ownOnly() ? "own_" : "";
        Conditions days = CommitScope.days("d.repo_id", filter);
        // Aggregate the covering index first, then join the few hundred repository rows.
        String perRepo = "SELECT d.repo_id, SUM(d." + prefix + "commits) AS commits, SUM(d.own_commits) AS own,"
                + " SUM(d." + prefix + "additions) AS additions, SUM(d." + prefix + "deletions) AS deletions,"
                + " SUM(CASE WHEN d." + prefix + "commits > 0 THEN 1 ELSE 0 END) AS days"
                + " FROM repo_daily d WHERE d.account_id = :account" + days + " GROUP BY d.repo_id";
        return database.jdbi().withHandle(handle -> days.bind(Visibility.bind(handle.createQuery(
                                "SELECT r.name AS repo, a.commits, a.own AS own_commits, a.additions, a.deletions,"
                                        + " a.days AS active_days, s.last_at AS last_commit_at FROM (" + perRepo + ") a"
                                        + " JOIN repositories r ON r.id = a.repo_id JOIN repo_stats s ON s.repo_id = r.id"
                                        + " WHERE <visible> AND a.commits > 0")
                        .bind("account", accountId), includePrivate))
                .mapTo(RepoActivity.class).list());
    }

    /** One person's activity per repo (the roll-ups do not keep authors): their commits over whole local days. */
    private List<RepoActivity> activityByRepoOfAuthor(long accountId, boolean includePrivate, CommitFilter filter) {
        String local = "(c.authored_at + c.author_utc_offset * 60)";
        Conditions where = CommitScope.repos("c.repo_id", filter);
        filter.since().ifPresent(since -> where.and(local + " >= :since", "since", since));
        filter.until().ifPresent(until -> where.and(local + " < :until", "until", until));
        // Only the author and repositories of the filter apply, over local days: not CommitScope's conditions.
        CommitScope author = new CommitScope(database.dialect(), accountId, includePrivate, new CommitFilter(List.of(),
                OptionalLong.empty(), OptionalLong.empty(), filter.author(), false));
        return database.jdbi().withHandle(handle -> where.bind(author.query(handle,
                        "SELECT r.name AS repo, COUNT(*) AS commits, SUM(CASE WHEN c.is_own THEN 1 ELSE 0 END) AS own_commits,"
                                + " SUM(c.additions) AS additions, SUM(c.deletions) AS deletions,"
                                + " COUNT(DISTINCT " + local + " / 86400) AS active_days,"
                                + " MAX(c.authored_at) AS last_commit_at" + author.from() + where + " GROUP BY r.name"))
                .mapTo(RepoActivity.class).list());
    }

    List<OffsetUse> offsets(long accountId, boolean includePrivate, CommitFilter filter) {
        CommitScope scope = new CommitScope(database.dialect(), accountId, includePrivate, filter);
        return database.jdbi().withHandle(handle -> scope.query(handle, "SELECT c.author_utc_offset AS offset_minutes,"
                        + " COUNT(*) AS commits, MIN(c.authored_at) AS first_at, MAX(c.authored_at) AS last_at"
                        + scope.from() + " GROUP BY c.author_utc_offset ORDER BY 2 DESC, 1")
                .map((rs, ctx) -> new OffsetUse(rs.getInt("offset_minutes"), rs.getLong("commits"),
                        Instant.ofEpochSecond(rs.getLong("first_at")), Instant.ofEpochSecond(rs.getLong("last_at"))))
                .list());
    }

    List<DayActivity> activityByDayAtOffset(long accountId, boolean includePrivate, CommitFilter filter,
                                            int offsetSeconds) {
        CommitScope scope = new CommitScope(database.dialect(), accountId, includePrivate, filter);
        String day = "((c.authored_at + :offset) - (((c.authored_at + :offset) % 86400) + 86400) % 86400) / 86400";
        return database.jdbi().withHandle(handle -> scope.query(handle, "SELECT local_day AS epoch_day,"
                        + " COUNT(*) AS commits, SUM(CASE WHEN is_own THEN 1 ELSE 0 END) AS own_commits,"
                        + " SUM(additions) AS additions, SUM(deletions) AS deletions FROM (SELECT " + day + " AS local_day,"
                        + " c.is_own, c.additions, c.deletions" + scope.from() + ") zoned"
                        + " GROUP BY local_day ORDER BY local_day")
                .bind("offset", offsetSeconds)
                .mapTo(DayActivity.class).list());
    }

    List<HourActivity> activityByHourAtOffset(long accountId, boolean includePrivate, CommitFilter filter,
                                              int offsetSeconds) {
        CommitScope scope = new CommitScope(database.dialect(), accountId, includePrivate, filter);
        String hour = "((((c.authored_at + :offset) % 86400) + 86400) % 86400) / 3600";
        return database.jdbi().withHandle(handle -> scope.query(handle, "SELECT local_hour AS hour, COUNT(*) AS commits"
                        + " FROM (SELECT " + hour + " AS local_hour" + scope.from() + ") zoned"
                        + " GROUP BY local_hour ORDER BY local_hour")
                .bind("offset", offsetSeconds)
                .mapTo(HourActivity.class).list());
    }

    List<HourActivity> hoursFromRollup(long accountId, boolean includePrivate, List<Long> repoIds, boolean utc,
                                       boolean ownOnly) {
        String hour = utc ? "h.utc_hour" : "h.local_hour";
        Conditions where = new Conditions();
        if (!repoIds.isEmpty()) {
            where.in("h.repo_id", "repoIds", repoIds);
        }
        return database.jdbi().withHandle(handle -> where.bind(Visibility.bind(handle.createQuery(
                                "SELECT " + hour + " AS hour, SUM(h." + (ownOnly ? "own_commits" : "commits") + ") AS commits"
                                        + " FROM repo_hourly h JOIN repositories r ON r.id = h.repo_id"
                                        + " WHERE h.account_id = :account AND <visible>" + where
                                        + " GROUP BY " + hour + " ORDER BY " + hour)
                        .bind("account", accountId), includePrivate))
                .mapTo(HourActivity.class).list());
    }

    List<CommitInstant> commitInstants(long accountId, boolean includePrivate, CommitFilter filter) {
        CommitScope scope = new CommitScope(database.dialect(), accountId, includePrivate, filter);
        // Sorted here, not in SQL: an ORDER BY makes SQLite walk the date index over the account's whole history
        // rather than seek the few commits the filter selects.
        List<CommitInstant> instants = new ArrayList<>(database.jdbi().withHandle(handle -> scope.query(handle,
                        "SELECT c.authored_at, c.author_utc_offset AS utc_offset_minutes, c.is_own AS own, c.additions,"
                                + " c.deletions" + scope.from())
                .mapTo(CommitInstant.class).list()));
        instants.sort(Comparator.comparingLong(CommitInstant::authoredAt));
        return instants;
    }
}
