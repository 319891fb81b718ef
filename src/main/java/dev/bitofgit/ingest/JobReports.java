package dev.bitofgit.ingest;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.store.Account;
import dev.bitofgit.store.JobRecord;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a caller may see of jobs and accounts: a job whole, or — for a caller who may not read the account's private
 * data, when the job read private repositories — its {@linkplain PublicJobView public part}; an account's ingest
 * state. Jobs held in memory here are served from memory, so progress answers while the database is away.
 */
final class JobReports {
    private final IngestJob.Stores stores;
    private final LiveJobs live;

    JobReports(IngestJob.Stores stores, LiveJobs live) {
        this.stores = stores;
        this.live = live;
    }

    Optional<JobStatus> job(String jobId, Predicate<String> mayReadPrivate) {
        requireNonNull(mayReadPrivate, "mayReadPrivate == null");
        return job(jobId).map(status -> seenBy(status, mayReadPrivate.test(status.username())));
    }

    /** The job's live progress while this instance holds it, else its last checkpoint: the whole job. */
    Optional<JobStatus> job(String jobId) {
        return live.find(jobId).or(() -> stores.jobs().find(jobId).map(JobReports::fromRecord));
    }

    private JobStatus seenBy(JobStatus status, boolean mayReadPrivate) {
        if (mayReadPrivate) {
            return status;
        }
        // A job running here knows whether it reads private repositories: no database call, so its progress is
        // served from memory while the database is away.
        if (!live.seesPrivate(status.jobId()).orElseGet(() -> stores.jobs().find(status.jobId())
                .map(JobRecord::includePrivate).orElse(true))) {
            return status;
        }
        Optional<Account> account = stores.accounts().findByLogin(status.username());
        return PublicJobView.of(status,
                account.map(found -> stores.repositories().countByAccount(found.id(), false)).orElse(0),
                account.map(found -> stores.repositories().privateNameKeys(found.id())).orElse(Set.of()),
                stores.jobs().repos(status.jobId()));
    }

    /**
     * The account's ingest state; repository and commit counts, and the latest job's outcome, leave private
     * repositories out unless asked. The job id is shown only with private access: a job id is given to the caller
     * that started or joined the job, and to the account's own session.
     */
    AccountStatus account(String username, boolean includePrivate) {
        String login = Usernames.validate(username);
        String key = login.toLowerCase(Locale.ROOT);
        Optional<Account> account = stores.accounts().findByLogin(login);
        LiveJobs.Running running = live.running.get(key);
        JobProgress checking = live.preflighting.get(key);
        Optional<JobStatus> latest = (running != null ? Optional.of(running.progress().snapshot())
                : checking != null ? Optional.of(checking.snapshot())
                : stores.jobs().latestFor(login)
                        .map(record -> live.unsavedEnds.getOrDefault(record.id(), fromRecord(record))))
                .map(job -> seenBy(job, includePrivate));
        int repos = account.map(a -> stores.repositories().countByAccount(a.id(), includePrivate)).orElse(0);
        long commits = account.map(a -> stores.commits().countByAccountFromRollups(a.id(), includePrivate)).orElse(0L);
        Optional<Instant> ingestedAt = account.flatMap(a -> stores.accounts().ingestedAt(a.id()));
        String status;
        if (latest.isPresent()) {
            status = latest.get().status();
        } else if (account.isPresent() && ingestedAt.isPresent()) {
            status = JobState.COMPLETED.wire(); // loaded without a job (the demo, an import)
        } else {
            status = JobState.NOT_FOUND.wire();
        }
        return new AccountStatus(account.map(Account::login).orElse(login), status, repos, commits, ingestedAt,
                latest.filter(job -> includePrivate).map(JobStatus::jobId),
                latest.flatMap(job -> job.finished() && !job.status().equals(JobState.COMPLETED.wire())
                        ? job.message() : Optional.empty()));
    }

    static JobStatus fromRecord(JobRecord record) {
        return new JobStatus(record.id(), record.loginKey(), record.status(), record.phase(), record.reposTotal(),
                record.reposDone(), record.commitsStored(), record.requests(), record.notModified(),
                record.rateLimitRemaining(), Optional.empty(), List.of(), record.message(), record.createdAt(),
                record.startedAt(), record.finishedAt());
    }
}
