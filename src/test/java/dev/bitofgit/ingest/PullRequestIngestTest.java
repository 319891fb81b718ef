package dev.bitofgit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoAccountGenerator;
import dev.bitofgit.demo.DemoIssue;
import dev.bitofgit.demo.DemoPullRequest;
import dev.bitofgit.demo.DemoRepo;
import dev.bitofgit.demo.DemoReview;
import dev.bitofgit.demo.DemoSpec;
import dev.bitofgit.testing.GitHubStandIn;
import dev.bitofgit.testing.IngestHarness;
import dev.bitofgit.testing.TestDatabases;
import dev.bitofgit.testing.WorkSnapshot;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pull requests, reviews and issues against the GitHub stand-in (every query validated against GitHub's schema):
 * stored exactly, private ones only with the owner's token, within the request bound, and re-synced incrementally —
 * an unchanged account costs at most three requests.
 */
class PullRequestIngestTest {
    private static final LocalDate END = LocalDate.of(2026, 11, 1);
    private static final DemoAccount ACCOUNT = DemoAccountGenerator.generate(new DemoSpec("pat-dev", 23, 12, 2_400, 3, END));

    @TempDir
    Path dir;

    private GitHubStandIn github;
    private IngestHarness harness;

    @BeforeEach
    void start() {
        github = new GitHubStandIn().account(ACCOUNT).token("ghp_patToken", "pat-dev");
        harness = new IngestHarness(TestDatabases.sqlite(dir), github, Duration.ofSeconds(5), Duration.ofSeconds(30));
    }

    @AfterEach
    void stop() {
        harness.close();
        github.close();
    }

    private void assertStoreEquals(DemoAccount account, boolean includePrivate) {
        assertThat(WorkSnapshot.pullRequests(harness.database, account.id()))
                .containsExactlyElementsOf(WorkSnapshot.expectedPullRequests(account, includePrivate));
        assertThat(WorkSnapshot.reviews(harness.database, account.id()))
                .containsExactlyElementsOf(WorkSnapshot.expectedReviews(account, includePrivate));
        assertThat(WorkSnapshot.issues(harness.database, account.id()))
                .containsExactlyElementsOf(WorkSnapshot.expectedIssues(account, includePrivate));
    }

    @Test
    void ownersIngest_storesEveryPullRequestReviewAndIssue_andThePullRequestsAuthoredElsewhere() {
        JobStatus status = harness.run("pat-dev", Optional.of("ghp_patToken"));
        assertThat(status.status()).isEqualTo("completed");
        assertThat(github.violations()).isEmpty();
        assertStoreEquals(ACCOUNT, true);
        assertThat(ACCOUNT.externalPullRequests()).anyMatch(DemoPullRequest::repoPrivate);
        assertThat(ACCOUNT.repos().stream().filter(DemoRepo::isPrivate).mapToInt(repo -> repo.pullRequests().size()).sum())
                .isPositive();
        assertThat(ACCOUNT.repos().stream().flatMap(repo -> repo.pullRequests().stream())
                .filter(pr -> !pr.closesIssues().isEmpty())).isNotEmpty();
    }

    @Test
    void publicReadersIngest_leavesPrivateRepositoriesAndPrivatePullRequestsElsewhereOut() {
        JobStatus status = harness.run("pat-dev", Optional.of(GitHubStandIn.READER_TOKEN));
        assertThat(status.status()).isEqualTo("completed");
        assertThat(github.violations()).isEmpty();
        assertStoreEquals(ACCOUNT, false);
    }

    @Test
    void firstIngest_staysWithinTheBound_ofOnePageQueryPerHundredItems() {
        JobStatus status = harness.run("pat-dev", Optional.of("ghp_patToken"));
        long commitBound = 1 + (ACCOUNT.repos().size() + 99) / 100 + ACCOUNT.repos().size();
        for (DemoRepo repo : ACCOUNT.repos()) {
            long commits = repo.fork()
                    ? repo.commits().stream().filter(c -> c.authorLogin().map("pat-dev"::equals).orElse(false)).count()
                    : repo.commits().size();
            commitBound += (commits + 99) / 100;
        }
        long workBound = WorkSnapshot.requestBound(ACCOUNT);
        assertThat(status.requests()).isLessThanOrEqualTo((int) (commitBound + workBound));
        assertThat(github.requests()).noneMatch(request -> request.path().contains("/pulls")
                || request.path().contains("/issues") || request.path().contains("/search"));
    }

    @Test
    void reingest_ofAnUnchangedAccount_makesAtMostThreeRequests_andChangesNothing() {
        harness.run("pat-dev", Optional.of("ghp_patToken"));
        List<String> before = WorkSnapshot.pullRequests(harness.database, ACCOUNT.id());
        github.clearRequests();
        JobStatus again = harness.run("pat-dev", Optional.of("ghp_patToken"));
        assertThat(again.status()).isEqualTo("completed");
        assertThat(again.message()).contains("nothing changed on GitHub since the last ingest");
        assertThat(github.requests()).hasSizeLessThanOrEqualTo(3);
        assertThat(WorkSnapshot.pullRequests(harness.database, ACCOUNT.id())).isEqualTo(before);
    }

    @Test
    void aNewReviewAndANewIssue_whichLeaveTheListingAsItWas_arePickedUpByTheProbe() {
        harness.run("pat-dev", Optional.of("ghp_patToken"));
        DemoRepo repo = ACCOUNT.repos().stream().filter(r -> !r.isPrivate())
                .max(java.util.Comparator.comparingInt(r -> r.pullRequests().size())).orElseThrow();
        assertThat(repo.pullRequests()).hasSizeGreaterThan(10);
        // A collaborator's pull request with the oldest update (the account's own would move its authored list too).
        DemoPullRequest reviewed = repo.pullRequests().stream().filter(pr -> !pr.authorLogin().equals("pat-dev"))
                .reduce((newer, older) -> older).orElseThrow();
        java.time.Instant now = ACCOUNT.repos().stream().flatMap(r -> r.pullRequests().stream())
                .map(DemoPullRequest::updatedAt).max(java.time.Instant::compareTo).orElseThrow().plusSeconds(3_600);
        List<DemoReview> reviews = new ArrayList<>(reviewed.reviews());
        reviews.add(new DemoReview("PRR_new", "hubot", "APPROVED", now));
        DemoPullRequest updated = new DemoPullRequest(reviewed.repoOwner(), reviewed.repoName(), false,
                reviewed.number(), reviewed.title(), reviewed.body(), reviewed.state(), reviewed.draft(),
                reviewed.authorLogin(), reviewed.labels(), reviewed.baseRef(), reviewed.headRef(), reviewed.additions(),
                reviewed.deletions(), reviewed.changedFiles(), reviewed.comments(), reviewed.createdAt(), now,
                reviewed.closedAt(), reviewed.mergedAt(), reviews, reviewed.closesIssues());
        List<DemoPullRequest> pulls = new ArrayList<>();
        pulls.add(updated);
        repo.pullRequests().stream().filter(pr -> pr.number() != reviewed.number()).forEach(pulls::add);
        int next = 1 + Math.max(repo.pullRequests().stream().mapToInt(DemoPullRequest::number).max().orElse(0),
                repo.issues().stream().mapToInt(DemoIssue::number).max().orElse(0));
        List<DemoIssue> issues = new ArrayList<>();
        issues.add(new DemoIssue(next, "Crash on start", "It crashes.", "OPEN", Optional.empty(), "octocat",
                List.of("bug"), 0, now, now, Optional.empty()));
        issues.addAll(repo.issues());
        DemoRepo changed = new DemoRepo(repo.id(), repo.name(), repo.description(), repo.isPrivate(), repo.fork(),
                repo.archived(), repo.defaultBranch(), repo.createdAt(), repo.updatedAt(), repo.pushedAt(),
                repo.stars(), repo.forks(), repo.watchers(), repo.openIssues(), repo.sizeKb(), repo.topics(),
                repo.licenseSpdx(), repo.primaryLanguage(), repo.languageBytes(), repo.files(), repo.fileContents(),
                repo.readmePath(), repo.commits(), pulls, issues);
        DemoAccount account = ACCOUNT.withRepo(repo.id(), changed);
        github.account(account);
        github.clearRequests();

        JobStatus status = harness.run("pat-dev", Optional.of("ghp_patToken"));
        assertThat(status.status()).isEqualTo("completed");
        assertStoreEquals(account, true);
        // whose token, the listing (304), the probe, and one query for the two changed connections
        assertThat(github.requests()).hasSizeLessThanOrEqualTo(4);
        assertThat(github.violations()).isEmpty();
    }

    @Test
    void reingest_ofAnUnchangedAccountOfAHundredRepositories_isThreeRequests() {
        DemoAccount wide = DemoAccountGenerator.generate(new DemoSpec("wide-dev", 5, 100, 1_500, 2, END));
        github.account(wide).token("ghp_wide", "wide-dev");
        assertThat(harness.run("wide-dev", Optional.of("ghp_wide")).status()).isEqualTo("completed");
        github.clearRequests();
        assertThat(harness.run("wide-dev", Optional.of("ghp_wide")).status()).isEqualTo("completed");
        assertThat(github.requests()).hasSizeLessThanOrEqualTo(3);
        assertThat(github.violations()).isEmpty();
    }
}
