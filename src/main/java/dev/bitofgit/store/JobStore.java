package dev.bitofgit.store;

import static java.util.Objects.requireNonNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Ingest jobs and their per-repo checkpoints: what lets a job resume after the process died. */
public final class JobStore {
    private final Database database;

    public JobStore(Database database) {
        this.database = requireNonNull(database, "database == null");
    }

    public void create(String id, String login, boolean includePrivate, boolean fullSync, boolean usedToken,
                       Instant now) {
        database.jdbi().useHandle(handle -> handle.createUpdate("""
                        INSERT INTO ingest_jobs (id, login_key, status, phase, include_private, full_sync, used_token,
                            created_at)
                        VALUES (:id, :login, 'pending', 'queued', :private, :full, :token, :now)
                        """)
                .bind("id", id)
                .bind("login", login.toLowerCase(Locale.ROOT))
                .bind("private", includePrivate)
                .bind("full", fullSync)
                .bind("token", usedToken)
                .bind("now", now.getEpochSecond())
                .execute());
    }

    /** Writes the job's live counters (called on phase changes and every few seconds, not per request). */
    public void update(String id, String status, String phase, int reposTotal, int reposDone, long commitsStored,
                       int requests, int notModified, Optional<Integer> rateLimitRemaining, Optional<String> message,
                       Optional<String> error, Optional<Instant> startedAt, Optional<Instant> finishedAt) {
        database.jdbi().useHandle(handle -> handle.createUpdate("""
                        UPDATE ingest_jobs SET status = :status, phase = :phase, repos_total = :total,
                            repos_done = :done, commits_stored = :commits, requests = :requests,
                            not_modified = :notModified, rate_limit_remaining = :remaining, message = :message,
                            error = :error, started_at = COALESCE(started_at, :started), finished_at = :finished
                        WHERE id = :id
                        """)
                .bind("id", id)
                .bind("status", status)
                .bind("phase", phase)
                .bind("total", reposTotal)
                .bind("done", reposDone)
                .bind("commits", commitsStored)
                .bind("requests", requests)
                .bind("notModified", notModified)
                .bind("remaining", rateLimitRemaining.orElse(null))
                .bind("message", message.orElse(null))
                .bind("error", error.orElse(null))
                .bind("started", startedAt.map(Instant::getEpochSecond).orElse(null))
                .bind("finished", finishedAt.map(Instant::getEpochSecond).orElse(null))
                .execute());
    }

    /**
     * Takes the job's lease if it is free or expired (compare-and-set, so two instances never both win): the claim
     * that lets several instances share one PostgreSQL without running a job twice.
     */
    public boolean claim(String id, String owner, Instant now, Duration lease) {
        return database.jdbi().withHandle(handle -> handle.createUpdate("""
                        UPDATE ingest_jobs SET lease_owner = :owner, lease_expires_at = :expires
                        WHERE id = :id AND status IN ('pending', 'running')
                          AND (lease_owner IS NULL OR lease_owner = :owner OR lease_expires_at IS NULL OR lease_expires_at < :now)
                        """)
                .bind("id", id).bind("owner", owner).bind("now", now.getEpochSecond())
                .bind("expires", now.plus(lease).getEpochSecond())
                .execute()) == 1;
    }

    /** Extends the lease while the job runs here; false when another instance has taken it over. */
    public boolean renew(String id, String owner, Instant now, Duration lease) {
        return database.jdbi().withHandle(handle -> handle.createUpdate(
                        "UPDATE ingest_jobs SET lease_expires_at = :expires WHERE id = :id AND lease_owner = :owner")
                .bind("id", id).bind("owner", owner).bind("expires", now.plus(lease).getEpochSecond())
                .execute()) == 1;
    }

    /** Gives up this instance's leases (a graceful stop), so the next start or another instance resumes at once. */
    public int release(String owner) {
        return database.jdbi().withHandle(handle -> handle.createUpdate(
                        "UPDATE ingest_jobs SET lease_expires_at = 0 WHERE lease_owner = :owner AND status IN ('pending', 'running')")
                .bind("owner", owner).execute());
    }

    /** The unfinished job of an account that some live instance holds, if any (to join it instead of starting another). */
    public Optional<JobRecord> activeFor(String login, Instant now) {
        return database.jdbi().withHandle(handle -> handle.createQuery("""
                        SELECT * FROM ingest_jobs WHERE login_key = :login AND status IN ('pending', 'running')
                          AND lease_expires_at >= :now ORDER BY created_at DESC LIMIT 1
                        """)
                .bind("login", login.toLowerCase(Locale.ROOT)).bind("now", now.getEpochSecond())
                .map((rs, ctx) -> map(rs)).findOne());
    }

    public Optional<JobRecord> find(String id) {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT * FROM ingest_jobs WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> map(rs))
                .findOne());
    }

    public Optional<JobRecord> latestFor(String login) {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT * FROM ingest_jobs WHERE login_key = :login ORDER BY created_at DESC, id DESC LIMIT 1")
                .bind("login", login.toLowerCase(Locale.ROOT))
                .map((rs, ctx) -> map(rs))
                .findOne());
    }

    /** Jobs that were pending or running when their process stopped. */
    public List<JobRecord> unfinished() {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT * FROM ingest_jobs WHERE status IN ('pending', 'running') ORDER BY created_at")
                .map((rs, ctx) -> map(rs))
                .list());
    }

    public List<JobRepoRecord> repos(String jobId) {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT * FROM ingest_job_repos WHERE job_id = :id ORDER BY repo_name")
                .bind("id", jobId)
                .map((rs, ctx) -> new JobRepoRecord(rs.getString("repo_name"), rs.getString("status"),
                        Optional.ofNullable(rs.getString("history_cursor")), rs.getInt("commits_fetched"),
                        Optional.ofNullable(rs.getString("error"))))
                .list());
    }

    public void saveRepo(String jobId, String repoName, String status, Optional<String> cursor, int commitsFetched,
                         Optional<String> error) {
        database.jdbi().useHandle(handle -> handle.createUpdate("""
                        INSERT INTO ingest_job_repos (job_id, repo_name, status, history_cursor, commits_fetched, error)
                        VALUES (:job, :repo, :status, :cursor, :fetched, :error)
                        ON CONFLICT (job_id, repo_name) DO UPDATE SET status = excluded.status,
                            history_cursor = excluded.history_cursor, commits_fetched = excluded.commits_fetched,
                            error = excluded.error
                        """)
                .bind("job", jobId)
                .bind("repo", repoName)
                .bind("status", status)
                .bind("cursor", cursor.orElse(null))
                .bind("fetched", commitsFetched)
                .bind("error", error.orElse(null))
                .execute());
    }

    private static JobRecord map(ResultSet rs) throws SQLException {
        int remaining = rs.getInt("rate_limit_remaining");
        Optional<Integer> rateLimit = rs.wasNull() ? Optional.empty() : Optional.of(remaining);
        return new JobRecord(
                rs.getString("id"),
                rs.getString("login_key"),
                rs.getString("status"),
                rs.getString("phase"),
                rs.getBoolean("include_private"),
                rs.getBoolean("full_sync"),
                rs.getBoolean("used_token"),
                rs.getInt("repos_total"),
                rs.getInt("repos_done"),
                rs.getLong("commits_stored"),
                rs.getInt("requests"),
                rs.getInt("not_modified"),
                rateLimit,
                Optional.ofNullable(rs.getString("message")),
                Optional.ofNullable(rs.getString("error")),
                Instant.ofEpochSecond(rs.getLong("created_at")),
                Rows.instant(rs, "started_at"),
                Rows.instant(rs, "finished_at"));
    }
}
