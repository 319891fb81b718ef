package dev.bitofgit.ingest;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.github.Conditional;
import dev.bitofgit.github.GitHubClient;
import dev.bitofgit.github.GitHubRepo;
import dev.bitofgit.github.GitHubUser;
import dev.bitofgit.github.GitHubWork;
import dev.bitofgit.store.Account;
import dev.bitofgit.store.AccountStore;
import dev.bitofgit.store.ActivityRollups;
import dev.bitofgit.store.CommitStore;
import dev.bitofgit.store.EtagStore;
import dev.bitofgit.store.IdentityStore;
import dev.bitofgit.store.JobRepoRecord;
import dev.bitofgit.store.JobStore;
import dev.bitofgit.store.Ownership;
import dev.bitofgit.store.Repository;
import dev.bitofgit.store.RepositoryStore;
import dev.bitofgit.store.WorkStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One ingest of one account: the listing, which repositories need a sync, their sync (by {@link RepoScheduler} and
 * {@link RepoFetches}) beside pull requests and issues ({@link WorkSync}), and the job's end.
 *
 * <p>Incremental by construction: a repo whose pushed_at and head are unchanged costs no request; a repo whose head
 * moved pages its history only until it meets a stored commit; meeting a stored commit other than the stored head
 * (or none at all) means history was rewritten, so the whole history is walked and commits no longer in it are
 * deleted.
 */
final class IngestJob {
    private static final Logger LOG = LoggerFactory.getLogger(IngestJob.class);

    /** The stores and the store-side checkpointing a job writes through. */
    record Stores(AccountStore accounts, RepositoryStore repositories, CommitStore commits, JobStore jobs,
                  EtagStore etags, ActivityRollups rollups, WorkStore work, IdentityStore identities) {
    }

    /**
     * Everything one job works with. {@code user}: the account, as the preflight found it ({@code userUnchanged}:
     * GitHub answered 304); {@code asOwner}: the token is the account's own (private repositories are listed);
     * {@code full}: ignore stored ETags and heads; {@code checkpoints}: the repositories a resumed job already
     * reached; {@code checkpointer}: writes the job's progress; {@code store}: the job's patient store writes.
     */
    record Context(JobProgress progress, GitHubClient client, GitHubUser user, boolean userUnchanged,
                   boolean asOwner, boolean full, Stores stores, ExecutorService workers, int workerCount,
                   Map<String, JobRepoRecord> checkpoints, Consumer<JobProgress> checkpointer, StoreCalls store) {
        Context {
            requireNonNull(progress, "progress == null");
            requireNonNull(client, "client == null");
            requireNonNull(user, "user == null");
            requireNonNull(stores, "stores == null");
            requireNonNull(workers, "workers == null");
            checkpoints = Map.copyOf(checkpoints);
            requireNonNull(checkpointer, "checkpointer == null");
            requireNonNull(store, "store == null");
        }
    }

    private final Context context;
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
    private long accountId;
    private List<String> emails = List.of();
    /** Which fetched commits are the account's own: read once the account is saved (its e-mails and identities). */
    private Ownership ownership;

    IngestJob(Context context) {
        this.context = context;
        this.progress = context.progress();
        this.client = context.client();
        this.user = context.user();
        this.userUnchanged = context.userUnchanged();
        this.asOwner = context.asOwner();
        this.full = context.full();
        this.stores = context.stores();
        this.workers = context.workers();
        this.workerCount = context.workerCount();
        this.checkpoints = context.checkpoints();
        this.checkpointer = context.checkpointer();
        this.store = context.store();
    }

    /** Runs the job to its end; returns the final state (never {@link JobState#COMPLETED} if any repo failed). */
    JobState run() throws InterruptedException {
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
                progress.finish(JobState.COMPLETED_WITH_ERRORS, "pull requests or issues of " + progress.errorCount()
                        + " repositories failed; run the ingest again to retry them");
                return JobState.COMPLETED_WITH_ERRORS;
            }
            store.run(() -> stores.accounts().markIngested(accountId, Instant.now(), asOwner));
            progress.finish(JobState.COMPLETED, work.changed()
                    ? "repositories unchanged; " + work.pullRequests() + " pull requests and " + work.issues()
                    + " issues updated"
                    : "nothing changed on GitHub since the last ingest");
            return JobState.COMPLETED;
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
            store.run(() -> stores.repositories().saveMetadata(RepoFetches.toRepository(repo, accountId, stored)));
            JobRepoRecord checkpoint = checkpoints.get(repo.name());
            if (checkpoint != null && RepoState.DONE.matches(checkpoint)) {
                alreadyDone++;
                continue;
            }
            boolean unchanged = !full && stored.isPresent() && stored.get().headSha().isPresent()
                    && stored.get().pushedAt().equals(repo.pushedAt());
            if (unchanged) {
                alreadyDone++;
                store.run(() -> stores.jobs().saveRepo(progress.jobId(), repo.name(), RepoState.DONE.wire(),
                        Optional.empty(), 0, Optional.empty()));
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
        FutureTask<WorkSync.Outcome> workSync = new FutureTask<>(() -> syncWork(workRepos));
        Thread workThread = new Thread(workSync, "ingest-work-" + progress.jobId().substring(0, 8));
        workThread.setDaemon(true);
        workThread.start();
        RepoScheduler scheduler = new RepoScheduler(work, new RepoFetches(context, ownership), progress, user.login());
        try {
            scheduler.run(workers, workerCount);
        } finally {
            if (scheduler.stoppedBy().isPresent()) {
                workThread.interrupt();
            }
        }
        if (scheduler.stoppedBy().isPresent()) {
            throw scheduler.stoppedBy().get();
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
        JobState state;
        if (failed == 0) {
            listing.etag().ifPresent(value -> store.run(() -> stores.etags().save(accountId, listingResource, value)));
            store.run(() -> stores.accounts().markIngested(accountId, Instant.now(), asOwner));
            state = JobState.COMPLETED;
            progress.finish(state, null);
        } else if (failed < repos.size()) {
            state = JobState.COMPLETED_WITH_ERRORS;
            progress.finish(state, failed + " of " + repos.size()
                    + " repositories failed; run the ingest again to retry them");
        } else {
            state = JobState.FAILED;
            progress.finish(state, "every repository failed; see errors");
        }
        return state;
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
}
