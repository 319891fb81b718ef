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
import dev.bitofgit.store.Commit;
import dev.bitofgit.store.JobRepoRecord;
import dev.bitofgit.store.Ownership;
import dev.bitofgit.store.Readme;
import dev.bitofgit.store.Repository;
import dev.bitofgit.store.RepositorySnapshot;
import dev.bitofgit.store.StoreException;
import dev.bitofgit.store.StoreFaults;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-repository steps of one job, as the {@link RepoScheduler} hands them out: a tree (REST), content and
 * history pages (GraphQL, several repos per query), each answer stored at once and checkpointed, so that a killed
 * process resumes where it stopped. A repo whose step fails is failed alone; the job goes on.
 */
final class RepoFetches implements RepoScheduler.Steps {
    private static final Logger LOG = LoggerFactory.getLogger(RepoFetches.class);
    /** The files asked for in every content query: the manifests signal detection reads, and README candidates. */
    static final List<String> CONTENT_FILES = contentFiles();

    private final JobProgress progress;
    private final GitHubClient client;
    private final GitHubUser user;
    private final boolean full;
    private final IngestJob.Stores stores;
    private final StoreCalls store;
    private final Map<String, JobRepoRecord> checkpoints;
    private final Consumer<JobProgress> checkpointer;
    private final long accountId;
    /** Which fetched commits are the account's own: its e-mails and identities, read once the account is saved. */
    private final Ownership ownership;

    RepoFetches(IngestJob.Context context, Ownership ownership) {
        this.progress = context.progress();
        this.client = context.client();
        this.user = context.user();
        this.full = context.full();
        this.stores = context.stores();
        this.store = context.store();
        this.checkpoints = context.checkpoints();
        this.checkpointer = context.checkpointer();
        this.accountId = context.user().id();
        this.ownership = ownership;
    }

    /** REST tree of one repo (conditional on its stored ETag); signals need it together with the content. */
    @Override
    public void tree(RepoSync sync) {
        GitHubRepo repo = sync.listing;
        String resource = "tree:" + repo.id();
        Optional<String> etag = full || sync.stored.isEmpty() ? Optional.empty()
                : store.call(() -> stores.etags().find(accountId, resource));
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
    @Override
    public void contents(List<RepoSync> batch) {
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
    private <T> void inBatch(List<RepoSync> batch, Function<List<RepoSync>, List<Optional<T>>> query,
                             BiConsumer<RepoSync, Optional<T>> apply) {
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
        Repository repository = toRepository(sync.listing, accountId, sync.stored);
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
        store.run(() -> stores.jobs().saveRepo(progress.jobId(), sync.listing.name(), RepoState.RUNNING.wire(),
                sync.cursor, sync.fetched, Optional.empty()));
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
        store.run(() -> stores.jobs().saveRepo(progress.jobId(), sync.listing.name(), RepoState.DONE.wire(),
                Optional.empty(), sync.fetched, Optional.empty()));
        sync.done = true;
        progress.repoDone();
        checkpointer.accept(progress);
    }

    @Override
    public void nextPages(List<RepoSync> batch) {
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

    @Override
    public void fail(RepoSync sync, String message) {
        if (sync.failed) {
            return;
        }
        sync.failed = true;
        progress.error(sync.listing.name(), message);
        progress.repoDone();
        store.run(() -> stores.jobs().saveRepo(progress.jobId(), sync.listing.name(), RepoState.FAILED.wire(),
                sync.cursor, sync.fetched, Optional.of(message)));
        LOG.warn("{}: repository {} failed: {}", user.login(), sync.listing.name(), message);
    }

    static Repository toRepository(GitHubRepo repo, long accountId, Optional<Repository> stored) {
        return new Repository(repo.id(), accountId, repo.name(), repo.description(), repo.htmlUrl(), repo.isPrivate(),
                repo.fork(), repo.archived(), repo.defaultBranch(), repo.createdAt(), repo.updatedAt(),
                repo.pushedAt(), repo.stars(), repo.forks(), repo.watchers(), repo.openIssues(), repo.sizeKb(),
                repo.topics(), repo.licenseSpdx(), repo.language(),
                stored.flatMap(Repository::headSha), stored.map(Repository::treeTruncated).orElse(false));
    }
}
