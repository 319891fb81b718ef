package dev.bitofgit.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.statement.Query;

/**
 * Rebuilds work_monthly — pull requests opened, merged and closed, issues opened and closed, reviews given and
 * received, per repository and UTC month — from the rows, and each closed issue's closing pull request. Months are computed here rather than in SQL because SQLite
 * and PostgreSQL share no date function; an account's rows (tens of thousands) are read once, in a few hundred ms.
 */
final class WorkRollups {
    private static final int OPENED = 0;
    private static final int MERGED = 1;
    private static final int CLOSED = 2;
    private static final int OWN_OPENED = 3;
    private static final int OWN_MERGED = 4;
    private static final int OWN_CLOSED = 5;
    private static final int ISSUES_OPENED = 6;
    private static final int ISSUES_CLOSED = 7;
    private static final int CLOSED_BY_PR = 8;
    private static final int GIVEN = 9;
    private static final int RECEIVED = 10;
    private static final int COLUMNS = 11;

    private final Database database;

    WorkRollups(Database database) {
        this.database = database;
    }

    /** One repository's counters: the columns of work_monthly per month. */
    private static final class RepoCounts {
        final String name;
        final Long repoId;
        final boolean externalPrivate;
        final Map<Integer, int[]> months = new LinkedHashMap<>();

        RepoCounts(String name, Long repoId, boolean externalPrivate) {
            this.name = name;
            this.repoId = repoId;
            this.externalPrivate = externalPrivate;
        }

        void add(Long epochSeconds, int column) {
            if (epochSeconds != null) {
                months.computeIfAbsent(month(epochSeconds), m -> new int[COLUMNS])[column]++;
            }
        }
    }

    static int month(long epochSeconds) {
        ZonedDateTime at = Instant.ofEpochSecond(epochSeconds).atZone(ZoneOffset.UTC);
        return at.getYear() * 12 + at.getMonthValue() - 1;
    }

    void refresh(long accountId) {
        database.jdbi().useTransaction(handle -> {
            // Which pull request closed each closed issue, so counting them reads one column.
            handle.execute("""
                    UPDATE issues SET closed_by_pr = CASE WHEN state = 'CLOSED' THEN (SELECT MIN(c.pr_number)
                        FROM pull_request_closes c WHERE c.account_id = issues.account_id
                        AND c.repo_key = issues.repo_key AND c.issue_number = issues.number) END
                    WHERE account_id = ?
                    """, accountId);
            Map<String, RepoCounts> repos = new LinkedHashMap<>();
            eachRow(handle.createQuery("""
                            SELECT repo_key, repo_name, repo_id, external_private, is_own, state, created_at, closed_at,
                                   merged_at FROM pull_requests WHERE account_id = :id
                            """)
                    .bind("id", accountId), rs -> {
                        RepoCounts counts = counts(repos, rs);
                        boolean own = rs.getBoolean("is_own");
                        Long merged = nullable(rs, "merged_at");
                        Long closed = "CLOSED".equals(rs.getString("state")) ? nullable(rs, "closed_at") : null;
                        counts.add(rs.getLong("created_at"), OPENED);
                        counts.add(merged, MERGED);
                        counts.add(closed, CLOSED);
                        if (own) {
                            counts.add(rs.getLong("created_at"), OWN_OPENED);
                            counts.add(merged, OWN_MERGED);
                            counts.add(closed, OWN_CLOSED);
                        }
                    });
            eachRow(handle.createQuery("SELECT repo_key, repo_name, repo_id, FALSE AS external_private, created_at, closed_at,"
                            + " closed_by_pr FROM issues WHERE account_id = :id")
                    .bind("id", accountId), rs -> {
                        RepoCounts counts = counts(repos, rs);
                        counts.add(rs.getLong("created_at"), ISSUES_OPENED);
                        counts.add(nullable(rs, "closed_at"), ISSUES_CLOSED);
                        if (nullable(rs, "closed_by_pr") != null) {
                            counts.add(nullable(rs, "closed_at"), CLOSED_BY_PR);
                        }
                    });
            eachRow(handle.createQuery("""
                            SELECT repo_key, repo_name, repo_id, external_private, by_account, on_own_pr, submitted_at
                            FROM pull_request_reviews WHERE account_id = :id
                            """)
                    .bind("id", accountId), rs -> {
                        RepoCounts counts = counts(repos, rs);
                        Long submitted = nullable(rs, "submitted_at");
                        if (rs.getBoolean("by_account")) {
                            counts.add(submitted, GIVEN);
                        } else if (rs.getBoolean("on_own_pr")) {
                            counts.add(submitted, RECEIVED);
                        }
                    });
            handle.execute("DELETE FROM work_monthly WHERE account_id = ?", accountId);
            try (PreparedStatement insert = handle.getConnection().prepareStatement("""
                    INSERT INTO work_monthly (account_id, repo_key, repo_name, repo_id, external_private, month,
                        prs_opened, prs_merged, prs_closed, own_prs_opened, own_prs_merged, own_prs_closed,
                        issues_opened, issues_closed, issues_closed_by_pr, reviews_given, reviews_received)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)) {
                for (Map.Entry<String, RepoCounts> repo : repos.entrySet()) {
                    RepoCounts counts = repo.getValue();
                    for (Map.Entry<Integer, int[]> month : counts.months.entrySet()) {
                        insert.setLong(1, accountId);
                        insert.setString(2, repo.getKey());
                        insert.setString(3, counts.name);
                        if (counts.repoId == null) {
                            insert.setNull(4, Types.BIGINT);
                        } else {
                            insert.setLong(4, counts.repoId);
                        }
                        insert.setBoolean(5, counts.externalPrivate);
                        insert.setInt(6, month.getKey());
                        for (int column = 0; column < COLUMNS; column++) {
                            insert.setInt(7 + column, month.getValue()[column]);
                        }
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            } catch (SQLException e) {
                throw new StoreException("cannot rebuild the pull request and issue roll-up: " + e.getMessage(), e);
            }
        });
    }

    /** A step over one row of a result set. */
    private interface RowStep {
        void accept(ResultSet rs) throws SQLException;
    }

    /** Runs {@code step} on each row of {@code query}, in order: a plain loop where the rows only feed counters. */
    private static void eachRow(Query query, RowStep step) {
        query.scanResultSet((results, context) -> {
            ResultSet rs = results.get();
            while (rs.next()) {
                step.accept(rs);
            }
            return null;
        });
    }

    private static RepoCounts counts(Map<String, RepoCounts> repos, ResultSet rs) throws SQLException {
        String key = rs.getString("repo_key");
        RepoCounts counts = repos.get(key);
        if (counts == null) {
            counts = new RepoCounts(rs.getString("repo_name"), nullable(rs, "repo_id"), rs.getBoolean("external_private"));
            repos.put(key, counts);
        }
        return counts;
    }

    private static Long nullable(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
