package dev.bitofgit.ingest;

import dev.bitofgit.github.GitHubException;
import dev.bitofgit.store.StoreException;
import dev.bitofgit.store.StoreFaults;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds a job's workers without phase barriers: next history pages first (longest histories first, several repos
 * per query), then content queries (several repos each), then trees. Workers outnumber the HTTP slots so that
 * storing one answer overlaps the next request. A full disk or a lost lease stops the whole job, not one repo.
 */
final class RepoScheduler {
    private static final Logger LOG = LoggerFactory.getLogger(RepoScheduler.class);
    /** Repos per GraphQL content query (each brings up to 100 commits) and per continuation query. */
    static final int CONTENT_BATCH = 6;
    static final int HISTORY_BATCH = 3;

    /** What the scheduler hands out: the job's fetch steps, and how a repo fails. */
    interface Steps {
        void nextPages(List<RepoSync> batch);

        void contents(List<RepoSync> batch);

        void tree(RepoSync sync);

        void fail(RepoSync sync, String message);
    }

    private final ArrayDeque<RepoSync> needContent = new ArrayDeque<>();
    private final ArrayDeque<RepoSync> needTree = new ArrayDeque<>();
    private final PriorityQueue<RepoSync> needPage =
            new PriorityQueue<>(Comparator.comparingLong(RepoSync::remainingPages).reversed());
    private final List<RepoSync> all;
    private final Steps steps;
    private final JobProgress progress;
    private final String login;
    private int inFlight;
    /**
     * Set when the job cannot go on: the store's disk is full, or another instance took the job over. No further
     * work is started and the job throws it.
     */
    private volatile RuntimeException stoppedBy;

    RepoScheduler(List<RepoSync> work, Steps steps, JobProgress progress, String login) {
        this.all = work;
        this.steps = steps;
        this.progress = progress;
        this.login = login;
        needContent.addAll(work);
        needTree.addAll(work);
    }

    /** Runs {@code workerCount} workers on {@code workers} until every repo is done or failed, or the job stops. */
    void run(ExecutorService workers, int workerCount) throws InterruptedException {
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < workerCount; i++) {
            futures.add(workers.submit(this::work));
        }
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (ExecutionException e) {
                LOG.error("{}: ingest worker failed", login, e.getCause());
            }
        }
    }

    /** Why the job stopped, when it did (a full disk, a lost lease). */
    Optional<RuntimeException> stoppedBy() {
        return Optional.ofNullable(stoppedBy);
    }

    /** A unit of work; {@code paging} batches hold their repos busy so no second page request overlaps. */
    private record Task(List<RepoSync> batch, boolean paging, Runnable action) {
    }

    private Void work() throws InterruptedException {
        while (true) {
            Task task = next();
            if (task == null) {
                return null;
            }
            try {
                safely(task.batch(), task.action());
            } finally {
                finished(task);
            }
        }
    }

    private synchronized Task next() throws InterruptedException {
        while (true) {
            if (stoppedBy != null) {
                return null;
            }
            List<RepoSync> pages = take(needPage, HISTORY_BATCH);
            if (!pages.isEmpty()) {
                return start(new Task(pages, true, () -> steps.nextPages(pages)));
            }
            List<RepoSync> contents = take(needContent, CONTENT_BATCH);
            if (!contents.isEmpty()) {
                return start(new Task(contents, true, () -> steps.contents(contents)));
            }
            List<RepoSync> trees = take(needTree, 1);
            if (!trees.isEmpty()) {
                return start(new Task(trees, false, () -> steps.tree(trees.get(0))));
            }
            if (inFlight == 0) {
                notifyAll();
                return null;
            }
            wait();
        }
    }

    private Task start(Task task) {
        inFlight++;
        if (task.paging()) {
            task.batch().forEach(sync -> sync.busy = true);
        }
        return task;
    }

    private List<RepoSync> take(Queue<RepoSync> queue, int size) {
        List<RepoSync> batch = new ArrayList<>(size);
        while (batch.size() < size && !queue.isEmpty()) {
            RepoSync sync = queue.poll();
            if (!sync.failed) {
                batch.add(sync);
            }
        }
        return batch;
    }

    private synchronized void finished(Task task) {
        inFlight--;
        if (task.paging()) {
            task.batch().forEach(sync -> sync.busy = false);
        }
        needPage.clear();
        long pages = 0;
        for (RepoSync sync : all) {
            if (!sync.failed && !sync.done && sync.hasNext && !sync.busy) {
                needPage.add(sync);
            }
            pages += sync.remainingPages();
        }
        progress.pagesRemaining(pages + (needContent.size() + CONTENT_BATCH - 1) / CONTENT_BATCH + needTree.size());
        notifyAll();
    }

    private void safely(List<RepoSync> batch, Runnable action) {
        try {
            action.run();
        } catch (StoreCalls.LeaseLost e) {
            stop(e, e.getMessage());
        } catch (RuntimeException e) {
            Optional<String> full = StoreFaults.diskFull(e);
            if (full.isPresent()) {
                stop(e, full.get());
            } else if (e instanceof GitHubException || e instanceof StoreException) {
                batch.forEach(sync -> steps.fail(sync, e.getMessage()));
            } else {
                LOG.error("{}: unexpected failure in ingest job {}", login, progress.jobId(), e);
                batch.forEach(sync -> steps.fail(sync, "unexpected error: " + e.getClass().getSimpleName()));
            }
        }
    }

    private void stop(RuntimeException cause, String reason) {
        if (stoppedBy == null) {
            LOG.error("{}: ingest job {} stops: {}", login, progress.jobId(), cause.toString());
            stoppedBy = cause instanceof StoreCalls.LeaseLost ? cause : new StoreException(reason, cause);
        }
    }
}
