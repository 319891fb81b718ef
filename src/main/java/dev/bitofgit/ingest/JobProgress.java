package dev.bitofgit.ingest;

import dev.bitofgit.github.GitHubListener;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/** The live counters of one job; every thread of the job writes here, readers take {@link #snapshot()}s. */
final class JobProgress implements GitHubListener {
    private final String jobId;
    private final String username;
    private final Instant createdAt;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger notModified = new AtomicInteger();
    private final AtomicInteger rateLimitRemaining = new AtomicInteger(-1);
    private final AtomicInteger reposDone = new AtomicInteger();
    private final AtomicLong commitsStored = new AtomicLong();
    private final AtomicLong pagesRemaining = new AtomicLong(-1);
    private final List<JobStatus.RepoError> errors = new ArrayList<>();
    private volatile int reposTotal;
    private volatile JobState state = JobState.PENDING;
    private volatile String phase = "queued";
    private volatile String message;
    private volatile String waitingMessage;
    private volatile Instant waitingUntil;
    private volatile Instant startedAt;
    private volatile Instant finishedAt;
    private volatile Consumer<JobProgress> publisher = progress -> { };

    JobProgress(String jobId, String username, Instant createdAt) {
        this.jobId = jobId;
        this.username = username;
        this.createdAt = createdAt;
    }

    /** Restores the counters of a job that is being resumed. */
    void restore(int requests, int notModified, long commits, Instant started) {
        this.requests.set(requests);
        this.notModified.set(notModified);
        this.commitsStored.set(commits);
        this.startedAt = started;
    }

    @Override
    public void onResponse(int status, boolean wasNotModified, int remaining) {
        requests.incrementAndGet();
        if (wasNotModified) {
            notModified.incrementAndGet();
        }
        if (remaining >= 0) {
            rateLimitRemaining.set(remaining);
        }
        waitingUntil = null;
    }

    @Override
    public void onWaiting(Instant until, String reason) {
        waitingUntil = until;
        waitingMessage = reason;
        publisher.accept(this);
    }

    /** The wait announced by {@link #onWaiting} ended early (the database came back). */
    void waitOver() {
        waitingUntil = null;
    }

    /** Where a wait is announced at once (the store, the CLI's progress bar), not at the next checkpoint. */
    void publishTo(Consumer<JobProgress> newPublisher) {
        publisher = newPublisher;
    }

    String jobId() {
        return jobId;
    }

    String username() {
        return username;
    }

    void start() {
        state = JobState.RUNNING;
        if (startedAt == null) {
            startedAt = Instant.now();
        }
    }

    void phase(String newPhase) {
        phase = newPhase;
    }

    void reposTotal(int total) {
        reposTotal = total;
    }

    void repoDone() {
        reposDone.incrementAndGet();
    }

    void reposDone(int done) {
        reposDone.set(done);
    }

    void commitsStored(long added) {
        commitsStored.addAndGet(added);
    }

    void pagesRemaining(long pages) {
        pagesRemaining.set(pages);
    }

    void message(String text) {
        message = text;
    }

    /** Adds a sentence to the message (after whatever it says already). */
    synchronized void addNote(String text) {
        message = message == null ? text : message + "; " + text;
    }

    /** Sets a provisional message (what the job is doing while nothing else is said). */
    synchronized void messageUnlessSet(String text) {
        if (message == null) {
            message = text;
        }
    }

    /** Clears the provisional message once it no longer holds. */
    synchronized void clearMessage(String text) {
        if (text.equals(message)) {
            message = null;
        }
    }

    synchronized void error(String repo, String error) {
        errors.add(new JobStatus.RepoError(repo, error));
    }

    synchronized int errorCount() {
        return errors.size();
    }

    void finish(JobState finalState, String finalMessage) {
        state = finalState;
        phase = "done";
        if (finalMessage != null) {
            message = finalMessage;
        }
        finishedAt = Instant.now();
    }

    int requests() {
        return requests.get();
    }

    synchronized JobStatus snapshot() {
        Instant until = waitingUntil;
        Optional<String> shown = until != null && until.isAfter(Instant.now())
                ? Optional.of(waitingMessage) : Optional.ofNullable(message);
        return new JobStatus(jobId, username, state.wire(), phase, reposTotal, reposDone.get(), commitsStored.get(),
                requests.get(), notModified.get(),
                rateLimitRemaining.get() < 0 ? Optional.empty() : Optional.of(rateLimitRemaining.get()),
                eta(), errors, shown, createdAt, Optional.ofNullable(startedAt), Optional.ofNullable(finishedAt));
    }

    /** Remaining history pages × the mean time per request so far; unknown until the pages are counted. */
    private Optional<Long> eta() {
        long pages = pagesRemaining.get();
        if (finishedAt != null) {
            return Optional.of(0L);
        }
        if (pages < 0 || startedAt == null || requests.get() == 0) {
            return Optional.empty();
        }
        double perRequest = Duration.between(startedAt, Instant.now()).toMillis() / (double) requests.get();
        return Optional.of(Math.round(pages * perRequest / 1000.0));
    }
}
