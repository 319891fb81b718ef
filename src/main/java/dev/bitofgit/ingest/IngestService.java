package dev.bitofgit.ingest;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.github.Conditional;
import dev.bitofgit.github.GitHubClient;
import dev.bitofgit.github.GitHubClientOptions;
import dev.bitofgit.github.GitHubException;
import dev.bitofgit.github.GitHubUser;
import dev.bitofgit.store.Account;
import dev.bitofgit.store.AccountStore;
import dev.bitofgit.store.ActivityRollups;
import dev.bitofgit.store.CommitStore;
import dev.bitofgit.store.EtagStore;
import dev.bitofgit.store.IdentityStore;
import dev.bitofgit.store.JobRecord;
import dev.bitofgit.store.JobRepoRecord;
import dev.bitofgit.store.JobStore;
import dev.bitofgit.store.RepositoryStore;
import dev.bitofgit.store.StoreException;
import dev.bitofgit.store.StoreFaults;
import dev.bitofgit.store.WorkStore;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts, joins, reports and resumes ingest jobs. A request is checked with GitHub before it is accepted (bad
 * username 400, rejected token 401, unknown user 404), then runs in the background; a second request for an account
 * already being ingested joins that job. Jobs checkpoint to the store, and {@link #resumeInterrupted()} continues
 * the ones a dead process left behind.
 */
public final class IngestService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);
    private static final long CHECKPOINT_INTERVAL_MILLIS = 1_000;
    /** How long a job waits for an unreachable database (a PostgreSQL restart, a failover) before it fails. */
    private static final java.time.Duration STORE_OUTAGE_MAX_WAIT = java.time.Duration.ofMinutes(5);

    /** Where GitHub is and how to talk to it. {@code defaultToken} is GITHUB_TOKEN, used when a request has none. */
    /** How long POST /ingest waits for GitHub to answer the preflight before answering with the pending job. */
    private static final java.time.Duration PREFLIGHT_PATIENCE = java.time.Duration.ofSeconds(2);

    /** The one sentence every face shows for a tokenless ingest (CLI, POST /ingest, the UI). */
    public static final String TOKEN_NEEDED = "a GitHub token is needed, even for public data (GitHub's GraphQL API "
            + "refuses requests without one): a fine-grained token with no permissions reads public data; create one "
            + "at https://github.com/settings/personal-access-tokens/new and pass it with --token (CLI), github_token "
            + "(POST /ingest) or GITHUB_TOKEN (the server's default)";

    public record Config(URI apiUrl, URI graphqlUrl, Optional<String> defaultToken, GitHubClientOptions clientOptions,
                         java.time.Duration lease) {
        public Config(URI apiUrl, URI graphqlUrl, Optional<String> defaultToken, GitHubClientOptions clientOptions) {
            this(apiUrl, graphqlUrl, defaultToken, clientOptions, java.time.Duration.ofSeconds(30));
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

    private final Config config;
    private Observer observer = Observer.NONE;
    private volatile AfterIngest afterIngest = accountId -> Optional.empty();
    private Optional<TokenKeeper> keeper = Optional.empty();
    /** This instance, as lease owner of the jobs it runs. */
    private final String instanceId = UUID.randomUUID().toString();
    private volatile boolean claimedJobs;
    private final java.util.concurrent.ScheduledExecutorService leases =
            Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "ingest-leases");
                thread.setDaemon(true);
                return thread;
            });
    private final IngestJob.Stores stores;
    private final ExecutorService jobs;
    private final Map<String, RunningJob> running = new ConcurrentHashMap<>();
    private final Map<String, Long> lastCheckpoint = new ConcurrentHashMap<>();
    /** Jobs that ended here but whose final status the store could not take (disk full): served from memory. */
    private final Map<String, JobStatus> unsavedEnds = new ConcurrentHashMap<>();
    /** Owners' jobs waiting for a public-only job of their account to end (in memory: lost with the process). */
    private final Map<String, Queued> queued = new ConcurrentHashMap<>();
    /**
     * Jobs whose preflight (who is this user, whose is this token) GitHub is making wait — a rate limit, a secondary
     * limit, a slow answer — after POST /ingest already answered; by login key. In memory until the job starts.
     */
    private final Map<String, JobProgress> preflighting = new ConcurrentHashMap<>();
    private final ExecutorService preflights = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "ingest-preflight");
        thread.setDaemon(true);
        return thread;
    });

    /** A job running here; {@code seesPrivate}: it lists the account with its owner's visibility. */
    private record RunningJob(JobProgress progress, ExecutorService workers, boolean seesPrivate) {
    }

    public IngestService(Config config, AccountStore accounts, RepositoryStore repositories, CommitStore commits,
                         JobStore jobStore, EtagStore etags, ActivityRollups rollups, WorkStore work,
                         IdentityStore identities) {
        this.config = requireNonNull(config, "config == null");
        this.stores = new IngestJob.Stores(accounts, repositories, commits, jobStore, etags, rollups, work,
                requireNonNull(identities, "identities == null"));
        AtomicInteger counter = new AtomicInteger();
        this.jobs = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "ingest-job-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
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

    public void afterEachJob(AfterIngest hook) {
        this.afterIngest = requireNonNull(hook, "hook == null");
    }

    public void observe(Observer newObserver) {
        this.observer = requireNonNull(newObserver, "observer == null");
    }

    /** Keeps owners' tokens (sealed) when they ask for it: resumes and re-syncs then need no token in the request. */
    public void keepTokensWith(TokenKeeper newKeeper) {
        this.keeper = Optional.of(requireNonNull(newKeeper, "keeper == null"));
    }

    /** Validates with GitHub, then starts the job in the background (or joins the running one). */
    public Submission submit(IngestRequest request) {
        return start(request, true, status -> { });
    }

    /** Runs a job in the calling thread, reporting progress (the CLI's `ingest`). */
    public JobStatus runInForeground(IngestRequest request, Consumer<JobStatus> onProgress) {
        return start(request, false, onProgress).status();
    }

    private Submission start(IngestRequest request, boolean background, Consumer<JobStatus> onProgress) {
        String login = Usernames.validate(request.username());
        String key = login.toLowerCase(Locale.ROOT);
        Optional<String> given = request.token().filter(value -> !value.isBlank());
        Optional<String> token = given.or(config::defaultToken);
        if (token.isEmpty()) {
            // GitHub's GraphQL API answers 401 without a token, even for public data: a tokenless job could only fail
            // (and spend the unauthenticated REST limit on the way), so it never starts.
            throw new IngestRejected(400, TOKEN_NEEDED);
        }
        if (request.keepToken() && given.isEmpty()) {
            throw new IngestRejected(400, "keep_token needs github_token: only a token sent with the request is kept");
        }
        if (request.keepToken() && keeper.isEmpty()) {
            throw new IngestRejected(400, "this server cannot keep tokens: its operator has not set BITOFGIT_SECRET_KEY");
        }
        saveUnsavedEnds();
        RunningJob existing = running.get(key);
        Optional<JobRecord> elsewhere = existing != null ? Optional.empty() : stores.jobs().activeFor(login, Instant.now())
                .filter(record -> !unsavedEnds.containsKey(record.id())); // ended here; its end is not stored yet
        if (existing != null || elsewhere.isPresent()) {
            // Join the running job (here or on another instance); a token still proves the caller's account.
            JobStatus joined = existing != null ? existing.progress().snapshot() : fromRecord(elsewhere.get());
            Optional<ProvenOwner> owner = token.isEmpty() ? Optional.empty()
                    : proveOwnerPatiently(token, login, given.isEmpty());
            owner.ifPresent(proven -> keepIfAsked(request, proven, given));
            boolean runningSeesPrivate = existing != null ? existing.seesPrivate() : elsewhere.get().includePrivate();
            if (owner.isPresent() && request.includePrivate() && !runningSeesPrivate) {
                // The running job sees public data only: joining it would leave the owner's private repositories
                // unsynced. The owner's job waits for it and then runs with the owner's own visibility.
                return new Submission(queueBehind(key, login, request, token, onProgress), owner);
            }
            return new Submission(joined, owner);
        }
        Queued waiting = queued.get(key);
        if (waiting != null) {
            // An owner's job is already waiting to run: a second request joins that one.
            Optional<ProvenOwner> owner = token.isEmpty() ? Optional.empty()
                    : proveOwnerPatiently(token, login, given.isEmpty());
            owner.ifPresent(proven -> keepIfAsked(request, proven, given));
            return new Submission(waiting.progress().snapshot(), owner);
        }
        JobProgress checking = preflighting.get(key);
        if (checking != null) {
            // GitHub is making this account's preflight wait: join it (whose token this is, is not asked meanwhile).
            return new Submission(checking.snapshot(), Optional.empty());
        }
        String jobId = UUID.randomUUID().toString();
        JobProgress progress = new JobProgress(jobId, login, Instant.now());
        if (!background) {
            return launch(key, login, progress, request, token, false, onProgress);
        }
        return launchPatiently(key, login, progress, request, token, onProgress);
    }

    /**
     * Launches in the background and waits for the preflight only while GitHub answers promptly, so that a rejected
     * token (401) or an unknown user (404) is still the request's answer; when GitHub makes the caller wait (a rate
     * limit, a secondary limit, a slow answer), answers at once with the pending job, whose progress then says what it
     * waits for and until when. The request never holds a connection for GitHub's sake.
     */
    private Submission launchPatiently(String key, String login, JobProgress progress, IngestRequest request,
                                       Optional<String> token, Consumer<JobStatus> onProgress) {
        JobProgress raced = preflighting.putIfAbsent(key, progress);
        if (raced != null) {
            return new Submission(raced.snapshot(), Optional.empty());
        }
        java.util.concurrent.CompletableFuture<Submission> launched;
        try {
            launched = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> launch(key, login, progress, request, token, true, onProgress), preflights);
        } catch (RuntimeException e) {
            preflighting.remove(key, progress);
            throw e;
        }
        launched.whenComplete((submission, failure) -> preflighting.remove(key, progress));
        long deadline = System.nanoTime() + PREFLIGHT_PATIENCE.toNanos();
        while (true) {
            try {
                return launched.get(50, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                throw new IllegalStateException(e.getCause());
            } catch (java.util.concurrent.TimeoutException e) {
                boolean waiting = progress.snapshot().message().filter(m -> m.startsWith("waiting")).isPresent();
                if (waiting || System.nanoTime() > deadline) {
                    break;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        String checking = "asking GitHub about " + login + " (GitHub is slow to answer)";
        progress.messageUnlessSet(checking);
        launched.whenComplete((submission, failure) -> {
            progress.clearMessage(checking);
            if (failure != null) {
                endBeforeStart(progress, login, request, token,
                        failure instanceof java.util.concurrent.CompletionException ? failure.getCause() : failure);
            }
        });
        LOG.info("ingest job {} for {}: GitHub makes the preflight wait; answered at once, the job waits",
                progress.jobId(), login);
        return new Submission(progress.snapshot(), Optional.empty());
    }

    /** A job whose preflight failed after its request was answered: its end is stored like any job's. */
    private void endBeforeStart(JobProgress progress, String login, IngestRequest request, Optional<String> token,
                                Throwable failure) {
        if (failure instanceof IngestRejected rejected) {
            progress.finish(rejected.status() == 404 ? "not_found" : "failed", rejected.getMessage());
        } else {
            LOG.error("ingest job {} for {} could not start", progress.jobId(), login, failure);
            progress.finish("failed", "the ingest could not start; see the server log for job " + progress.jobId());
        }
        try {
            stores.jobs().create(progress.jobId(), login, false, request.full(), token.isPresent(), Instant.now());
            save(progress.snapshot());
        } catch (RuntimeException storeFailed) {
            unsavedEnds.put(progress.jobId(), progress.snapshot());
        }
    }

    /** Checks with GitHub, records the job and runs it (in the background, or in this thread). */
    private Submission launch(String key, String login, JobProgress progress, IngestRequest request,
                              Optional<String> token, boolean background, Consumer<JobStatus> onProgress) {
        Optional<String> given = request.token().filter(value -> !value.isBlank());
        String jobId = progress.jobId();
        GitHubClient client = client(token, progress);
        Preflight preflight = preflight(client, login, token, request.includePrivate());
        Optional<ProvenOwner> owner = preflight.owner
                .map(user -> new ProvenOwner(user.id(), user.login(), given.isEmpty()));
        if (request.keepToken() && owner.isEmpty()) {
            throw new IngestRejected(403, "keep_token refused: the token does not belong to " + login);
        }
        owner.ifPresent(proven -> keepIfAsked(request, proven, given));
        synchronized (running) {
            RunningJob raced = running.get(key);
            if (raced != null) {
                return new Submission(raced.progress().snapshot(), owner);
            }
            stores.jobs().create(jobId, login, preflight.asOwner, request.full(), token.isPresent(), Instant.now());
            stores.jobs().claim(jobId, instanceId, Instant.now(), config.lease());
            claimedJobs = true;
            RunningJob job = new RunningJob(progress, workers(jobId), preflight.asOwner);
            running.put(key, job);
            preflight.note.ifPresent(progress::message);
            Runnable work = () -> execute(job, client, preflight, request.full(), Map.of(), onProgress);
            if (background) {
                jobs.submit(work);
                return new Submission(progress.snapshot(), owner);
            }
        }
        execute(running.get(key), client, preflight, request.full(), Map.of(), onProgress);
        return new Submission(progress.snapshot(), owner);
    }

    /** An owner's job that waits for a weaker job of the same account (public data only) to end. */
    private record Queued(JobProgress progress, String login, IngestRequest request, Optional<String> token,
                          Consumer<JobStatus> onProgress, java.util.concurrent.atomic.AtomicBoolean started) {
    }

    private JobStatus queueBehind(String key, String login, IngestRequest request, Optional<String> token,
                                  Consumer<JobStatus> onProgress) {
        Queued queuedJob = queued.computeIfAbsent(key, k -> {
            JobProgress progress = new JobProgress(UUID.randomUUID().toString(), login, Instant.now());
            progress.message("waiting for a public-only ingest of " + login + " to finish; then private "
                    + "repositories are synced too");
            LOG.info("an owner's ingest of {} waits for the public-only job that is running", login);
            return new Queued(progress, login, request, token, onProgress,
                    new java.util.concurrent.atomic.AtomicBoolean());
        });
        return queuedJob.progress().snapshot();
    }

    /** Starts the owners' jobs whose account no longer has a job running, here or elsewhere. */
    private void startQueued() {
        for (Map.Entry<String, Queued> entry : queued.entrySet()) {
            String key = entry.getKey();
            Queued waiting = entry.getValue();
            if (running.containsKey(key) || stores.jobs().activeFor(waiting.login(), Instant.now()).isPresent()
                    || !waiting.started().compareAndSet(false, true)) {
                continue;
            }
            try {
                // Still listed as queued while it starts, so its id answers throughout; running once launched.
                launch(key, waiting.login(), waiting.progress(), waiting.request(), waiting.token(), true,
                        waiting.onProgress());
                queued.remove(key, waiting);
            } catch (RuntimeException e) {
                queued.remove(key, waiting);
                LOG.warn("the queued ingest of {} could not start: {}", waiting.login(), e.getMessage());
                waiting.progress().finish("failed", e instanceof IngestRejected ? e.getMessage()
                        : "the ingest could not start; see the server log");
                try {
                    stores.jobs().create(waiting.progress().jobId(), waiting.login(), true, waiting.request().full(),
                            waiting.token().isPresent(), Instant.now());
                    save(waiting.progress().snapshot());
                } catch (RuntimeException storeFailed) {
                    unsavedEnds.put(waiting.progress().jobId(), waiting.progress().snapshot());
                }
            }
        }
    }

    /**
     * Whose GitHub token this is (one GET /user with it): the account a session may then be issued for, without an
     * ingest. Costs the token owner's own quota, never the server's.
     */
    public ProvenOwner identify(String token) {
        requireNonNull(token, "token == null");
        GitHubUser user = tokenOwner(Optional.of(token));
        return new ProvenOwner(user.id(), user.login(), false);
    }

    /**
     * {@link #proveOwner}, for a request that joins a job: GitHub gets {@link #PREFLIGHT_PATIENCE} to say whose the
     * token is; when it makes the caller wait, the request joins without a session (POST /sessions gives one later).
     */
    private Optional<ProvenOwner> proveOwnerPatiently(Optional<String> token, String login, boolean byDefaultToken) {
        java.util.concurrent.Future<Optional<ProvenOwner>> proof =
                preflights.submit(() -> proveOwner(token, login, byDefaultToken));
        try {
            return proof.get(PREFLIGHT_PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            proof.cancel(true); // stops its wait for GitHub
            LOG.info("GitHub is slow to say whose token joins the ingest of {}: joined without a session", login);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            proof.cancel(true);
            return Optional.empty();
        }
    }

    /** Present when the token (the request's, else GITHUB_TOKEN) is {@code login}'s own. */
    private Optional<ProvenOwner> proveOwner(Optional<String> token, String login, boolean byDefaultToken) {
        GitHubUser user = tokenOwner(token);
        return user.login().equalsIgnoreCase(login)
                ? Optional.of(new ProvenOwner(user.id(), user.login(), byDefaultToken)) : Optional.empty();
    }

    /** GET /user with the token, outside any job (its request still counts in /metrics). */
    private GitHubUser tokenOwner(Optional<String> token) {
        GitHubClient client = new GitHubClient(config.apiUrl(), config.graphqlUrl(), token, config.clientOptions(),
                new dev.bitofgit.github.GitHubListener() {
                    @Override
                    public void onResponse(int status, boolean notModified, int rateLimitRemaining) {
                        observer.response(status, notModified, rateLimitRemaining);
                    }

                    @Override
                    public void onWaiting(Instant until, String reason) {
                    }
                });
        try {
            return client.authenticatedUser(Optional.empty()).value().orElseThrow();
        } catch (GitHubException e) {
            if (e.isUnauthorized()) {
                throw new IngestRejected(401, "GitHub rejected the token");
            }
            throw new IngestRejected(e.status() == 429 ? 503 : 502, "GitHub could not be reached: " + e.getMessage());
        }
    }

    private void keepIfAsked(IngestRequest request, ProvenOwner owner, Optional<String> given) {
        if (request.keepToken() && !owner.byDefaultToken()) {
            keeper.orElseThrow().keep(owner.accountId(), given.orElseThrow());
            LOG.info("kept the GitHub token of {} (sealed) for re-syncs, at the owner's request", owner.login());
        }
    }

    /**
     * Every {@code interval}: re-syncs each account whose owner kept a token (incremental: an unchanged account costs
     * two requests). Off when the interval is zero.
     */
    public void startResync(java.time.Duration interval) {
        if (interval.isZero() || keeper.isEmpty()) {
            return;
        }
        leases.scheduleWithFixedDelay(() -> {
            for (long accountId : keeper.get().accounts()) {
                try {
                    Optional<Account> account = stores.accounts().findById(accountId);
                    Optional<String> token = keeper.get().find(accountId);
                    if (account.isPresent() && token.isPresent()) {
                        submit(new IngestRequest(account.get().login(), token, true, false));
                    }
                } catch (RuntimeException e) {
                    LOG.warn("scheduled re-sync of account {} did not start: {}", accountId, e.getMessage());
                }
            }
        }, interval.toSeconds(), interval.toSeconds(), TimeUnit.SECONDS);
    }

    /**
     * The user, whether the token is the user's own (private repos visible), a note for the status, and the user's
     * new ETag — saved only once the job has written the account row.
     */
    private record Preflight(GitHubUser user, boolean userUnchanged, boolean asOwner, Optional<String> note,
                             Optional<String> userEtag, Optional<GitHubUser> owner) {
    }

    private Preflight preflight(GitHubClient client, String login, Optional<String> token, boolean includePrivate) {
        try {
            Optional<Account> stored = stores.accounts().findByLogin(login);
            if (token.isPresent()) {
                GitHubUser owner = client.authenticatedUser(Optional.empty()).value().orElseThrow();
                if (owner.login().equalsIgnoreCase(login)) {
                    return new Preflight(owner, stored.isPresent(), includePrivate,
                            includePrivate ? Optional.empty() : Optional.of("private repositories excluded on request"),
                            Optional.empty(), Optional.of(owner));
                }
                return userPreflight(client, login, stored, Optional.of("the token belongs to " + owner.login()
                        + ", not " + login + "; only public data was ingested"));
            }
            return userPreflight(client, login, stored, Optional.empty());
        } catch (GitHubException e) {
            if (e.isUnauthorized()) {
                throw new IngestRejected(401, "GitHub rejected the token");
            }
            if (e.isNotFound()) {
                throw new IngestRejected(404, "no GitHub user " + login);
            }
            throw new IngestRejected(e.status() == 429 ? 503 : 502, "GitHub could not be reached: " + e.getMessage());
        }
    }

    private Preflight userPreflight(GitHubClient client, String login, Optional<Account> stored, Optional<String> note) {
        Optional<String> etag = stored.flatMap(account -> stores.etags().find(account.id(), "user"));
        Conditional<GitHubUser> answer = client.user(login, etag);
        if (answer.isNotModified() && stored.isPresent()) {
            Account account = stored.get();
            GitHubUser user = new GitHubUser(account.id(), account.nodeId().orElse(""), account.login(), account.name(),
                    account.bio(), Optional.empty(), account.htmlUrl(), account.avatarUrl(), account.createdAt());
            return new Preflight(user, true, false, note, Optional.empty(), Optional.empty());
        }
        GitHubUser user = answer.value().orElseThrow(() -> new GitHubException(502, "GitHub sent 304 for an unknown user"));
        return new Preflight(user, false, false, note, answer.etag(), Optional.empty());
    }

    private void execute(RunningJob job, GitHubClient client, Preflight preflight, boolean full,
                         Map<String, JobRepoRecord> checkpoints, Consumer<JobStatus> onProgress) {
        JobProgress progress = job.progress();
        StoreCalls store = new StoreCalls(progress, STORE_OUTAGE_MAX_WAIT, java.time.Duration.ofSeconds(1),
                () -> stores.jobs().renew(progress.jobId(), instanceId, Instant.now(), config.lease()));
        progress.publishTo(live -> checkpoint(live, true, onProgress));
        String status;
        try {
            IngestJob ingest = new IngestJob(progress, client, preflight.user, preflight.userUnchanged,
                    preflight.asOwner, full, stores, job.workers(), workerCount(), checkpoints,
                    live -> checkpoint(live, false, onProgress), store);
            status = ingest.run();
            if (!status.equals("failed")) {
                preflight.userEtag.ifPresent(etag -> store.run(() -> stores.etags().save(preflight.user.id(), "user", etag)));
            }
            preflight.note.ifPresent(progress::message);
            if (!status.equals("failed")) {
                afterIngest.ingested(preflight.user.id()).ifPresent(progress::addNote);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.info("ingest job {} interrupted; it resumes at the next start", progress.jobId());
            checkpoint(progress, true, onProgress);
            return;
        } catch (StoreCalls.LeaseLost e) {
            LOG.warn("ingest job {} stops here: {}", progress.jobId(), e.getMessage());
            return; // the instance that holds the lease now runs and reports it
        } catch (GitHubException e) {
            progress.finish(e.isNotFound() ? "not_found" : "failed", e.getMessage());
        } catch (StoreException e) {
            LOG.error("ingest job {} failed: {}", progress.jobId(), e.getMessage());
            progress.finish("failed", e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("ingest job {} failed unexpectedly", progress.jobId(), e);
            progress.finish("failed", "the ingest failed unexpectedly; see the server log for job " + progress.jobId());
        } finally {
            running.remove(progress.username().toLowerCase(Locale.ROOT), job);
            job.workers().shutdownNow();
        }
        try {
            store.run(() -> checkpoint(progress, true, onProgress));
        } catch (RuntimeException e) {
            unsavedEnds.put(progress.jobId(), progress.snapshot());
            LOG.error("ingest job {}: its final status could not be stored ({}); it is kept in memory",
                    progress.jobId(), e.getMessage());
        }
        observer.jobFinished(progress.snapshot().status());
        startQueued();
        LOG.info("ingest job {} for {} ended: {} ({} requests, {} not modified, {} commits stored)",
                progress.jobId(), progress.username(), progress.snapshot().status(), progress.requests(),
                progress.snapshot().notModified(), progress.snapshot().commitsStored());
    }

    /**
     * Writes the job's progress to the store (at most once a second unless forced) and renews its lease. While the
     * database is unreachable or full, running progress is kept in memory only (a status poll still sees it); the
     * final status is written by {@link #execute}, which waits for the database.
     */
    private void checkpoint(JobProgress progress, boolean force, Consumer<JobStatus> onProgress) {
        JobStatus status = progress.snapshot();
        onProgress.accept(status);
        long now = System.currentTimeMillis();
        Long last = lastCheckpoint.get(status.jobId());
        if (!force && last != null && now - last < CHECKPOINT_INTERVAL_MILLIS && !status.finished()) {
            return;
        }
        try {
            save(status);
        } catch (RuntimeException e) {
            if (status.finished() || !(StoreFaults.isUnavailable(e) || StoreFaults.diskFull(e).isPresent())) {
                throw e;
            }
            LOG.debug("ingest job {}: progress not stored: {}", status.jobId(), e.toString());
        }
    }

    /** Retries storing the ends of jobs whose final status the store could not take (its disk was full). */
    private void saveUnsavedEnds() {
        for (JobStatus ended : unsavedEnds.values()) {
            try {
                save(ended);
                unsavedEnds.remove(ended.jobId());
                LOG.info("ingest job {}: its final status is stored now", ended.jobId());
            } catch (RuntimeException stillFailing) {
                LOG.debug("ingest job {}: final status still not stored: {}", ended.jobId(), stillFailing.toString());
            }
        }
    }

    private void save(JobStatus status) {
        lastCheckpoint.put(status.jobId(), System.currentTimeMillis());
        if (!status.finished()) {
            stores.jobs().renew(status.jobId(), instanceId, Instant.now(), config.lease());
        }
        stores.jobs().update(status.jobId(), status.status(), status.phase(), status.reposTotal(), status.reposDone(),
                status.commitsStored(), status.requests(), status.notModified(), status.rateLimitRemaining(),
                status.message(), status.errors().isEmpty() ? Optional.empty()
                        : Optional.of(status.errors().size() + " repositories failed"),
                status.startedAt(), status.finishedAt());
        if (status.finished()) {
            lastCheckpoint.remove(status.jobId());
        }
    }

    /** Continues jobs a stopped process left pending or running. Returns how many were resumed. */
    public int resumeInterrupted() {
        int resumed = 0;
        for (JobRecord record : stores.jobs().unfinished()) {
            if (running.containsKey(record.loginKey()) || unsavedEnds.containsKey(record.id())
                    || !stores.jobs().claim(record.id(), instanceId, Instant.now(),
                    config.lease())) {
                continue; // running here already, or another live instance holds it
            }
            claimedJobs = true;
            Optional<String> token = record.usedToken() ? keptToken(record.loginKey()).or(config::defaultToken)
                    : config.defaultToken();
            JobProgress progress = new JobProgress(record.id(), record.loginKey(), record.createdAt());
            progress.restore(record.requests(), record.notModified(), record.commitsStored(),
                    record.startedAt().orElse(Instant.now()));
            if (token.isEmpty()) { // GitHub's GraphQL API needs a token, even for a public job
                progress.finish("failed", "the job was interrupted and needs its GitHub token again: start the ingest again");
                checkpoint(progress, true, status -> { });
                continue;
            }
            try {
                GitHubClient client = client(token, progress);
                Preflight preflight = preflight(client, record.loginKey(), token, record.includePrivate());
                if (record.includePrivate() && !preflight.asOwner) {
                    progress.finish("failed", "the job was interrupted and needs its GitHub token again: start the ingest again");
                    checkpoint(progress, true, status -> { });
                    continue;
                }
                Map<String, JobRepoRecord> checkpoints = new HashMap<>();
                for (JobRepoRecord repo : stores.jobs().repos(record.id())) {
                    checkpoints.put(repo.repoName(), repo);
                }
                RunningJob job = new RunningJob(progress, workers(record.id()), preflight.asOwner);
                running.put(record.loginKey(), job);
                LOG.info("resuming ingest job {} for {} ({} repositories already done)", record.id(),
                        record.loginKey(), checkpoints.values().stream().filter(r -> r.status().equals("done")).count());
                jobs.submit(() -> execute(job, client, preflight, record.fullSync(), checkpoints, status -> { }));
                resumed++;
            } catch (IngestRejected e) {
                progress.finish(e.status() == 404 ? "not_found" : "failed", e.getMessage());
                checkpoint(progress, true, status -> { });
            }
        }
        return resumed;
    }

    private Optional<String> keptToken(String login) {
        if (keeper.isEmpty()) {
            return Optional.empty();
        }
        try {
            return stores.accounts().findByLogin(login).flatMap(account -> keeper.get().find(account.id()));
        } catch (RuntimeException e) {
            LOG.warn("the kept token of {} cannot be used: {}", login, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Every few seconds: renews the leases of the jobs running here (also while a job waits for a rate limit) and
     * takes over jobs whose instance died (their lease expired).
     */
    public void startLeaseKeeping() {
        long period = Math.max(1, config.lease().toSeconds() / 3);
        leases.scheduleWithFixedDelay(() -> {
            try {
                for (RunningJob job : running.values()) {
                    stores.jobs().renew(job.progress().jobId(), instanceId, Instant.now(), config.lease());
                }
                saveUnsavedEnds();
                startQueued();
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
     * The job as this caller may see it: whole for a caller that may read the account's private data, else — when
     * the job read private repositories — its {@linkplain PublicJobView public part}. Every face that shows a job
     * (GET /ingest/{id}, its event stream, /users, readiness) goes through here or {@link #account(String, boolean)}.
     */
    public Optional<JobStatus> job(String jobId, java.util.function.Predicate<String> mayReadPrivate) {
        requireNonNull(mayReadPrivate, "mayReadPrivate == null");
        return job(jobId).map(status -> seenBy(status, mayReadPrivate.test(status.username())));
    }

    private JobStatus seenBy(JobStatus status, boolean mayReadPrivate) {
        if (mayReadPrivate) {
            return status;
        }
        // A job running here knows whether it reads private repositories: no database call, so its progress is
        // served from memory while the database is away.
        Optional<Boolean> runningHereSeesPrivate = running.values().stream()
                .filter(job -> job.progress().jobId().equals(status.jobId())).findFirst().map(RunningJob::seesPrivate);
        if (!runningHereSeesPrivate.orElseGet(() -> stores.jobs().find(status.jobId())
                .map(JobRecord::includePrivate).orElse(true))) {
            return status;
        }
        Optional<Account> account = stores.accounts().findByLogin(status.username());
        return PublicJobView.of(status,
                account.map(found -> stores.repositories().countByAccount(found.id(), false)).orElse(0),
                account.map(found -> stores.repositories().privateNameKeys(found.id())).orElse(java.util.Set.of()),
                stores.jobs().repos(status.jobId()));
    }

    /** The job's live progress while it runs here, else its last checkpoint: the whole job, private data included. */
    Optional<JobStatus> job(String jobId) {
        for (RunningJob job : running.values()) {
            if (job.progress().jobId().equals(jobId)) {
                return Optional.of(job.progress().snapshot());
            }
        }
        for (JobProgress checking : preflighting.values()) {
            if (checking.jobId().equals(jobId)) {
                return Optional.of(checking.snapshot());
            }
        }
        for (Queued waiting : queued.values()) {
            if (waiting.progress().jobId().equals(jobId)) {
                return Optional.of(waiting.progress().snapshot());
            }
        }
        JobStatus unsaved = unsavedEnds.get(jobId);
        if (unsaved != null) {
            return Optional.of(unsaved);
        }
        return stores.jobs().find(jobId).map(IngestService::fromRecord);
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
        String login = Usernames.validate(username);
        String key = login.toLowerCase(Locale.ROOT);
        Optional<Account> account = stores.accounts().findByLogin(login);
        RunningJob live = running.get(key);
        JobProgress checking = preflighting.get(key);
        Optional<JobStatus> latest = (live != null ? Optional.of(live.progress().snapshot())
                : checking != null ? Optional.of(checking.snapshot())
                : stores.jobs().latestFor(login)
                        .map(record -> unsavedEnds.getOrDefault(record.id(), fromRecord(record))))
                .map(job -> seenBy(job, includePrivate));
        int repos = account.map(a -> stores.repositories().countByAccount(a.id(), includePrivate)).orElse(0);
        long commits = account.map(a -> stores.commits().countByAccountFromRollups(a.id(), includePrivate)).orElse(0L);
        Optional<Instant> ingestedAt = account.flatMap(a -> stores.accounts().ingestedAt(a.id()));
        String status;
        if (latest.isPresent()) {
            status = latest.get().status();
        } else if (account.isPresent() && ingestedAt.isPresent()) {
            status = "completed"; // loaded without a job (the demo, an import)
        } else {
            status = "not_found";
        }
        return new AccountStatus(account.map(Account::login).orElse(login), status, repos, commits, ingestedAt,
                latest.filter(job -> includePrivate).map(JobStatus::jobId), latest.flatMap(job -> job.finished() && !job.status().equals("completed")
                        ? job.message() : Optional.empty()));
    }

    private static JobStatus fromRecord(JobRecord record) {
        return new JobStatus(record.id(), record.loginKey(), record.status(), record.phase(), record.reposTotal(),
                record.reposDone(), record.commitsStored(), record.requests(), record.notModified(),
                record.rateLimitRemaining(), Optional.empty(), List.of(), record.message(), record.createdAt(),
                record.startedAt(), record.finishedAt());
    }

    private GitHubClient client(Optional<String> token, JobProgress progress) {
        dev.bitofgit.github.GitHubListener both = new dev.bitofgit.github.GitHubListener() {
            @Override
            public void onResponse(int status, boolean notModified, int rateLimitRemaining) {
                progress.onResponse(status, notModified, rateLimitRemaining);
                observer.response(status, notModified, rateLimitRemaining);
            }

            @Override
            public void onWaiting(java.time.Instant until, String reason) {
                progress.onWaiting(until, reason);
            }
        };
        return new GitHubClient(config.apiUrl(), config.graphqlUrl(), token, config.clientOptions(), both);
    }

    /** Twice the HTTP slots: while one worker stores an answer, another's request is in flight. */
    private int workerCount() {
        return config.clientOptions().concurrency() * 2;
    }

    private ExecutorService workers(String jobId) {
        AtomicInteger counter = new AtomicInteger();
        return Executors.newFixedThreadPool(workerCount(), runnable -> {
            Thread thread = new Thread(runnable, "ingest-" + jobId.substring(0, 8) + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Stops running jobs; their checkpoints let the next start resume them. */
    @Override
    public void close() {
        preflights.shutdownNow();
        leases.shutdownNow();
        jobs.shutdownNow();
        running.values().forEach(job -> job.workers().shutdownNow());
        try {
            jobs.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!claimedJobs) {
            return; // nothing to release: `ask` and `mcp` never write here (their store may be read-only)
        }
        try {
            stores.jobs().release(instanceId);
        } catch (RuntimeException e) {
            LOG.warn("could not release ingest job leases: {}", e.toString());
        }
    }
}
