package dev.bitofgit.ingest;

import dev.bitofgit.github.GitHubClient;
import dev.bitofgit.ingest.IngestRejected.Reason;
import dev.bitofgit.ingest.IngestService.ProvenOwner;
import dev.bitofgit.ingest.IngestService.Submission;
import dev.bitofgit.store.JobRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Admits ingest requests: checks the input, asks GitHub who the user is and whose the token is (the preflight, which
 * a bad username, a rejected token or an unknown user fails before any job exists), then records and starts the job
 * — or joins the account's job already running, here or elsewhere, or queues an owner's job behind a public-only one.
 */
final class JobAdmission {
    private static final Logger LOG = LoggerFactory.getLogger(JobAdmission.class);
    /** How long POST /ingest waits for GitHub to answer the preflight before answering with the pending job. */
    private static final Duration PREFLIGHT_PATIENCE = Duration.ofSeconds(2);

    private final JobParts parts;
    private final GitHubChecks github;
    private final JobRunner runner;
    private final ExecutorService preflights = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "ingest-preflight");
        thread.setDaemon(true);
        return thread;
    });

    JobAdmission(JobParts parts, GitHubChecks github, JobRunner runner) {
        this.parts = parts;
        this.github = github;
        this.runner = runner;
    }

    Submission start(IngestRequest request, boolean background, Consumer<JobStatus> onProgress) {
        String login = Usernames.validate(request.username());
        String key = login.toLowerCase(Locale.ROOT);
        Optional<String> given = request.token().filter(value -> !value.isBlank());
        Optional<String> token = given.or(parts.config()::defaultToken);
        if (token.isEmpty()) {
            // GitHub's GraphQL API answers 401 without a token, even for public data: a tokenless job could only fail
            // (and spend the unauthenticated REST limit on the way), so it never starts.
            throw new IngestRejected(Reason.BAD_INPUT, IngestService.TOKEN_NEEDED);
        }
        if (request.keepToken() && given.isEmpty()) {
            throw new IngestRejected(Reason.BAD_INPUT,
                    "keep_token needs github_token: only a token sent with the request is kept");
        }
        if (request.keepToken() && parts.hooks().keeper().isEmpty()) {
            throw new IngestRejected(Reason.BAD_INPUT,
                    "this server cannot keep tokens: its operator has not set BITOFGIT_SECRET_KEY");
        }
        runner.saveUnsavedEnds();
        LiveJobs.Running existing = parts.live().running.get(key);
        Optional<JobRecord> elsewhere = existing != null ? Optional.empty()
                : parts.stores().jobs().activeFor(login, Instant.now())
                        .filter(record -> !parts.live().unsavedEnds.containsKey(record.id())); // ended here; end not stored yet
        if (existing != null || elsewhere.isPresent()) {
            // Join the running job (here or on another instance); a token still proves the caller's account.
            JobStatus joined = existing != null ? existing.progress().snapshot()
                    : JobReports.fromRecord(elsewhere.get());
            Optional<ProvenOwner> owner = proveOwnerPatiently(token, login, given.isEmpty());
            owner.ifPresent(proven -> keepIfAsked(request, proven, given));
            boolean runningSeesPrivate = existing != null ? existing.seesPrivate() : elsewhere.get().includePrivate();
            if (owner.isPresent() && request.includePrivate() && !runningSeesPrivate) {
                // The running job sees public data only: joining it would leave the owner's private repositories
                // unsynced. The owner's job waits for it and then runs with the owner's own visibility.
                return new Submission(queueBehind(key, login, request, token, onProgress), owner);
            }
            return new Submission(joined, owner);
        }
        LiveJobs.Queued waiting = parts.live().queued.get(key);
        if (waiting != null) {
            // An owner's job is already waiting to run: a second request joins that one.
            Optional<ProvenOwner> owner = proveOwnerPatiently(token, login, given.isEmpty());
            owner.ifPresent(proven -> keepIfAsked(request, proven, given));
            return new Submission(waiting.progress().snapshot(), owner);
        }
        JobProgress checking = parts.live().preflighting.get(key);
        if (checking != null) {
            // GitHub is making this account's preflight wait: join it (whose token this is, is not asked meanwhile).
            return new Submission(checking.snapshot(), Optional.empty());
        }
        JobProgress progress = new JobProgress(UUID.randomUUID().toString(), login, Instant.now());
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
        JobProgress raced = parts.live().preflighting.putIfAbsent(key, progress);
        if (raced != null) {
            return new Submission(raced.snapshot(), Optional.empty());
        }
        CompletableFuture<Submission> launched;
        try {
            launched = CompletableFuture.supplyAsync(
                    () -> launch(key, login, progress, request, token, true, onProgress), preflights);
        } catch (RuntimeException e) {
            parts.live().preflighting.remove(key, progress);
            throw e;
        }
        launched.whenComplete((submission, failure) -> parts.live().preflighting.remove(key, progress));
        long deadline = System.nanoTime() + PREFLIGHT_PATIENCE.toNanos();
        while (true) {
            try {
                return launched.get(50, TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                throw unwrapped(e);
            } catch (TimeoutException e) {
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
                        failure instanceof CompletionException ? failure.getCause() : failure);
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
            progress.finish(rejected.jobState(), rejected.getMessage());
        } else {
            LOG.error("ingest job {} for {} could not start", progress.jobId(), login, failure);
            progress.finish(JobState.FAILED, "the ingest could not start; see the server log for job "
                    + progress.jobId());
        }
        runner.recordEnd(progress, login, false, request.full(), token.isPresent());
    }

    /** Checks with GitHub, records the job and runs it (in the background, or in this thread). */
    private Submission launch(String key, String login, JobProgress progress, IngestRequest request,
                              Optional<String> token, boolean background, Consumer<JobStatus> onProgress) {
        Optional<String> given = request.token().filter(value -> !value.isBlank());
        String jobId = progress.jobId();
        GitHubClient client = github.client(token, progress);
        Preflight preflight = github.preflight(client, login, token, request.includePrivate());
        Optional<ProvenOwner> owner = preflight.owner()
                .map(user -> new ProvenOwner(user.id(), user.login(), given.isEmpty()));
        if (request.keepToken() && owner.isEmpty()) {
            throw new IngestRejected(Reason.NOT_OWNER, "keep_token refused: the token does not belong to " + login);
        }
        owner.ifPresent(proven -> keepIfAsked(request, proven, given));
        synchronized (parts.live().running) {
            LiveJobs.Running raced = parts.live().running.get(key);
            if (raced != null) {
                return new Submission(raced.progress().snapshot(), owner);
            }
            parts.stores().jobs().create(jobId, login, preflight.asOwner(), request.full(), token.isPresent(), Instant.now());
            parts.lease().claim(jobId);
            LiveJobs.Running job = runner.register(key, progress, preflight.asOwner());
            preflight.note().ifPresent(progress::message);
            Runnable work = () -> runner.execute(job, client, preflight, request.full(), Map.of(), onProgress);
            if (background) {
                runner.inBackground(work);
                return new Submission(progress.snapshot(), owner);
            }
        }
        runner.execute(parts.live().running.get(key), client, preflight, request.full(), Map.of(), onProgress);
        return new Submission(progress.snapshot(), owner);
    }

    private JobStatus queueBehind(String key, String login, IngestRequest request, Optional<String> token,
                                  Consumer<JobStatus> onProgress) {
        LiveJobs.Queued queuedJob = parts.live().queued.computeIfAbsent(key, k -> {
            JobProgress progress = new JobProgress(UUID.randomUUID().toString(), login, Instant.now());
            progress.message("waiting for a public-only ingest of " + login + " to finish; then private "
                    + "repositories are synced too");
            LOG.info("an owner's ingest of {} waits for the public-only job that is running", login);
            return new LiveJobs.Queued(progress, login, request, token, onProgress, new AtomicBoolean());
        });
        return queuedJob.progress().snapshot();
    }

    /** Starts the owners' jobs whose account no longer has a job running, here or elsewhere. */
    void startQueued() {
        for (Map.Entry<String, LiveJobs.Queued> entry : parts.live().queued.entrySet()) {
            String key = entry.getKey();
            LiveJobs.Queued waiting = entry.getValue();
            if (parts.live().running.containsKey(key) || parts.stores().jobs().activeFor(waiting.login(), Instant.now()).isPresent()
                    || !waiting.started().compareAndSet(false, true)) {
                continue;
            }
            try {
                // Still listed as queued while it starts, so its id answers throughout; running once launched.
                launch(key, waiting.login(), waiting.progress(), waiting.request(), waiting.token(), true,
                        waiting.onProgress());
                parts.live().queued.remove(key, waiting);
            } catch (RuntimeException e) {
                parts.live().queued.remove(key, waiting);
                LOG.warn("the queued ingest of {} could not start: {}", waiting.login(), e.getMessage());
                waiting.progress().finish(JobState.FAILED, e instanceof IngestRejected ? e.getMessage()
                        : "the ingest could not start; see the server log");
                runner.recordEnd(waiting.progress(), waiting.login(), true, waiting.request().full(),
                        waiting.token().isPresent());
            }
        }
    }

    /**
     * {@link GitHubChecks#proveOwner}, for a request that joins a job: GitHub gets {@link #PREFLIGHT_PATIENCE} to
     * say whose the token is; when it makes the caller wait, the request joins without a session (POST /sessions
     * gives one later).
     */
    private Optional<ProvenOwner> proveOwnerPatiently(Optional<String> token, String login, boolean byDefaultToken) {
        Future<Optional<ProvenOwner>> proof = preflights.submit(() -> github.proveOwner(token, login, byDefaultToken));
        try {
            return proof.get(PREFLIGHT_PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw unwrapped(e);
        } catch (TimeoutException e) {
            proof.cancel(true); // stops its wait for GitHub
            LOG.info("GitHub is slow to say whose token joins the ingest of {}: joined without a session", login);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            proof.cancel(true);
            return Optional.empty();
        }
    }

    private void keepIfAsked(IngestRequest request, ProvenOwner owner, Optional<String> given) {
        if (request.keepToken() && !owner.byDefaultToken()) {
            parts.hooks().keeper().orElseThrow().keep(owner.accountId(), given.orElseThrow());
            LOG.info("kept the GitHub token of {} (sealed) for re-syncs, at the owner's request", owner.login());
        }
    }

    private static RuntimeException unwrapped(ExecutionException e) {
        if (e.getCause() instanceof RuntimeException failure) {
            return failure;
        }
        return new IllegalStateException(e.getCause());
    }

    void close() {
        preflights.shutdownNow();
    }
}
