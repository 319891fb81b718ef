package dev.bitofgit.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoAccountGenerator;
import dev.bitofgit.demo.DemoCommit;
import dev.bitofgit.demo.DemoRepo;
import dev.bitofgit.demo.DemoSpec;
import dev.bitofgit.ingest.IngestRejected.Reason;
import dev.bitofgit.testing.GitHubStandIn;
import dev.bitofgit.testing.IngestHarness;
import dev.bitofgit.testing.StoreSnapshot;
import dev.bitofgit.testing.TestDatabases;
import dev.bitofgit.testing.WorkSnapshot;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ingestion against the GitHub stand-in: completeness, incremental sync, faults and limits, bad input. */
class GitHubIngestTest {
    private static final LocalDate END = LocalDate.of(2026, 11, 1);
    private static final DemoAccount ACCOUNT = DemoAccountGenerator.generate(new DemoSpec("ada-dev", 11, 14, 1_500, 3, END));

    @TempDir
    Path dir;

    private GitHubStandIn github;
    private IngestHarness harness;

    @BeforeEach
    void start() {
        github = new GitHubStandIn().account(ACCOUNT).token("ghp_adaToken", "ada-dev")
                .token("ghp_otherToken", "someone-else")
                .account(DemoAccountGenerator.generate(new DemoSpec("someone-else", 3, 2, 20, 1, END)));
        harness = new IngestHarness(TestDatabases.sqlite(dir), github, Duration.ofSeconds(2), Duration.ofSeconds(30));
    }

    @AfterEach
    void stop() {
        harness.close();
        github.close();
    }

    private void assertStoreEquals(DemoAccount account, boolean includePrivate) {
        assertThat(StoreSnapshot.repositories(harness.database, account.id()))
                .containsExactlyElementsOf(StoreSnapshot.expectedRepositories(account, includePrivate));
        assertThat(StoreSnapshot.commits(harness.database, account.id()))
                .containsExactlyElementsOf(StoreSnapshot.expectedCommits(account, includePrivate));
    }

    @Test
    void fullIngest_withATokenWithoutPermissions_storesEveryPublicRepoAndCommitExactly() {
        JobStatus status = harness.run("ada-dev", Optional.of(GitHubStandIn.READER_TOKEN));
        assertThat(status.status()).isEqualTo("completed");
        assertThat(status.errors()).isEmpty();
        assertStoreEquals(ACCOUNT, false);
        assertThat(ACCOUNT.repos()).anyMatch(DemoRepo::isPrivate);
        assertThat(github.violations()).isEmpty();
    }

    @Test
    void fullIngest_withTheOwnersToken_includesPrivateRepos() {
        JobStatus status = harness.run("ADA-DEV", Optional.of("ghp_adaToken"));
        assertThat(status.status()).isEqualTo("completed");
        assertStoreEquals(ACCOUNT, true);
        assertThat(github.violations()).isEmpty();
        assertThat(github.requests()).allSatisfy(request ->
                assertThat(request.headers().get("authorization")).isEqualTo("Bearer ghp_adaToken"));
    }

    @Test
    void ingest_neverAsksForCommitsOneByOne_andStaysUnderTheLowerBound() {
        JobStatus status = harness.run("ada-dev", Optional.of("ghp_adaToken"));
        long lowerBound = (ACCOUNT.repos().size() + 99) / 100 + ACCOUNT.repos().size();
        for (DemoRepo repo : ACCOUNT.repos()) {
            long commits = repo.fork()
                    ? repo.commits().stream().filter(c -> c.authorLogin().map("ada-dev"::equals).orElse(false)).count()
                    : repo.commits().size();
            lowerBound += (commits + 99) / 100;
        }
        // Pull requests and issues add their own pages (PullRequestIngestTest checks those alone).
        assertThat(status.requests()).isLessThanOrEqualTo((int) (lowerBound + WorkSnapshot.requestBound(ACCOUNT)));
        assertThat(github.requests()).noneMatch(request -> request.path().contains("/commits"));
    }

    @Test
    void reingest_ofAnUnchangedAccount_makesAtMostThreeRequestsAndChangesNothing() {
        harness.run("ada-dev", Optional.of("ghp_adaToken"));
        List<String> before = StoreSnapshot.commits(harness.database, ACCOUNT.id());
        github.clearRequests();
        JobStatus again = harness.run("ada-dev", Optional.of("ghp_adaToken"));
        assertThat(again.status()).isEqualTo("completed");
        // whose token, the listing (304) and one GraphQL probe for new pull requests, reviews and issues
        assertThat(github.requests()).hasSizeLessThanOrEqualTo(3);
        assertThat(again.commitsStored()).isZero();
        assertThat(StoreSnapshot.commits(harness.database, ACCOUNT.id())).isEqualTo(before);
        assertThat(github.requests()).anyMatch(request -> request.status() == 304);
    }

    @Test
    void reingest_withAnotherAccountsToken_isTwoConditionalRequestsAndAProbeAfterAskingWhoseTokenItIs() {
        harness.run("ada-dev", Optional.of(GitHubStandIn.READER_TOKEN));
        github.clearRequests();
        assertThat(harness.run("ada-dev", Optional.of(GitHubStandIn.READER_TOKEN)).status()).isEqualTo("completed");
        assertThat(github.requests()).hasSize(4);
        assertThat(github.requests()).filteredOn(request -> request.method().equals("GET") && !request.path().equals("/user"))
                .hasSize(2).allMatch(request -> request.status() == 304);
        assertThat(github.requests()).filteredOn(request -> request.path().equals("/graphql")).hasSize(1);
    }

    @Test
    void addedCommit_isPickedUp_withFewRequests() {
        harness.run("ada-dev", Optional.of("ghp_adaToken"));
        DemoRepo repo = busiest(ACCOUNT);
        DemoCommit newest = repo.commits().get(0);
        DemoCommit added = new DemoCommit("f".repeat(40), 1, "Ada Dev", "ada-dev@users.noreply.github.com",
                Optional.of("ada-dev"), newest.authoredAt().plusHours(3), newest.committedAt().plusHours(3),
                "feat: add the new thing", 12, 3, 2);
        List<DemoCommit> commits = new ArrayList<>();
        commits.add(added);
        commits.addAll(repo.commits());
        DemoAccount updated = ACCOUNT.withRepo(repo.id(), repo.withCommits(commits, added.committedAt().toInstant()));
        github.account(updated);
        github.clearRequests();

        JobStatus status = harness.run("ada-dev", Optional.of("ghp_adaToken"));
        assertThat(status.status()).isEqualTo("completed");
        assertThat(status.commitsStored()).isEqualTo(1);
        assertStoreEquals(updated, true);
        // user, listing (one page), the moved repo's tree, one GraphQL query and the pull request probe.
        assertThat(github.requests()).hasSizeLessThanOrEqualTo(5);
    }

    @Test
    void forcePush_isDetectedAndHistoryRepaired() {
        harness.run("ada-dev", Optional.of("ghp_adaToken"));
        DemoRepo repo = busiest(ACCOUNT);
        // Rewrite the newest three commits: drop them, put two different ones on top.
        List<DemoCommit> kept = repo.commits().subList(3, repo.commits().size());
        OffsetDateTime when = repo.commits().get(0).committedAt().plusDays(1);
        List<DemoCommit> rewritten = new ArrayList<>();
        rewritten.add(new DemoCommit("a".repeat(40), 1, "Ada Dev", "ada-dev@users.noreply.github.com",
                Optional.of("ada-dev"), when, when, "squash: rework the last changes", 40, 10, 3));
        rewritten.add(new DemoCommit("b".repeat(40), 1, "Ada Dev", "ada-dev@users.noreply.github.com",
                Optional.of("ada-dev"), when.minusMinutes(5), when.minusMinutes(5), "fix: typo", 1, 1, 1));
        rewritten.addAll(kept);
        DemoAccount updated = ACCOUNT.withRepo(repo.id(), repo.withCommits(rewritten, when.toInstant()));
        github.account(updated);

        assertThat(harness.run("ada-dev", Optional.of("ghp_adaToken")).status()).isEqualTo("completed");
        assertStoreEquals(updated, true);
    }

    @Test
    void repoLeftHalfDoneByAJobThatDied_isCompletedByTheNextJob() {
        harness.run("ada-dev", Optional.of("ghp_adaToken"));
        DemoRepo repo = busiest(ACCOUNT);
        // What a job that died mid-repo leaves: the newest pages stored, no head recorded.
        harness.database.withHandle(h -> h.createUpdate("UPDATE repositories SET head_sha = NULL WHERE id = :id")
                .bind("id", repo.id()).execute());
        List<String> older = repo.commits().subList(repo.commits().size() / 2, repo.commits().size()).stream()
                .map(DemoCommit::sha).toList();
        new dev.bitofgit.store.CommitStore(harness.database).deleteAll(repo.id(), older);
        assertThat(harness.run("ada-dev", Optional.of("ghp_adaToken")).status()).isEqualTo("completed");
        assertStoreEquals(ACCOUNT, true);
    }

    @Test
    void deletedRepo_isMarkedRemoved_notSilentlyKept() {
        harness.run("ada-dev", Optional.of("ghp_adaToken"));
        DemoRepo gone = ACCOUNT.repos().get(2);
        DemoAccount updated = ACCOUNT.withRepo(gone.id(), null);
        github.account(updated);
        assertThat(harness.run("ada-dev", Optional.of("ghp_adaToken")).status()).isEqualTo("completed");
        assertStoreEquals(updated, true);
        Long removedAt = harness.database.withHandle(handle -> handle
                .createQuery("SELECT removed_at FROM repositories WHERE id = :id").bind("id", gone.id())
                .mapTo(Long.class).one());
        assertThat(removedAt).isNotNull();
    }

    @Test
    void tenPercentInjectedFaults_endWithTheSameStore() {
        github.failRate(0.10).failNext(2);
        JobStatus status = harness.run("ada-dev", Optional.of("ghp_adaToken"));
        assertThat(status.status()).isEqualTo("completed");
        assertStoreEquals(ACCOUNT, true);
        assertThat(github.requests()).anyMatch(request -> request.status() == 502);
    }

    @Test
    void hungResponses_timeOutAndAreRetried() {
        github.hangRate(0.05, 4_000);
        JobStatus status = harness.run("ada-dev", Optional.of("ghp_adaToken"));
        assertThat(status.status()).isEqualTo("completed");
        assertStoreEquals(ACCOUNT, true);
    }

    @Test
    void rateLimitHitMidJob_waitsForTheResetAndCompletes() {
        github.rateLimit(5_000, 6, 3);
        long started = System.nanoTime();
        JobStatus status = harness.run("ada-dev", Optional.of("ghp_adaToken"));
        assertThat(status.status()).isEqualTo("completed");
        assertStoreEquals(ACCOUNT, true);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofSeconds(1));
        assertThat(harness.progress).anyMatch(progress -> progress.message()
                .filter(message -> message.startsWith("waiting for the GitHub rate limit until ")).isPresent());
    }

    @Test
    void rateLimitBeyondTheMaximumWait_stopsWithAMessageSayingUntilWhen() {
        github.rateLimit(5_000, 5, 7_200);
        JobStatus status = harness.run("ada-dev", Optional.of("ghp_adaToken"));
        assertThat(status.status()).isIn("failed", "completed_with_errors");
        String text = status.message().orElse("") + status.errors();
        assertThat(text).contains("GitHub rate limit exhausted until ").contains("would exceed the configured maximum of 30 s");
    }

    @Test
    void secondaryLimit_isWaitedOutAsGitHubDocuments() {
        github.secondaryLimit(3);
        JobStatus status = harness.run("ada-dev", Optional.of(GitHubStandIn.READER_TOKEN));
        assertThat(status.status()).isEqualTo("completed");
        assertStoreEquals(ACCOUNT, false);
        assertThat(github.requests().stream().filter(request -> request.status() == 403)).hasSize(3);
    }

    @Test
    void enterpriseServerPaths_work() throws Exception {
        harness.close();
        java.nio.file.Files.createDirectories(dir.resolve("ghe"));
        harness = new IngestHarness(TestDatabases.sqlite(dir.resolve("ghe")), URI.create(github.enterpriseApiUrl()),
                URI.create(github.apiUrl() + "/api/graphql"), Duration.ofSeconds(2), Duration.ofSeconds(30));
        assertThat(harness.run("ada-dev", Optional.of("ghp_adaToken")).status()).isEqualTo("completed");
        assertStoreEquals(ACCOUNT, true);
        assertThat(github.requests()).allMatch(request -> request.path().startsWith("/api/"));
        assertThat(github.violations()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-ada", "ada-", "a--b", "has space", "x_y", "0123456789012345678901234567890123456789", ""})
    void invalidUsername_isRejectedWith400BeforeAnyRequest(String username) {
        assertThatThrownBy(() -> harness.run(username, Optional.empty()))
                .isInstanceOfSatisfying(IngestRejected.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_INPUT));
        assertThat(github.requests()).isEmpty();
    }

    @Test
    void withoutAnyToken_isRefusedAtOnce_sayingHowToMakeOne() {
        assertThatThrownBy(() -> harness.run("ada-dev", Optional.empty()))
                .isInstanceOfSatisfying(IngestRejected.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.BAD_INPUT);
                    assertThat(e).hasMessage(IngestService.TOKEN_NEEDED);
                    assertThat(e.getMessage()).contains("a fine-grained token with no permissions reads public data",
                            "https://github.com/settings/personal-access-tokens/new");
                });
        assertThat(github.requests()).isEmpty();
    }

    @Test
    void unknownUser_is404() {
        assertThatThrownBy(() -> harness.run("nobody-here", Optional.of(GitHubStandIn.READER_TOKEN)))
                .isInstanceOfSatisfying(IngestRejected.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NO_SUCH_USER);
                    assertThat(e).hasMessage("no GitHub user nobody-here");
                });
    }

    @Test
    void rejectedToken_is401() {
        assertThatThrownBy(() -> harness.run("ada-dev", Optional.of("ghp_wrong")))
                .isInstanceOfSatisfying(IngestRejected.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TOKEN_REJECTED);
                    assertThat(e).hasMessage("GitHub rejected the token");
                });
    }

    @Test
    void tokenOfAnotherAccount_ingestsPublicDataOnly_andSaysSo() {
        JobStatus status = harness.run("ada-dev", Optional.of("ghp_otherToken"));
        assertThat(status.status()).isEqualTo("completed");
        assertThat(status.message()).contains("the token belongs to someone-else, not ada-dev; only public data was ingested");
        assertStoreEquals(ACCOUNT, false);
        assertThat(harness.ingest.account("ada-dev").status()).isEqualTo("completed");
    }

    @Test
    void accountStatus_reportsWhatTheStoreHolds() {
        assertThat(harness.ingest.account("ada-dev").status()).isEqualTo("not_found");
        JobStatus job = harness.run("ada-dev", Optional.of(GitHubStandIn.READER_TOKEN));
        AccountStatus status = harness.ingest.account("Ada-Dev");
        assertThat(status.status()).isEqualTo("completed");
        assertThat(status.jobId()).contains(job.jobId());
        assertThat(status.repoCount()).isEqualTo((int) ACCOUNT.repos().stream().filter(r -> !r.isPrivate()).count());
        assertThat(status.commitCount()).isEqualTo(StoreSnapshot.expectedCommits(ACCOUNT, false).size());
        assertThat(status.lastIngestedAt()).hasValueSatisfying(at -> assertThat(at).isBefore(Instant.now().plusSeconds(1)));
    }

    private static DemoRepo busiest(DemoAccount account) {
        return account.repos().stream().filter(repo -> !repo.fork())
                .max((a, b) -> Integer.compare(a.commits().size(), b.commits().size())).orElseThrow();
    }
}
