package dev.bitofgit.ingest;

import dev.bitofgit.github.Conditional;
import dev.bitofgit.github.GitHubClient;
import dev.bitofgit.github.GitHubCommit;
import dev.bitofgit.github.GitHubException;
import dev.bitofgit.github.GitHubRepo;
import dev.bitofgit.github.GitHubTree;
import dev.bitofgit.github.GitHubUser;
import dev.bitofgit.github.HistoryPage;
import dev.bitofgit.github.RepoContent;
import dev.bitofgit.store.Account;
import dev.bitofgit.store.AccountStore;
import dev.bitofgit.store.Commit;
import dev.bitofgit.store.CommitStore;
import dev.bitofgit.store.EtagStore;
import dev.bitofgit.store.JobRepoRecord;
import dev.bitofgit.store.JobStore;
import dev.bitofgit.store.Readme;
import dev.bitofgit.store.Repository;
import dev.bitofgit.store.RepositorySnapshot;
import dev.bitofgit.store.RepositoryStore;
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

    /** The stores and the store-side checkpointing a job writes through. */
    record Stores(AccountStore accounts, RepositoryStore repositories, CommitStore commits, JobStore jobs,
                  EtagStore etags) {
    }

    private final JobProgress progress;
    private final GitHubClient client;
    private final GitHubUser user;
    private final boolean asOwner;
    private final boolean full;
    private final boolean userUnchanged;
    private final Stores stores;
    private final ExecutorService workers;
    private final Map<String, JobRepoRecord> checkpoints;
    private final Consumer<JobProgress> checkpointer;
    private long accountId;
    private List<String> emails = List.of();

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
        boolean failed;

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
              boolean full, Stores stores, ExecutorService workers, Map<String, JobRepoRecord> checkpoints,
              Consumer<JobProgress> checkpointer) {
        this.progress = progress;
        this.client = client;
        this.user = user;
        this.userUnchanged = userUnchanged;
        this.asOwner = asOwner;
        this.full = full;
        this.stores = stores;
        this.workers = workers;
        this.checkpoints = checkpoints;
        this.checkpointer = checkpointer;
    }

    /** Runs the job to its end; returns the final status (never "completed" if any repo failed). */
    String run() throws InterruptedException {
        progress.start();
        progress.phase("listing");
        checkpointer.accept(progress);
        accountId = user.id();
        String listingResource = asOwner ? "repos:owner" : "repos:public";
        Optional<Account> storedAccount = stores.accounts().findByLogin(user.login());
        boolean previousComplete = storedAccount.isPresent()
                && stores.accounts().ingestedAt(storedAccount.get().id()).isPresent()
                && checkpoints.isEmpty();
        Optional<String> etag = full || !previousComplete
                ? Optional.empty() : stores.etags().find(accountId, listingResource);
        Conditional<List<GitHubRepo>> listing = client.repositories(user.login(), asOwner, etag);
        if (listing.isNotModified() && userUnchanged) {
            int repos = stores.repositories().countByAccount(accountId);
            progress.reposTotal(repos);
            progress.reposDone(repos);
            stores.accounts().markIngested(accountId, Instant.now(), asOwner);
            progress.finish("completed", "nothing changed on GitHub since the last ingest");
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
        int removed = stores.repositories().markRemoved(accountId, present, Instant.now());
        if (removed > 0) {
            LOG.info("{}: {} repositories no longer listed on GitHub were marked removed", user.login(), removed);
        }

        List<RepoSync> work = new ArrayList<>();
        int alreadyDone = 0;
        for (GitHubRepo repo : repos) {
            Optional<Repository> stored = stores.repositories().findByName(accountId, repo.name())
                    .filter(found -> found.id() == repo.id());
            stores.repositories().saveMetadata(toRepository(repo, stored));
            JobRepoRecord checkpoint = checkpoints.get(repo.name());
            if (checkpoint != null && checkpoint.status().equals("done")) {
                alreadyDone++;
                continue;
            }
            boolean unchanged = !full && stored.isPresent() && stored.get().headSha().isPresent()
                    && stored.get().pushedAt().equals(repo.pushedAt());
            if (unchanged) {
                alreadyDone++;
                stores.jobs().saveRepo(progress.jobId(), repo.name(), "done", Optional.empty(), 0, Optional.empty());
                continue;
            }
            RepoSync sync = new RepoSync(repo, stored);
            if (checkpoint != null && checkpoint.historyCursor().isPresent()) {
                sync.cursor = checkpoint.historyCursor();
                sync.resumed = true;
            }
            work.add(sync);
        }
        progress.reposDone(alreadyDone);
        checkpointer.accept(progress);

        progress.phase("trees");
        parallel(work, this::fetchTree);
        progress.phase("history");
        List<RepoSync> live = work.stream().filter(sync -> !sync.failed).toList();
        List<List<RepoSync>> contentBatches = batches(live, CONTENT_BATCH);
        parallel(contentBatches, this::fetchContents);
        continueHistories(work);

        stores.accounts().upsert(account(storedAccount));
        if (!emails.isEmpty()) {
            stores.commits().markOwnByEmail(accountId, emails);
        }
        int failed = progress.errorCount();
        String status;
        if (failed == 0) {
            listing.etag().ifPresent(value -> stores.etags().save(accountId, listingResource, value));
            stores.accounts().markIngested(accountId, Instant.now(), asOwner);
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

    private void saveAccount(Optional<Account> stored) {
        Set<String> known = new LinkedHashSet<>();
        stored.ifPresent(account -> known.addAll(account.emails()));
        user.email().ifPresent(email -> known.add(email.toLowerCase(Locale.ROOT)));
        known.add(user.login().toLowerCase(Locale.ROOT) + "@users.noreply.github.com");
        known.add(user.id() + "+" + user.login().toLowerCase(Locale.ROOT) + "@users.noreply.github.com");
        emails = List.copyOf(known);
        stores.accounts().upsert(account(stored));
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

    private void fetchTree(RepoSync sync) {
        GitHubRepo repo = sync.listing;
        String resource = "tree:" + repo.id();
        Optional<String> etag = full || sync.stored.isEmpty() ? Optional.empty() : stores.etags().find(accountId, resource);
        Conditional<GitHubTree> tree = client.tree(repo.ownerLogin(), repo.name(), repo.defaultBranch(), etag);
        if (tree.isNotModified()) {
            sync.paths = stores.repositories().filePaths(repo.id());
            sync.truncated = sync.stored.map(Repository::treeTruncated).orElse(false);
        } else {
            sync.paths = tree.value().orElseThrow().paths();
            sync.truncated = tree.value().orElseThrow().truncated();
            tree.etag().ifPresent(value -> stores.etags().save(accountId, resource, value));
        }
        sync.storedShas = sync.stored.isPresent() ? stores.commits().shas(repo.id()) : Set.of();
    }

    private void fetchContents(List<RepoSync> batch) {
        List<GitHubClient.ContentRequest> requests = new ArrayList<>();
        for (RepoSync sync : batch) {
            requests.add(new GitHubClient.ContentRequest(sync.listing.ownerLogin(), sync.listing.name(),
                    filesToRead(sync.paths), authorFilter(sync)));
        }
        List<Optional<RepoContent>> contents;
        try {
            contents = client.contents(requests);
        } catch (GitHubException e) {
            if (batch.size() == 1) {
                throw e;
            }
            // A batch can exceed GitHub's time budget; retry each repository on its own before failing any.
            for (RepoSync sync : batch) {
                guarded(sync, () -> fetchContents(List.of(sync)));
            }
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            RepoSync sync = batch.get(i);
            Optional<RepoContent> content = contents.get(i);
            guarded(sync, () -> applyContent(sync, content));
        }
    }

    private void applyContent(RepoSync sync, Optional<RepoContent> maybeContent) {
        if (maybeContent.isEmpty()) {
            throw new GitHubException(404, "repository " + sync.listing.name() + " disappeared during the ingest");
        }
        RepoContent content = maybeContent.get();
        Map<String, String> manifests = new LinkedHashMap<>();
        for (String manifest : SignalDetector.manifestsIn(sync.paths)) {
            manifests.put(manifest, content.files().getOrDefault(manifest, ""));
        }
        Optional<Readme> readme = readmePath(sync.paths)
                .flatMap(path -> Optional.ofNullable(content.files().get(path)).map(text -> Readme.capped(path, text)));
        SignalDetector.Detection detection = SignalDetector.detect(sync.paths, manifests, readme.isPresent());
        Repository repository = toRepository(sync.listing, sync.stored);
        stores.repositories().saveContent(new RepositorySnapshot(repository, content.languageBytes(), sync.paths,
                readme, detection.signals(), detection.technologies()));
        sync.head = content.headSha();
        sync.totalCount = content.firstPage().totalCount();
        if (sync.resumed) {
            // Resuming inside this repo: the pages up to the checkpoint are stored; continue from its cursor.
            sync.fetched = checkpoints.get(sync.listing.name()).commitsFetched();
            sync.hasNext = true;
        } else {
            storePage(sync, content.firstPage(), true);
        }
        finishIfDone(sync);
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
            if (sync.rewalk) {
                continue;
            }
            if (storedHead.isEmpty() || storedHead.get().equals(commit.sha())) {
                reachedStoredHead = true;
                break;
            }
            LOG.info("{}: history was rewritten (force-push); walking it again", sync.listing.name());
            sync.rewalk = true;
        }
        int inserted = stores.commits().insertAll(accountId, fresh);
        progress.commitsStored(inserted);
        sync.fetched += page.commits().size();
        if (advanceCursor) {
            sync.cursor = page.endCursor();
            sync.hasNext = page.hasNextPage();
        }
        if (reachedStoredHead) {
            sync.hasNext = false;
        }
        stores.jobs().saveRepo(progress.jobId(), sync.listing.name(), "running", sync.cursor, sync.fetched,
                Optional.empty());
    }

    private void finishIfDone(RepoSync sync) {
        if (sync.hasNext || sync.failed) {
            return;
        }
        // A resumed repo has not seen the pages before its checkpoint, so it cannot tell orphans from those.
        if (!sync.storedShas.isEmpty() && !sync.resumed) {
            boolean metStoredHistory = sync.storedShas.stream().anyMatch(sync.seen::contains);
            if (sync.rewalk || !metStoredHistory) {
                Set<String> orphaned = new HashSet<>(sync.storedShas);
                orphaned.removeAll(sync.seen);
                if (!orphaned.isEmpty()) {
                    int deleted = stores.commits().deleteAll(sync.listing.id(), orphaned);
                    LOG.info("{}: removed {} commits that are no longer in the branch's history",
                            sync.listing.name(), deleted);
                }
            }
        }
        stores.repositories().markSynced(sync.listing.id(), sync.head, sync.truncated);
        stores.jobs().saveRepo(progress.jobId(), sync.listing.name(), "done", Optional.empty(), sync.fetched,
                Optional.empty());
        sync.done = true;
        progress.repoDone();
        checkpointer.accept(progress);
    }

    /** Pages every unfinished history, several repos per query, longest first so the tail stays short. */
    private void continueHistories(List<RepoSync> work) throws InterruptedException {
        while (true) {
            List<RepoSync> active = new ArrayList<>(work.stream()
                    .filter(sync -> !sync.done && !sync.failed && sync.hasNext)
                    .toList());
            progress.pagesRemaining(active.stream().mapToLong(RepoSync::remainingPages).sum());
            if (active.isEmpty()) {
                return;
            }
            active.sort(Comparator.comparingLong(RepoSync::remainingPages).reversed());
            parallel(batches(active, HISTORY_BATCH), this::fetchNextPages);
        }
    }

    private void fetchNextPages(List<RepoSync> batch) {
        List<GitHubClient.HistoryRequest> requests = new ArrayList<>();
        for (RepoSync sync : batch) {
            requests.add(new GitHubClient.HistoryRequest(sync.listing.ownerLogin(), sync.listing.name(),
                    sync.cursor.orElseThrow(), authorFilter(sync)));
        }
        List<Optional<HistoryPage>> pages;
        try {
            pages = client.historyPages(requests);
        } catch (GitHubException e) {
            if (batch.size() == 1) {
                throw e;
            }
            for (RepoSync sync : batch) {
                guarded(sync, () -> fetchNextPages(List.of(sync)));
            }
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            RepoSync sync = batch.get(i);
            Optional<HistoryPage> page = pages.get(i);
            guarded(sync, () -> {
                if (page.isEmpty()) {
                    throw new GitHubException(404, "repository " + sync.listing.name() + " disappeared during the ingest");
                }
                storePage(sync, page.get(), true);
                finishIfDone(sync);
            });
        }
    }

    private Optional<String> authorFilter(RepoSync sync) {
        // A fork's upstream history is not the user's work: ask GitHub for the user's commits only.
        return sync.listing.fork() && !user.nodeId().isEmpty() ? Optional.of(user.nodeId()) : Optional.empty();
    }

    private Commit toCommit(RepoSync sync, GitHubCommit commit) {
        boolean own = CommitOwnership.isOwn(user.login(), emails, commit.authorLogin(), commit.authorEmail());
        return new Commit(sync.listing.id(), commit.sha(), commit.parentCount(), commit.authorName(),
                commit.authorEmail().map(email -> email.toLowerCase(Locale.ROOT)), commit.authorLogin(),
                commit.authoredAt().toInstant(), commit.authoredAt().getOffset().getTotalSeconds() / 60,
                commit.committedAt().toInstant(), commit.message(), commit.additions(), commit.deletions(),
                commit.changedFiles(), own);
    }

    static List<String> filesToRead(List<String> paths) {
        List<String> files = new ArrayList<>(SignalDetector.manifestsIn(paths));
        readmePath(paths).ifPresent(files::add);
        return files;
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
        } catch (GitHubException | dev.bitofgit.store.StoreException e) {
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
        stores.jobs().saveRepo(progress.jobId(), sync.listing.name(), "failed", sync.cursor, sync.fetched,
                Optional.of(message));
        LOG.warn("{}: repository {} failed: {}", user.login(), sync.listing.name(), message);
    }

    private <T> void parallel(List<T> items, Consumer<T> action) throws InterruptedException {
        List<Future<?>> futures = new ArrayList<>();
        Map<Future<?>, T> owners = new HashMap<>();
        for (T item : items) {
            Future<?> future = workers.submit(() -> action.accept(item));
            futures.add(future);
            owners.put(future, item);
        }
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                T item = owners.get(future);
                String message = cause instanceof GitHubException ? cause.getMessage() : String.valueOf(cause);
                if (item instanceof RepoSync sync) {
                    fail(sync, message);
                } else if (item instanceof List<?> list) {
                    for (Object member : list) {
                        fail((RepoSync) member, message);
                    }
                }
                if (!(cause instanceof GitHubException)) {
                    LOG.error("{}: unexpected failure in ingest job {}", user.login(), progress.jobId(), cause);
                }
            }
        }
    }

    private static <T> List<List<T>> batches(List<T> items, int size) {
        List<List<T>> batches = new ArrayList<>();
        for (int i = 0; i < items.size(); i += size) {
            batches.add(items.subList(i, Math.min(items.size(), i + size)));
        }
        return batches;
    }
}
