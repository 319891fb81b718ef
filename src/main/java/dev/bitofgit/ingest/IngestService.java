package dev.bitofgit.ingest;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.github.GitHubClientOptions;
import dev.bitofgit.github.GitHubUser;
import dev.bitofgit.store.AccountStore;
import dev.bitofgit.store.ActivityRollups;
import dev.bitofgit.store.CommitStore;
import dev.bitofgit.store.EtagStore;
import dev.bitofgit.store.IdentityStore;
import dev.bitofgit.store.JobStore;
import dev.bitofgit.store.RepositoryStore;
import dev.bitofgit.store.WorkStore;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Starts, joins, reports and resumes ingest jobs: the door to the ingest, over its parts by lifecycle —
 * {@link JobAdmission} (validation, owner proof, preflight), {@link JobRunner} (execute, checkpoint, endings),
 * {@link JobLeases} (resume, takeover, re-sync) and {@link JobReports} (what a caller may see). A request is checked
 * with GitHub before it is accepted (a bad username, a rejected token, an unknown user are {@link IngestRejected}),
 * then runs in the background; a second request for an account already being ingested joins that job.
 */
public final class IngestService implements AutoCloseable {
    /** The one sentence every face shows for a tokenless ingest (CLI, POST /ingest, the UI). */
    public static final String TOKEN_NEEDED = "a GitHub token is needed, even for public data (GitHub's GraphQL API "
            + "refuses requests without one): a fine-grained token with no permissions reads public data; create one "
            + "at https://github.com/settings/personal-access-tokens/new and pass it with --token (CLI), github_token "
            + "(POST /ingest) or GITHUB_TOKEN (the server's default)";

    /**
     * Where GitHub is and how to talk to it. {@code defaultToken} is GITHUB_TOKEN, used when a request has none;
     * {@code lease}: how long a job stays this instance's without a renewal.
     */
    public record Config(URI apiUrl, URI graphqlUrl, Optional<String> defaultToken, GitHubClientOptions clientOptions,
                         Duration lease) {
        public Config(URI apiUrl, URI graphqlUrl, Optional<String> defaultToken, GitHubClientOptions clientOptions) {
            this(apiUrl, graphqlUrl, defaultToken, clientOptions, Duration.ofSeconds(30));
        }

        public Config {
            requireNonNull(lease, "lease == null");
            requireNonNull(apiUrl, "apiUrl == null");
            requireNonNull(graphqlUrl, "graphqlUrl == null");
            requireNonNull(defaultToken, "defaultToken == null");
            requireNonNull(clientOptions, "clientOptions == null");
        }

        @Override
        public String toString() {
            return "Config[apiUrl=" + apiUrl + ", graphqlUrl=" + graphqlUrl + ", defaultToken="
                    + (defaultToken.isPresent() ? "(set)" : "(unset)") + "]";
        }
    }

    /** Sees GitHub traffic and finished jobs across all jobs (metrics). */
    public interface Observer {
        void response(int status, boolean notModified, int rateLimitRemaining);

        void jobFinished(String status);

        Observer NONE = new Observer() {
            @Override
            public void response(int status, boolean notModified, int rateLimitRemaining) {
            }

            @Override
            public void jobFinished(String status) {
            }
        };
    }

    /** The account a request's token proved to be the caller's own; {@code byDefaultToken}: proved by GITHUB_TOKEN. */
    public record ProvenOwner(long accountId, String login, boolean byDefaultToken) {
        public ProvenOwner {
            requireNonNull(login, "login == null");
        }
    }

    /** A started or joined job, and the account the request proved to be the caller's (a session may be issued). */
    public record Submission(JobStatus status, Optional<ProvenOwner> owner) {
        public Submission {
            requireNonNull(status, "status == null");
            requireNonNull(owner, "owner == null");
        }
    }

    /**
     * Runs after each job that ended with data stored (completed, or completed with errors), with the account's id;
     * returns a sentence for the job's message when it starts work the job's outcome does not include (search by
     * meaning is prepared behind the ingest).
     */
    @FunctionalInterface
    public interface AfterIngest {
        Optional<String> ingested(long accountId);
    }

    private final IngestHooks hooks = new IngestHooks();
    private final GitHubChecks github;
    private final JobLease lease;
    private final JobRunner runner;
    private final JobAdmission admission;
    private final JobLeases leases;
    private final JobReports reports;

    public IngestService(Config config, AccountStore accounts, RepositoryStore repositories, CommitStore commits,
                         JobStore jobStore, EtagStore etags, ActivityRollups rollups, WorkStore work,
                         IdentityStore identities) {
        requireNonNull(config, "config == null");
        IngestJob.Stores stores = new IngestJob.Stores(accounts, repositories, commits, jobStore, etags, rollups, work,
                requireNonNull(identities, "identities == null"));
        LiveJobs live = new LiveJobs();
        this.github = new GitHubChecks(config, stores, hooks);
        this.lease = new JobLease(jobStore, config.lease());
        JobParts parts = new JobParts(config, stores, hooks, live, lease);
        // A job's end lets the owners' jobs queued behind it start: the runner calls back into admission.
        this.runner = new JobRunner(parts, this::startQueued);
        this.admission = new JobAdmission(parts, github, runner);
        this.leases = new JobLeases(parts, github, runner, admission);
        this.reports = new JobReports(stores, live);
    }

    public void afterEachJob(AfterIngest hook) {
        hooks.afterIngest(hook);
    }

    public void observe(Observer newObserver) {
        hooks.observer(newObserver);
    }

    /** Keeps owners' tokens (sealed) when they ask for it: resumes and re-syncs then need no token in the request. */
    public void keepTokensWith(TokenKeeper newKeeper) {
        hooks.keeper(newKeeper);
    }

    /** Validates with GitHub, then starts the job in the background (or joins the running one). */
    public Submission submit(IngestRequest request) {
        return admission.start(request, true, status -> { });
    }

    /** Runs a job in the calling thread, reporting progress (the CLI's `ingest`). */
    public JobStatus runInForeground(IngestRequest request, Consumer<JobStatus> onProgress) {
        return admission.start(request, false, onProgress).status();
    }

    /**
     * Whose GitHub token this is (one GET /user with it): the account a session may then be issued for, without an
     * ingest. Costs the token owner's own quota, never the server's.
     */
    public ProvenOwner identify(String token) {
        requireNonNull(token, "token == null");
        GitHubUser user = github.tokenOwner(Optional.of(token));
        return new ProvenOwner(user.id(), user.login(), false);
    }

    /**
     * Every {@code interval}: re-syncs each account whose owner kept a token (incremental: an unchanged account costs
     * two requests). Off when the interval is zero.
     */
    public void startResync(Duration interval) {
        leases.startResync(interval);
    }

    /** Continues jobs a stopped process left pending or running. Returns how many were resumed. */
    public int resumeInterrupted() {
        return leases.resumeInterrupted();
    }

    /**
     * Every few seconds: renews the leases of the jobs running here (also while a job waits for a rate limit) and
     * takes over jobs whose instance died (their lease expired).
     */
    public void startLeaseKeeping() {
        leases.startLeaseKeeping();
    }

    /**
     * The job as this caller may see it: whole for a caller that may read the account's private data, else — when
     * the job read private repositories — its {@linkplain PublicJobView public part}. Every face that shows a job
     * (GET /ingest/{id}, its event stream, /users, readiness) goes through here or {@link #account(String, boolean)}.
     */
    public Optional<JobStatus> job(String jobId, Predicate<String> mayReadPrivate) {
        return reports.job(jobId, mayReadPrivate);
    }

    /** The job's live progress while it runs here, else its last checkpoint: the whole job, private data included. */
    Optional<JobStatus> job(String jobId) {
        return reports.job(jobId);
    }

    /** The account's ingest state: the running or latest job, and what the store holds (private data counted). */
    public AccountStatus account(String username) {
        return account(username, true);
    }

    /**
     * The account's ingest state; repository and commit counts, and the latest job's outcome, leave private
     * repositories out unless asked. The job id is shown only with private access: a job id is given to the caller
     * that started or joined the job, and to the account's own session.
     */
    public AccountStatus account(String username, boolean includePrivate) {
        return reports.account(username, includePrivate);
    }

    private void startQueued() {
        admission.startQueued();
    }

    /** Stops running jobs; their checkpoints let the next start resume them. */
    @Override
    public void close() {
        admission.close();
        leases.close();
        runner.close();
        lease.releaseAll();
    }
}
