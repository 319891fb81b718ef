package dev.bitofgit.demo;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.ingest.CommitOwnership;
import dev.bitofgit.ingest.SignalDetector;
import dev.bitofgit.store.Account;
import dev.bitofgit.store.AccountStore;
import dev.bitofgit.store.ActivityRollups;
import dev.bitofgit.store.Commit;
import dev.bitofgit.store.Issue;
import dev.bitofgit.store.PullRequest;
import dev.bitofgit.store.Review;
import dev.bitofgit.store.WorkStore;
import dev.bitofgit.store.CommitStore;
import dev.bitofgit.store.Readme;
import dev.bitofgit.store.Repository;
import dev.bitofgit.store.RepositorySnapshot;
import dev.bitofgit.store.RepositoryStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Writes a generated account into the store exactly as an ingest of the same account from GitHub would:
 * the same signal detection, the same ownership rule, and for forks only the account's own commits.
 */
public final class DemoLoader {
    /** What a load did. {@code alreadyLoaded} is true when the store already held this account unchanged. */
    public record Result(String login, int repos, long commits, boolean alreadyLoaded) {
    }

    private final AccountStore accounts;
    private final RepositoryStore repositories;
    private final CommitStore commits;
    private final ActivityRollups rollups;
    private final WorkStore work;

    public DemoLoader(AccountStore accounts, RepositoryStore repositories, CommitStore commits, ActivityRollups rollups,
                      WorkStore work) {
        this.accounts = requireNonNull(accounts, "accounts == null");
        this.repositories = requireNonNull(repositories, "repositories == null");
        this.commits = requireNonNull(commits, "commits == null");
        this.rollups = requireNonNull(rollups, "rollups == null");
        this.work = requireNonNull(work, "work == null");
    }

    /**
     * What the store holds of {@code login} when an earlier load left commits of it there (an already loaded
     * result); empty when the account is absent or has no commits yet.
     */
    Optional<Result> alreadyStored(String login) {
        return accounts.findByLogin(login).flatMap(account -> {
            long stored = commits.countByAccount(account.id());
            return stored > 0
                    ? Optional.of(new Result(login, repositories.countByAccount(account.id()), stored, true))
                    : Optional.empty();
        });
    }

    public Result load(DemoAccount demo) {
        requireNonNull(demo, "demo == null");
        Optional<Account> existing = accounts.findByLogin(demo.login());
        long expectedCommits = demo.repos().stream().mapToLong(repo -> ownCommitsIfFork(demo, repo).size()).sum();
        if (existing.isPresent() && existing.get().id() == demo.id()
                && repositories.countByAccount(demo.id()) == demo.repos().size()
                && commits.countByAccount(demo.id()) == expectedCommits
                && work.countItems(demo.id()) == expectedItems(demo)) {
            return new Result(demo.login(), demo.repos().size(), expectedCommits, true);
        }
        accounts.upsert(new Account(demo.id(), Optional.of(demo.nodeId()), demo.login(), Optional.of(demo.name()), Optional.of(demo.bio()),
                demo.htmlUrl(), Optional.empty(), demo.emails(), Optional.of(demo.createdAt()), "demo"));
        long stored = 0;
        for (DemoRepo repo : demo.repos()) {
            repositories.save(snapshot(demo, repo));
            List<Commit> rows = new ArrayList<>();
            for (DemoCommit commit : ownCommitsIfFork(demo, repo)) {
                rows.add(toCommit(demo, repo.id(), commit));
            }
            commits.insertAll(demo.id(), rows);
            stored += rows.size();
            work.savePullRequests(demo.id(), repo.pullRequests().stream()
                    .map(pr -> toPullRequest(demo, Optional.of(repo.id()), pr)).toList());
            work.saveIssues(demo.id(), repo.issues().stream().map(issue -> toIssue(demo, repo, issue)).toList());
        }
        work.savePullRequests(demo.id(), demo.externalPullRequests().stream()
                .map(pr -> toPullRequest(demo, Optional.empty(), pr)).toList());
        work.refreshRollups(demo.id());
        Instant newest = demo.repos().stream()
                .map(DemoRepo::pushedAt)
                .max(Instant::compareTo)
                .orElse(demo.createdAt());
        rollups.refreshAccount(demo.id());
        accounts.markIngested(demo.id(), newest, true);
        return new Result(demo.login(), demo.repos().size(), stored, false);
    }

    private static long expectedItems(DemoAccount demo) {
        return demo.externalPullRequests().size()
                + demo.repos().stream().mapToLong(repo -> repo.pullRequests().size() + repo.issues().size()).sum();
    }

    /** Forks keep only the account's own commits: upstream history is not the user's work. */
    static List<DemoCommit> ownCommitsIfFork(DemoAccount demo, DemoRepo repo) {
        if (!repo.fork()) {
            return repo.commits();
        }
        return repo.commits().stream()
                .filter(commit -> isOwn(demo, commit))
                .toList();
    }

    private static boolean isOwn(DemoAccount demo, DemoCommit commit) {
        return CommitOwnership.isOwn(demo.login(), demo.emails(), commit.authorLogin(),
                Optional.of(commit.authorEmail()));
    }

    private static Commit toCommit(DemoAccount demo, long repoId, DemoCommit commit) {
        return new Commit(repoId, commit.sha(), commit.parentCount(), Optional.of(commit.authorName()),
                Optional.of(commit.authorEmail()), commit.authorLogin(), commit.authoredAt().toInstant(),
                commit.authoredAt().getOffset().getTotalSeconds() / 60, commit.committedAt().toInstant(),
                commit.message(), commit.additions(), commit.deletions(), OptionalInt.of(commit.changedFiles()),
                isOwn(demo, commit));
    }

    /** As an ingest stores it: a repository of the account by its name, someone else's as owner/name. */
    static PullRequest toPullRequest(DemoAccount demo, Optional<Long> repoId, DemoPullRequest pr) {
        List<Review> reviews = pr.reviews().stream().map(review -> new Review(review.id(),
                Optional.of(review.reviewerLogin()), review.reviewerLogin().equalsIgnoreCase(demo.login()),
                Review.State.valueOf(review.state()), Optional.of(review.submittedAt()))).toList();
        return new PullRequest(repoId.isPresent() ? pr.repoName() : pr.repoOwner() + "/" + pr.repoName(), repoId,
                repoId.isEmpty() && pr.repoPrivate(), pr.number(), pr.title(), PullRequest.excerpt(pr.body()),
                PullRequest.State.valueOf(pr.state()), pr.draft(), Optional.of(pr.authorLogin()),
                pr.authorLogin().equalsIgnoreCase(demo.login()), pr.labels(), Optional.of(pr.baseRef()),
                Optional.of(pr.headRef()), pr.additions(), pr.deletions(), pr.changedFiles(), pr.comments(),
                pr.createdAt(), pr.updatedAt(), pr.closedAt(), pr.mergedAt(), reviews, pr.closesIssues());
    }

    static Issue toIssue(DemoAccount demo, DemoRepo repo, DemoIssue issue) {
        return new Issue(repo.name(), repo.id(), issue.number(), issue.title(), PullRequest.excerpt(issue.body()),
                Issue.State.valueOf(issue.state()), issue.stateReason(), Optional.of(issue.authorLogin()),
                issue.authorLogin().equalsIgnoreCase(demo.login()), issue.labels(), issue.comments(),
                issue.createdAt(), issue.updatedAt(), issue.closedAt());
    }

    private static RepositorySnapshot snapshot(DemoAccount demo, DemoRepo repo) {
        Map<String, String> manifests = new LinkedHashMap<>();
        for (String manifest : SignalDetector.manifestsIn(repo.files())) {
            manifests.put(manifest, repo.fileContents().getOrDefault(manifest, ""));
        }
        Optional<Readme> readme = repo.readmePath()
                .map(path -> Readme.capped(path, repo.fileContents().getOrDefault(path, "")));
        SignalDetector.Detection detection = SignalDetector.detect(repo.files(), manifests, readme.isPresent());
        Repository repository = new Repository(repo.id(), demo.id(), repo.name(), Optional.of(repo.description()),
                demo.htmlUrl() + "/" + repo.name(), repo.isPrivate(), repo.fork(), repo.archived(),
                repo.defaultBranch(), repo.createdAt(), repo.updatedAt(), Optional.of(repo.pushedAt()),
                repo.stars(), repo.forks(), repo.watchers(), repo.openIssues(), repo.sizeKb(), repo.topics(),
                repo.licenseSpdx(), repo.primaryLanguage(), Optional.of(repo.headSha()), false);
        return new RepositorySnapshot(repository, repo.languageBytes(), repo.files(), readme, detection.signals(),
                detection.technologies());
    }
}
