package dev.bitofgit.ingest;

import dev.bitofgit.github.GitHubClient;
import dev.bitofgit.store.Account;
import dev.bitofgit.store.JobRecord;
import dev.bitofgit.store.JobRepoRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps jobs going across processes and instances: resumes the jobs a stopped process left, renews the leases of
 * the jobs running here and takes over those whose instance stopped renewing, and re-syncs the accounts whose owner
 * kept a token.
 */
final class JobLeases {
    private static final Logger LOG = LoggerFactory.getLogger(JobLeases.class);
    private static final String TOKEN_NEEDED_AGAIN =
            "the job was interrupted and needs its GitHub token again: start the ingest again";

    private final JobParts parts;
    private final GitHubChecks github;
    private final JobRunner runner;
    private final JobAdmission admission;
    private final ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ingest-leases");
        thread.setDaemon(true);
        return thread;
    });

    JobLeases(JobParts parts,
              GitHubChecks github, JobRunner runner, JobAdmission admission) {
        this.parts = parts;
        this.github = github;
        this.runner = runner;
        this.admission = admission;
    }

    /** Continues jobs a stopped process left pending or running. Returns how many were resumed. */
    int resumeInterrupted() {
        int resumed = 0;
        for (JobRecord record : parts.stores().jobs().unfinished()) {
            if (parts.live().running.containsKey(record.loginKey()) || parts.live().unsavedEnds.containsKey(record.id())
                    || !parts.lease().claim(record.id())) {
                continue; // running here already, or another live instance holds it
            }
            Optional<String> token = record.usedToken() ? keptToken(record.loginKey()).or(parts.config()::defaultToken)
                    : parts.config().defaultToken();
            JobProgress progress = new JobProgress(record.id(), record.loginKey(), record.createdAt());
            progress.restore(record.requests(), record.notModified(), record.commitsStored(),
                    record.startedAt().orElse(Instant.now()));
            if (token.isEmpty()) { // GitHub's GraphQL API needs a token, even for a public job
                endHere(progress, JobState.FAILED, TOKEN_NEEDED_AGAIN);
                continue;
            }
            try {
                GitHubClient client = github.client(token, progress);
                Preflight preflight = github.preflight(client, record.loginKey(), token, record.includePrivate());
                if (record.includePrivate() && !preflight.asOwner()) {
                    endHere(progress, JobState.FAILED, TOKEN_NEEDED_AGAIN);
                    continue;
                }
                Map<String, JobRepoRecord> checkpoints = new HashMap<>();
                for (JobRepoRecord repo : parts.stores().jobs().repos(record.id())) {
                    checkpoints.put(repo.repoName(), repo);
                }
                LiveJobs.Running job = runner.register(record.loginKey(), progress, preflight.asOwner());
                LOG.info("resuming ingest job {} for {} ({} repositories already done)", record.id(), record.loginKey(),
                        checkpoints.values().stream().filter(RepoState.DONE::matches).count());
                runner.inBackground(() -> runner.execute(job, client, preflight, record.fullSync(), checkpoints,
                        status -> { }));
                resumed++;
            } catch (IngestRejected e) {
                endHere(progress, e.jobState(), e.getMessage());
            }
        }
        return resumed;
    }

    private void endHere(JobProgress progress, JobState state, String message) {
        progress.finish(state, message);
        runner.checkpoint(progress, true, status -> { });
    }

    private Optional<String> keptToken(String login) {
        Optional<TokenKeeper> keeper = parts.hooks().keeper();
        if (keeper.isEmpty()) {
            return Optional.empty();
        }
        try {
            return parts.stores().accounts().findByLogin(login).flatMap(account -> keeper.get().find(account.id()));
        } catch (RuntimeException e) {
            LOG.warn("the kept token of {} cannot be used: {}", login, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Every few seconds: renews the leases of the jobs running here (also while a job waits for a rate limit) and
     * takes over jobs whose instance died (their lease expired).
     */
    void startLeaseKeeping() {
        long period = Math.max(1, parts.config().lease().toSeconds() / 3);
        schedule.scheduleWithFixedDelay(() -> {
            try {
                for (LiveJobs.Running job : parts.live().running.values()) {
                    parts.lease().renew(job.progress().jobId());
                }
                runner.saveUnsavedEnds();
                admission.startQueued();
                int taken = resumeInterrupted();
                if (taken > 0) {
                    LOG.info("took over {} ingest job(s) whose instance stopped renewing its lease", taken);
                }
            } catch (RuntimeException e) {
                LOG.warn("lease keeping failed: {}", e.toString());
            }
        }, period, period, TimeUnit.SECONDS);
    }

    /**
     * Every {@code interval}: re-syncs each account whose owner kept a token (incremental: an unchanged account costs
     * two requests). Off when the interval is zero.
     */
    void startResync(Duration interval) {
        Optional<TokenKeeper> keeper = parts.hooks().keeper();
        if (interval.isZero() || keeper.isEmpty()) {
            return;
        }
        schedule.scheduleWithFixedDelay(() -> {
            for (long accountId : keeper.get().accounts()) {
                try {
                    Optional<Account> account = parts.stores().accounts().findById(accountId);
                    Optional<String> token = keeper.get().find(accountId);
                    if (account.isPresent() && token.isPresent()) {
                        admission.start(new IngestRequest(account.get().login(), token, true, false), true,
                                status -> { });
                    }
                } catch (RuntimeException e) {
                    LOG.warn("scheduled re-sync of account {} did not start: {}", accountId, e.getMessage());
                }
            }
        }, interval.toSeconds(), interval.toSeconds(), TimeUnit.SECONDS);
    }

    void close() {
        schedule.shutdownNow();
    }
}
