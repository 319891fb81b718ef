package dev.bitofgit.ingest;

import dev.bitofgit.github.GitHubException;
import dev.bitofgit.github.GitHubWork;
import dev.bitofgit.github.GitHubWork.Kind;
import dev.bitofgit.github.GitHubWork.Latest;
import dev.bitofgit.github.GitHubWork.Page;
import dev.bitofgit.github.GitHubWork.PageRequest;
import dev.bitofgit.github.GitHubWork.RepoRef;
import dev.bitofgit.store.Issue;
import dev.bitofgit.store.PullRequest;
import dev.bitofgit.store.Review;
import dev.bitofgit.store.WorkStore;
import dev.bitofgit.store.WorkStore.SyncKind;
import dev.bitofgit.store.WorkStore.SyncMark;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Syncs an account's pull requests (with reviews), issues and its pull requests in other people's repositories.
 *
 * <p>Incremental by updatedAt: one probe per {@value GitHubWork#PROBE_BATCH} repositories asks each for its newest
 * update and total; where both equal the mark of the last complete sync, nothing is fetched. Elsewhere pages of 100,
 * newest update first, are stored until a page reaches items older than the mark. A mark is written only when a
 * connection was read to that point, so an interrupted sync is simply read again next time. It runs beside the
 * commit history sync of the same job, sharing its limit on requests in flight.
 */
final class WorkSync {
    /** Connections per page query: a page of 100 pull requests with nested reviews is a large answer. */
    static final int PAGE_BATCH = 3;
    /** Page queries in flight at most; GitHubHttp's own limit (BITOFGIT_INGEST_CONCURRENCY) still bounds the job. */
    static final int PAGE_THREADS = 4;
    private static final String AUTHORED_KEY = "";

    /** A repository of the account whose pull requests and issues are synced. */
    record Repo(long id, String owner, String name) {
        String key() {
            return name.toLowerCase(Locale.ROOT);
        }
    }

    /** What a sync did. */
    record Outcome(int pullRequests, int issues, boolean changed) {
    }

    private final GitHubWork github;
    private final WorkStore work;
    private final StoreCalls store;
    private final JobProgress progress;
    private final long accountId;
    private final String login;
    private final boolean full;
    private int pullRequestsStored;
    private int issuesStored;

    WorkSync(GitHubWork github, WorkStore work, StoreCalls store, JobProgress progress, long accountId, String login,
             boolean full) {
        this.github = github;
        this.work = work;
        this.store = store;
        this.progress = progress;
        this.accountId = accountId;
        this.login = login;
        this.full = full;
    }

    /** One connection to read: where it stops, and the repository it belongs to (empty: authored elsewhere). */
    private static final class Task {
        final Optional<Repo> repo;
        final Kind kind;
        final Optional<Instant> stopBefore;
        Optional<String> cursor = Optional.empty();
        Optional<Instant> watermark = Optional.empty();
        int totalCount;
        boolean done;

        Task(Optional<Repo> repo, Kind kind, Optional<Instant> stopBefore) {
            this.repo = repo;
            this.kind = kind;
            this.stopBefore = stopBefore;
        }

        String label() {
            return repo.map(Repo::name).orElse("pull requests elsewhere");
        }
    }

    Outcome run(List<Repo> repos) throws InterruptedException {
        Map<SyncKind, Map<String, SyncMark>> marks = store.call(() -> work.syncMarks(accountId));
        List<Task> tasks = new ArrayList<>();
        for (int from = 0; from < Math.max(1, repos.size()); from += GitHubWork.PROBE_BATCH) {
            List<Repo> batch = repos.subList(Math.min(from, repos.size()),
                    Math.min(repos.size(), from + GitHubWork.PROBE_BATCH));
            GitHubWork.Probe probe = github.probe(batch.stream().map(repo -> new RepoRef(repo.owner(), repo.name()))
                    .toList(), from == 0 ? Optional.of(login) : Optional.empty());
            for (int i = 0; i < batch.size(); i++) {
                Repo repo = batch.get(i);
                Optional<GitHubWork.RepoProbe> answer = probe.repos().get(i);
                if (answer.isEmpty()) {
                    continue; // gone since the listing: the next listing marks it removed
                }
                plan(tasks, Optional.of(repo), Kind.PULLS, answer.get().pulls(), marks.get(SyncKind.PULLS).get(repo.key()));
                plan(tasks, Optional.of(repo), Kind.ISSUES, answer.get().issues(),
                        marks.get(SyncKind.ISSUES).get(repo.key()));
            }
            probe.authored().ifPresent(latest -> plan(tasks, Optional.empty(), Kind.PULLS, latest,
                    marks.get(SyncKind.AUTHORED).get(AUTHORED_KEY)));
        }
        if (tasks.isEmpty()) {
            return new Outcome(0, 0, false);
        }
        // A pipeline, not rounds: each answered batch frees its slot for the next one at once, and the pull requests
        // the account authored anywhere — one connection, paged alone — run beside the repositories throughout.
        ExecutorService pool = Executors.newFixedThreadPool(PAGE_THREADS, runnable -> {
            Thread thread = new Thread(runnable, "ingest-work");
            thread.setDaemon(true);
            return thread;
        });
        try {
            CompletionService<List<Task>> answered = new ExecutorCompletionService<>(pool);
            Deque<Task> ready = new ArrayDeque<>();
            int inFlight = 0;
            for (Task task : tasks) {
                if (task.repo.isPresent()) {
                    ready.add(task);
                } else {
                    answered.submit(() -> {
                        while (!task.done) {
                            guarded(List.of(task), () -> fetchAuthored(task));
                        }
                        return List.of();
                    });
                    inFlight++;
                }
            }
            inFlight += fill(answered, ready, PAGE_THREADS - inFlight);
            while (inFlight > 0) {
                List<Task> batch = outcome(answered.take());
                inFlight--;
                batch.stream().filter(task -> !task.done).forEach(ready::add);
                inFlight += fill(answered, ready, PAGE_THREADS - inFlight);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Outcome(pullRequestsStored, issuesStored, true);
    }

    /** Sends batches of ready connections while slots are free; returns how many were sent. */
    private int fill(CompletionService<List<Task>> answered, Deque<Task> ready, int slots) {
        int sent = 0;
        while (sent < slots && !ready.isEmpty()) {
            List<Task> batch = new ArrayList<>();
            while (batch.size() < PAGE_BATCH && !ready.isEmpty()) {
                batch.add(ready.poll());
            }
            answered.submit(() -> {
                fetchPages(batch);
                return batch;
            });
            sent++;
        }
        return sent;
    }

    /** A finished batch; a failure that is not GitHub's answer (the store, the job's lease) stops the job. */
    private static List<Task> outcome(Future<List<Task>> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void plan(List<Task> tasks, Optional<Repo> repo, Kind kind, Latest latest, SyncMark mark) {
        SyncKind syncKind = repo.isEmpty() ? SyncKind.AUTHORED : kind == Kind.PULLS ? SyncKind.PULLS : SyncKind.ISSUES;
        String key = repo.map(Repo::key).orElse(AUTHORED_KEY);
        boolean unchanged = mark != null && mark.totalCount() == latest.totalCount()
                && mark.watermark().equals(latest.updatedAt());
        if (unchanged && !full) {
            return;
        }
        if (latest.totalCount() == 0) {
            store.run(() -> work.saveSyncMark(accountId, syncKind, key, new SyncMark(Optional.empty(), 0)));
            return;
        }
        tasks.add(new Task(repo, kind, full || mark == null ? Optional.empty() : mark.watermark()));
    }

    /** Several repositories' next pages in one query; a failed batch is retried repository by repository. */
    private void fetchPages(List<Task> batch) {
        List<Optional<Page>> pages;
        try {
            pages = github.pages(batch.stream().map(task -> new PageRequest(
                    new RepoRef(task.repo.orElseThrow().owner(), task.repo.orElseThrow().name()), task.kind,
                    task.cursor)).toList());
        } catch (GitHubException e) {
            if (batch.size() == 1) {
                fail(batch.get(0), e.getMessage());
                return;
            }
            batch.forEach(task -> fetchPages(List.of(task)));
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            Task task = batch.get(i);
            Optional<Page> page = pages.get(i);
            guarded(List.of(task), () -> {
                if (page.isEmpty()) {
                    task.done = true; // the repository is gone since the listing
                    return;
                }
                store(task, page.get());
            });
        }
    }

    private void fetchAuthored(Task task) {
        store(task, github.authoredPullRequests(login, task.cursor));
    }

    private void guarded(List<Task> tasks, Runnable action) {
        try {
            action.run();
        } catch (GitHubException e) {
            tasks.forEach(task -> fail(task, e.getMessage()));
        }
    }

    private void fail(Task task, String message) {
        task.done = true;
        progress.error(task.label(), (task.kind == Kind.PULLS ? "pull requests: " : "issues: ") + message);
    }

    private void store(Task task, Page page) {
        if (task.cursor.isEmpty()) {
            task.watermark = page.newestUpdate();
            task.totalCount = page.totalCount();
        }
        if (task.kind == Kind.PULLS) {
            List<PullRequest> rows = new ArrayList<>();
            for (GitHubWork.PullRequest pr : page.pullRequests()) {
                if (task.repo.isEmpty() && pr.repoOwner().equalsIgnoreCase(login)) {
                    continue; // the account's own repositories are synced with their repository
                }
                rows.add(pullRequest(task.repo, pr));
            }
            store.run(() -> work.savePullRequests(accountId, rows));
            synchronized (this) {
                pullRequestsStored += rows.size();
            }
        } else {
            Repo repo = task.repo.orElseThrow();
            List<Issue> rows = page.issues().stream().map(issue -> issue(repo, issue)).toList();
            store.run(() -> work.saveIssues(accountId, rows));
            synchronized (this) {
                issuesStored += rows.size();
            }
        }
        boolean reachedStored = task.stopBefore.isPresent()
                && page.oldestUpdate().map(oldest -> oldest.isBefore(task.stopBefore.get())).orElse(true);
        task.cursor = page.endCursor();
        if (!page.hasNext() || reachedStored || task.cursor.isEmpty()) {
            task.done = true;
            SyncKind kind = task.repo.isEmpty() ? SyncKind.AUTHORED
                    : task.kind == Kind.PULLS ? SyncKind.PULLS : SyncKind.ISSUES;
            String key = task.repo.map(Repo::key).orElse(AUTHORED_KEY);
            store.run(() -> work.saveSyncMark(accountId, kind, key, new SyncMark(task.watermark, task.totalCount)));
        }
    }

    private PullRequest pullRequest(Optional<Repo> repo, GitHubWork.PullRequest pr) {
        List<Review> reviews = new ArrayList<>();
        for (GitHubWork.Review review : pr.reviews()) {
            Optional<Review.State> state = reviewState(review.state());
            state.ifPresent(value -> reviews.add(new Review(review.id(), review.authorLogin(),
                    review.authorLogin().map(login::equalsIgnoreCase).orElse(false), value, review.submittedAt())));
        }
        boolean own = pr.authorLogin().map(login::equalsIgnoreCase).orElse(false);
        return new PullRequest(repo.map(Repo::name).orElse(pr.repoOwner() + "/" + pr.repoName()), repo.map(Repo::id),
                repo.isEmpty() && pr.repoPrivate(), pr.number(), pr.title(), PullRequest.excerpt(pr.body()),
                pullRequestState(pr.state()), pr.draft(), pr.authorLogin(), own, pr.labels(), pr.baseRef(),
                pr.headRef(), pr.additions(), pr.deletions(), pr.changedFiles(), pr.comments(), pr.createdAt(),
                pr.updatedAt(), pr.closedAt(), pr.mergedAt(), reviews, repo.isPresent() ? pr.closesIssues() : List.of());
    }

    private Issue issue(Repo repo, GitHubWork.Issue issue) {
        return new Issue(repo.name(), repo.id(), issue.number(), issue.title(), PullRequest.excerpt(issue.body()),
                "CLOSED".equals(issue.state()) ? Issue.State.CLOSED : Issue.State.OPEN, issue.stateReason(),
                issue.authorLogin(), issue.authorLogin().map(login::equalsIgnoreCase).orElse(false), issue.labels(),
                issue.comments(), issue.createdAt(), issue.updatedAt(), issue.closedAt());
    }

    private static PullRequest.State pullRequestState(String state) {
        return switch (state) {
            case "MERGED" -> PullRequest.State.MERGED;
            case "CLOSED" -> PullRequest.State.CLOSED;
            default -> PullRequest.State.OPEN;
        };
    }

    /** PENDING reviews are the reviewer's unsubmitted drafts: not stored. */
    private static Optional<Review.State> reviewState(String state) {
        return switch (state) {
            case "APPROVED" -> Optional.of(Review.State.APPROVED);
            case "CHANGES_REQUESTED" -> Optional.of(Review.State.CHANGES_REQUESTED);
            case "DISMISSED" -> Optional.of(Review.State.DISMISSED);
            case "COMMENTED" -> Optional.of(Review.State.COMMENTED);
            default -> Optional.empty();
        };
    }
}
