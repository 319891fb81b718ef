package dev.bitofgit.ingest;

import dev.bitofgit.github.Conditional;
import dev.bitofgit.github.GitHubClient;
import dev.bitofgit.github.GitHubCommit;
import dev.bitofgit.github.GitHubException;
import dev.bitofgit.github.GitHubRepo;
import dev.bitofgit.github.GitHubTree;
import dev.bitofgit.github.GitHubUser;
import dev.bitofgit.github.GitHubWork;
import dev.bitofgit.github.HistoryPage;
import dev.bitofgit.github.RepoContent;
import dev.bitofgit.store.Account;
import dev.bitofgit.store.AccountStore;
import dev.bitofgit.store.ActivityRollups;
import dev.bitofgit.store.Commit;
import dev.bitofgit.store.CommitStore;
import dev.bitofgit.store.EtagStore;
import dev.bitofgit.store.IdentityStore;
import dev.bitofgit.store.JobRepoRecord;
import dev.bitofgit.store.JobStore;
import dev.bitofgit.store.Ownership;
import dev.bitofgit.store.Readme;
import dev.bitofgit.store.Repository;
import dev.bitofgit.store.RepositorySnapshot;
import dev.bitofgit.store.RepositoryStore;
import dev.bitofgit.store.StoreException;
import dev.bitofgit.store.StoreFaults;
import dev.bitofgit.store.WorkStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One ingest of one account: listing, then per repo a tree (REST) and content + history (GraphQL, several repos per
 * query), checkpointing every page so a killed process resumes where it stopped without duplicating a row.
 *
 * <p>Incremental by construction: a repo whose pushed_at and head are unchanged costs no request; a repo whose head
 * moved pages its history only until it meets a stored commit; meeting a stored commit other than the stored head
 * (or none at all) means history was rewritten, so the whole history is walked and commits no longer in it are
 * deleted.
 */
final class IngestJob {
    private static final Logger LOG = LoggerFactory.getLogger(IngestJob.class);
    /** Repos per GraphQL content query (each brings up to 100 commits) and per continuation query. */
    static final int CONTENT_BATCH = 6;
    static final int HISTORY_BATCH = 3;
    /** The files asked for in every content query: the manifests signal detection reads, and README candidates. */
    static final List<String> CONTENT_FILES = contentFiles();

    /** The stores and the store-side checkpointing a job writes through. */
    record Stores(AccountStore accounts, RepositoryStore repositories, CommitStore commits, JobStore jobs,
                  EtagStore etags, ActivityRollups rollups, WorkStore work, IdentityStore identities) {
    }

    private final JobProgress progress;
    private final GitHubClient client;
    private final GitHubUser user;
    private final boolean asOwner;
    private final boolean full;
    private final boolean userUnchanged;
    private final Stores stores;
    private final ExecutorService workers;
    private final int workerCount;
    private final Map<String, JobRepoRecord> checkpoints;
    private final Consumer<JobProgress> checkpointer;
    private final StoreCalls store;
    /**
     * Set when the job cannot go on: the store's disk is full, or another instance took the job over. No further
     * work is started and {@link #run()} throws it.
     */
    private volatile RuntimeException stoppedBy;
    private long accountId;
    private List<String> emails = List.of();
    /** Which fetched commits are the account's own: read once the account is saved (its e-mails and identities). */
    private Ownership ownership;

    /** Per-repo state while a job runs. */
    private static final class RepoSync {
        final GitHubRepo listing;
        final Optional<Repository> stored;
        Set<String> storedShas = Set.of();
        List<String> paths = List.of();
        boolean truncated;
        Optional<String> head = Optional.empty();
        Optional<String> cursor = Optional.empty();
        boolean hasNext;
        int totalCount;
        int fetched;
        boolean rewalk;
        boolean resumed;
        final Set<String> seen = new HashSet<>();
        boolean done;
        volatile boolean failed;
        boolean treeDone;
        boolean contentDone;
        boolean snapshotSaved;
        boolean busy;
        Map<String, Long> languages = Map.of();
        Map<String, String> files = Map.of();

        RepoSync(GitHubRepo listing, Optional<Repository> stored) {
            this.listing = listing;
            this.stored = stored;
        }

        long remainingPages() {
            if (done || failed || !hasNext) {
                return 0;
            }
            return Math.max(1, (totalCount - fetched + GitHubClient.PAGE_SIZE - 1) / GitHubClient.PAGE_SIZE);
        }
    }

    IngestJob(JobProgress progress, GitHubClient client, GitHubUser user, boolean userUnchanged, boolean asOwner,
              boolean full, Stores stores, ExecutorService workers, int workerCount,
              Map<String, JobRepoRecord> checkpoints,
              Consumer<JobProgress> checkpointer, StoreCalls store) {
        this.progress = progress;
        this.client = client;
        this.user = user;
        this.userUnchanged = userUnchanged;
        this.asOwner = asOwner;
        this.full = full;
        this.stores = stores;
        this.workers = workers;
        this.workerCount = workerCount;
        this.checkpoints = checkpoints;
        this.checkpointer = checkpointer;
        this.store = store;
    }

    /** Runs the job to its end; returns the final status (never "completed" if any repo failed). */
    String run() throws InterruptedException {
        progress.start();
        progress.phase("listing");
        checkpointer.accept(progress);
        accountId = user.id();
        String listingResource = asOwner ? "repos:owner" : "repos:public";
        Optional<Account> storedAccount = store.call(() -> stores.accounts().findByLogin(user.login()));
        boolean previousComplete = storedAccount.isPresent()
                && store.call(() -> stores.accounts().ingestedAt(storedAccount.get().id())).isPresent()
                && checkpoints.isEmpty()
                && store.call(() -> stores.repositories().countUnsynced(storedAccount.get().id())) == 0;
        Optional<String> etag = full || !previousComplete
                ? Optional.empty() : store.call(() -> stores.etags().find(accountId, listingResource));
        Conditional<List<GitHubRepo>> listing = client.repositories(user.login(), asOwner, etag);
        if (listing.isNotModified() && userUnchanged) {
            // Reviews, comments and new issues leave the repository listing as it was: one probe asks for them.
            List<WorkSync.Repo> stored = store.call(() -> stores.repositories().listByAccount(accountId)).stream()
                    .filter(repo -> asOwner || !repo.isPrivate())
                    .map(repo -> new WorkSync.Repo(repo.id(), user.login(), repo.name())).toList();
            progress.reposTotal(stored.size());
            progress.reposDone(stored.size());
            progress.phase("pull requests");
            WorkSync.Outcome work = syncWork(stored);
            if (progress.errorCount() > 0) {
                progress.finish("completed_with_errors", "pull requests or issues of " + progress.errorCount()
                        + " repositories failed; run the ingest again to retry them");
                return "completed_with_errors";
            }
            store.run(() -> stores.accounts().markIngested(accountId, Instant.now(), asOwner));
            progress.finish("completed", work.changed()
                    ? "repositories unchanged; " + work.pullRequests() + " pull requests and " + work.issues()
                    + " issues updated"
                    : "nothing changed on GitHub since the last ingest");
            return "completed";
        }
        if (listing.isNotModified()) {
            listing = client.repositories(user.login(), asOwner, Optional.empty());
        }
        List<GitHubRepo> repos = listing.value().orElseThrow();
        saveAccount(storedAccount);
        progress.reposTotal(repos.size());
        Set<Long> present = new HashSet<>();
        repos.forEach(repo -> present.add(repo.id()));
        // A listing shows only what its token may see: a public-only listing says nothing about private repositories,
        // so it may hide only public ones that vanished (deleted, or made private).
        int removed = store.call(() -> stores.repositories().markRemoved(accountId, present, Instant.now(), !asOwner));
        if (removed > 0) {
            LOG.info("{}: {} repositories no longer listed on GitHub were marked removed", user.login(), removed);
            if (!asOwner) {
                // The owner's own listing may still answer 304, yet the store changed under it: make the owner's
                // next ingest read its listing whole instead of trusting "nothing changed".
                store.run(() -> stores.etags().delete(accountId, "repos:owner"));
            }
        }

        List<RepoSync> work = new ArrayList<>();
        int alreadyDone = 0;
        for (GitHubRepo repo : repos) {
            Optional<Repository> stored = store.call(() -> stores.repositories().findByName(accountId, repo.name()))
                    .filter(found -> found.id() == repo.id());
            store.run(() -> stores.repositories().saveMetadata(toRepository(repo, stored)));
            JobRepoRecord checkpoint = checkpoints.get(repo.name());
            if (checkpoint != null && checkpoint.status().equals("done")) {
                alreadyDone++;
                continue;
            }
            boolean unchanged = !full && stored.isPresent() && stored.get().headSha().isPresent()
                    && stored.get().pushedAt().equals(repo.pushedAt());
            if (unchanged) {
                alreadyDone++;
                store.run(() -> stores.jobs().saveRepo(progress.jobId(), repo.name(), "done", Optional.empty(), 0, Optional.empty()));
                continue;
            }
            RepoSync sync = new RepoSync(repo, stored);
            sync.storedShas = stored.isPresent() ? store.call(() -> stores.commits().shas(repo.id())) : Set.of();
            if (checkpoint != null && checkpoint.historyCursor().isPresent()) {
                sync.cursor = checkpoint.historyCursor();
                sync.resumed = true;
            }
            work.add(sync);
        }
        progress.reposDone(alreadyDone);
        checkpointer.accept(progress);

        progress.phase("history");
        // Pull requests, reviews and issues are synced beside the commit histories (one long chain of pages — the
        // account's own pull requests anywhere — would otherwise run alone after them).
        List<WorkSync.Repo> workRepos = repos.stream()
                .map(repo -> new WorkSync.Repo(repo.id(), repo.ownerLogin(), repo.name())).toList();
        java.util.concurrent.FutureTask<WorkSync.Outcome> workSync = new java.util.concurrent.FutureTask<>(
                () -> syncWork(workRepos));
        Thread workThread = new Thread(workSync, "ingest-work-" + progress.jobId().substring(0, 8));
        workThread.setDaemon(true);
        workThread.start();
        try {
            new Scheduler(work).run();
        } finally {
            if (stoppedBy != null) {
                workThread.interrupt();
            }
        }
        if (stoppedBy != null) {
            throw stoppedBy;
        }
        try {
            workSync.get();
        } catch (InterruptedException e) {
            workThread.interrupt();
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }

        store.run(() -> stores.accounts().upsert(account(storedAccount)));
        // The rule over every stored commit: e-mails learnt in this job, and identities declared while it ran.
        store.run(() -> stores.identities().applyOwnership(accountId));
        store.run(() -> stores.rollups().refreshAccount(accountId));
        int failed = progress.errorCount();
        String status;
        if (failed == 0) {
            listing.etag().ifPresent(value -> store.run(() -> stores.etags().save(accountId, listingResource, value)));
            store.run(() -> stores.accounts().markIngested(accountId, Instant.now(), asOwner));
            status = "completed";
            progress.finish(status, null);
        } else if (failed < repos.size()) {
            status = "completed_with_errors";
            progress.finish(status, failed + " of " + repos.size() + " repositories failed; run the ingest again to retry them");
        } else {
            status = "failed";
            progress.finish(status, "every repository failed; see errors");
        }
        return status;
    }

    /** Pull requests, reviews and issues of these repositories, and the account's pull requests elsewhere. */
    private WorkSync.Outcome syncWork(List<WorkSync.Repo> repos) throws InterruptedException {
        WorkSync.Outcome outcome = new WorkSync(new GitHubWork(client), stores.work(), store, progress, accountId,
                user.login(), full).run(repos);
        if (outcome.changed()) {
            store.run(() -> stores.work().refreshRollups(accountId));
        }
        return outcome;
    }

    private void saveAccount(Optional<Account> stored) {
        Set<String> known = new LinkedHashSet<>();
        stored.ifPresent(account -> known.addAll(account.emails()));
        user.email().ifPresent(email -> known.add(email.toLowerCase(Locale.ROOT)));
        known.add(user.login().toLowerCase(Locale.ROOT) + "@users.noreply.github.com");
        known.add(user.id() + "+" + user.login().toLowerCase(Locale.ROOT) + "@users.noreply.github.com");
        emails = List.copyOf(known);
        store.run(() -> stores.accounts().upsert(account(stored)));
        ownership = store.call(() -> stores.identities().ownership(accountId));
    }

    private Account account(Optional<Account> stored) {
        return new Account(user.id(), Optional.of(user.nodeId()).filter(id -> !id.isEmpty()), user.login(),
                user.name(), user.bio(), user.htmlUrl(), user.avatarUrl(), emails, user.createdAt(), "github");
    }

    private Repository toRepository(GitHubRepo repo, Optional<Repository> stored) {
        return new Repository(repo.id(), accountId, repo.name(), repo.description(), repo.htmlUrl(), repo.isPrivate(),
                repo.fork(), repo.archived(), repo.defaultBranch(), repo.createdAt(), repo.updatedAt(),
                repo.pushedAt(), repo.stars(), repo.forks(), repo.watchers(), repo.openIssues(), repo.sizeKb(),
                repo.topics(), repo.licenseSpdx(), repo.language(),
                stored.flatMap(Repository::headSha), stored.map(Repository::treeTruncated).orElse(false));
    }

    /** REST tree of one repo (conditional on its stored ETag); signals need it together with the content. */
    private void fetchTree(RepoSync sync) {
        GitHubRepo repo = sync.listing;
        String resource = "tree:" + repo.id();
        Optional<String> etag = full || sync.stored.isEmpty() ? Optional.empty() : store.call(() -> stores.etags().find(accountId, resource));
        Conditional<GitHubTree> tree = client.tree(repo.ownerLogin(), repo.name(), repo.defaultBranch(), etag);
        synchronized (sync) {
            if (tree.isNotModified()) {
                sync.paths = store.call(() -> stores.repositories().filePaths(repo.id()));
                sync.truncated = sync.stored.map(Repository::treeTruncated).orElse(false);
            } else {
                sync.paths = tree.value().orElseThrow().paths();
                sync.truncated = tree.value().orElseThrow().truncated();
                tree.etag().ifPresent(value -> store.run(() -> stores.etags().save(accountId, resource, value)));
            }
            sync.treeDone = true;
            saveSnapshotWhenReady(sync);
            finishIfDone(sync);
        }
    }

    /** One GraphQL query for several repos: content (README, manifests, languages) and the first history page. */
    private void fetchContents(List<RepoSync> batch) {
        inBatch(batch, repos -> client.contents(repos.stream()
                        .map(sync -> new GitHubClient.ContentRequest(sync.listing.ownerLogin(), sync.listing.name(),
                                CONTENT_FILES, authorFilter(sync)))
                        .toList()),
                this::applyContent);
    }

    /**
     * Sends one batched query for the repos and hands each its answer. A batch can exceed GitHub's time budget, so
     * a failed batch is retried repo by repo before any repo is failed.
     */
    private <T> void inBatch(List<RepoSync> batch, java.util.function.Function<List<RepoSync>, List<Optional<T>>> query,
                             java.util.function.BiConsumer<RepoSync, Optional<T>> apply) {
        List<Optional<T>> answers;
        try {
            answers = query.apply(batch);
        } catch (GitHubException e) {
            if (batch.size() == 1) {
                throw e;
            }
            for (RepoSync sync : batch) {
                guarded(sync, () -> inBatch(List.of(sync), query, apply));
            }
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            RepoSync sync = batch.get(i);
            Optional<T> answer = answers.get(i);
            guarded(sync, () -> apply.accept(sync, answer));
        }
    }

    private void applyContent(RepoSync sync, Optional<RepoContent> maybeContent) {
        if (maybeContent.isEmpty()) {
            throw new GitHubException(404, "repository " + sync.listing.name() + " disappeared during the ingest");
        }
        RepoContent content = maybeContent.get();
        synchronized (sync) {
            sync.languages = content.languageBytes();
            sync.files = content.files();
            sync.head = content.headSha();
            sync.totalCount = content.firstPage().totalCount();
            if (sync.resumed) {
                // Resuming inside this repo: the pages up to the checkpoint are stored; continue from its cursor.
                sync.fetched = checkpoints.get(sync.listing.name()).commitsFetched();
                sync.hasNext = true;
            } else {
                storePage(sync, content.firstPage(), true);
            }
            sync.contentDone = true;
            saveSnapshotWhenReady(sync);
            finishIfDone(sync);
        }
    }

    /** Languages, files, README, signals: written once both the tree and the content query have answered. */
    private void saveSnapshotWhenReady(RepoSync sync) {
        if (!sync.treeDone || !sync.contentDone || sync.snapshotSaved) {
            return;
        }
        Map<String, String> manifests = new LinkedHashMap<>();
        for (String manifest : SignalDetector.manifestsIn(sync.paths)) {
            manifests.put(manifest, sync.files.getOrDefault(manifest, ""));
        }
        Optional<Readme> readme = readmePath(sync.paths)
                .flatMap(path -> Optional.ofNullable(sync.files.get(path)).map(text -> Readme.capped(path, text)));
        SignalDetector.Detection detection = SignalDetector.detect(sync.paths, manifests, readme.isPresent());
        Repository repository = toRepository(sync.listing, sync.stored);
        store.run(() -> stores.repositories().saveContent(new RepositorySnapshot(repository, sync.languages, sync.paths,
                readme, detection.signals(), detection.technologies())));
        sync.snapshotSaved = true;
        sync.files = Map.of();
    }

    /**
     * Stores a page's new commits. Meeting the stored head (or any stored commit when no head is recorded) ends the
     * repo: everything older is stored. Meeting another stored commit means history was rewritten: keep walking,
     * remembering every commit seen, so the end of the walk can drop what is no longer in history.
     */
    private void storePage(RepoSync sync, HistoryPage page, boolean advanceCursor) {
        List<Commit> fresh = new ArrayList<>();
        boolean reachedStoredHead = false;
        Optional<String> storedHead = sync.stored.flatMap(Repository::headSha);
        for (GitHubCommit commit : page.commits()) {
            sync.seen.add(commit.sha());
            if (!sync.storedShas.contains(commit.sha())) {
                fresh.add(toCommit(sync, commit));
                continue;
            }
            if (storedHead.isPresent() && storedHead.get().equals(commit.sha())) {
                reachedStoredHead = true; // fast-forward: everything older is stored
                break;
            }
            // Without a completed sync's head (first sync, an earlier job that died, a resumed page) stored commits
            // prove nothing about older ones: keep walking. With one, meeting another stored commit means the branch
            // was rewritten.
            if (storedHead.isPresent() && !sync.resumed && !sync.rewalk) {
                LOG.info("{}: history was rewritten (force-push); walking it again", sync.listing.name());
                sync.rewalk = true;
            }
        }
        int inserted = store.call(() -> stores.commits().insertAll(accountId, fresh));
        progress.commitsStored(inserted);
        sync.fetched += page.commits().size();
        if (advanceCursor) {
            sync.cursor = page.endCursor();
            sync.hasNext = page.hasNextPage();
        }
        if (reachedStoredHead) {
            sync.hasNext = false;
        }
        store.run(() -> stores.jobs().saveRepo(progress.jobId(), sync.listing.name(), "running", sync.cursor, sync.fetched,
                Optional.empty()));
    }

    private void finishIfDone(RepoSync sync) {
        if (sync.hasNext || sync.failed || sync.done || !sync.treeDone || !sync.contentDone) {
            return;
        }
        // A resumed repo has not seen the pages before its checkpoint, so it cannot tell orphans from those.
        if (!sync.storedShas.isEmpty() && !sync.resumed) {
            boolean metStoredHistory = sync.storedShas.stream().anyMatch(sync.seen::contains);
            boolean walkedEverything = sync.rewalk || sync.stored.flatMap(Repository::headSha).isEmpty();
            if (walkedEverything || !metStoredHistory) {
                Set<String> orphaned = new HashSet<>(sync.storedShas);
                orphaned.removeAll(sync.seen);
                if (!orphaned.isEmpty()) {
                    int deleted = store.call(() -> stores.commits().deleteAll(sync.listing.id(), orphaned));
                    LOG.info("{}: removed {} commits that are no longer in the branch's history",
                            sync.listing.name(), deleted);
                }
            }
        }
        store.run(() -> stores.repositories().markSynced(sync.listing.id(), sync.head, sync.truncated));
        store.run(() -> stores.rollups().refreshRepo(sync.listing.id()));
        store.run(() -> stores.jobs().saveRepo(progress.jobId(), sync.listing.name(), "done", Optional.empty(), sync.fetched,
                Optional.empty()));
        sync.done = true;
        progress.repoDone();
        checkpointer.accept(progress);
    }

    /**
     * Feeds the workers without phase barriers: next history pages first (longest histories first, several repos
     * per query), then content queries (several repos each), then trees. Workers outnumber the HTTP slots so that
     * storing one answer overlaps the next request.
     */
    private final class Scheduler {
        private final java.util.ArrayDeque<RepoSync> needContent = new java.util.ArrayDeque<>();
        private final java.util.ArrayDeque<RepoSync> needTree = new java.util.ArrayDeque<>();
        private final java.util.PriorityQueue<RepoSync> needPage =
                new java.util.PriorityQueue<>(Comparator.comparingLong(RepoSync::remainingPages).reversed());
        private final List<RepoSync> all;
        private int inFlight;

        Scheduler(List<RepoSync> work) {
            this.all = work;
            needContent.addAll(work);
            needTree.addAll(work);
        }

        void run() throws InterruptedException {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < workerCount; i++) {
                futures.add(workers.submit(this::work));
            }
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    LOG.error("{}: ingest worker failed", user.login(), e.getCause());
                }
            }
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
                    return start(new Task(pages, true, () -> fetchNextPages(pages)));
                }
                List<RepoSync> contents = take(needContent, CONTENT_BATCH);
                if (!contents.isEmpty()) {
                    return start(new Task(contents, true, () -> fetchContents(contents)));
                }
                List<RepoSync> trees = take(needTree, 1);
                if (!trees.isEmpty()) {
                    return start(new Task(trees, false, () -> fetchTree(trees.get(0))));
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

        private List<RepoSync> take(java.util.Queue<RepoSync> queue, int size) {
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
                    batch.forEach(sync -> fail(sync, e.getMessage()));
                } else {
                    LOG.error("{}: unexpected failure in ingest job {}", user.login(), progress.jobId(), e);
                    batch.forEach(sync -> fail(sync, "unexpected error: " + e.getClass().getSimpleName()));
                }
            }
        }

        private void stop(RuntimeException cause, String reason) {
            if (stoppedBy == null) {
                LOG.error("{}: ingest job {} stops: {}", user.login(), progress.jobId(), cause.toString());
                stoppedBy = cause instanceof StoreCalls.LeaseLost ? cause : new StoreException(reason, cause);
            }
        }
    }

    private void fetchNextPages(List<RepoSync> batch) {
        inBatch(batch, repos -> client.historyPages(repos.stream()
                        .map(sync -> new GitHubClient.HistoryRequest(sync.listing.ownerLogin(), sync.listing.name(),
                                sync.cursor.orElseThrow(), authorFilter(sync)))
                        .toList()),
                (sync, page) -> {
                    if (page.isEmpty()) {
                        throw new GitHubException(404, "repository " + sync.listing.name()
                                + " disappeared during the ingest");
                    }
                    synchronized (sync) {
                        storePage(sync, page.get(), true);
                        finishIfDone(sync);
                    }
                });
    }

    private Optional<String> authorFilter(RepoSync sync) {
        // A fork's upstream history is not the user's work: ask GitHub for the user's commits only.
        return sync.listing.fork() && !user.nodeId().isEmpty() ? Optional.of(user.nodeId()) : Optional.empty();
    }

    private Commit toCommit(RepoSync sync, GitHubCommit commit) {
        boolean own = ownership.isOwn(commit.authorLogin(), commit.authorName(), commit.authorEmail());
        return new Commit(sync.listing.id(), commit.sha(), commit.parentCount(), commit.authorName(),
                commit.authorEmail().map(email -> email.toLowerCase(Locale.ROOT)), commit.authorLogin(),
                commit.authoredAt().toInstant(), commit.authoredAt().getOffset().getTotalSeconds() / 60,
                commit.committedAt().toInstant(), commit.message(), commit.additions(), commit.deletions(),
                commit.changedFiles(), own);
    }

    private static List<String> contentFiles() {
        List<String> files = new ArrayList<>(SignalDetector.MANIFESTS);
        files.addAll(List.of("README.md", "README", "README.rst", "README.txt", "README.markdown", "readme.md",
                "Readme.md", "README.adoc"));
        return List.copyOf(files);
    }

    /** The README GitHub would show: at the root, preferring README.md. */
    static Optional<String> readmePath(List<String> paths) {
        Optional<String> best = Optional.empty();
        for (String path : paths) {
            if (path.contains("/")) {
                continue;
            }
            String lower = path.toLowerCase(Locale.ROOT);
            if (lower.equals("readme.md")) {
                return Optional.of(path);
            }
            if (best.isEmpty() && (lower.equals("readme") || lower.startsWith("readme."))) {
                best = Optional.of(path);
            }
        }
        return best;
    }

    private void guarded(RepoSync sync, Runnable action) {
        if (sync.failed) {
            return;
        }
        try {
            action.run();
        } catch (GitHubException | StoreException e) {
            if (StoreFaults.diskFull(e).isPresent()) {
                throw e; // not this repo's fault: the job stops
            }
            fail(sync, e.getMessage());
        }
    }

    private void fail(RepoSync sync, String message) {
        if (sync.failed) {
            return;
        }
        sync.failed = true;
        progress.error(sync.listing.name(), message);
        progress.repoDone();
        store.run(() -> stores.jobs().saveRepo(progress.jobId(), sync.listing.name(), "failed", sync.cursor, sync.fetched,
                Optional.of(message)));
        LOG.warn("{}: repository {} failed: {}", user.login(), sync.listing.name(), message);
    }
}
