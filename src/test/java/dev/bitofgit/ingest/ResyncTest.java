package dev.bitofgit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitofgit.auth.SealedTokenKeeper;
import dev.bitofgit.auth.TokenVault;
import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoAccountGenerator;
import dev.bitofgit.demo.DemoCommit;
import dev.bitofgit.demo.DemoRepo;
import dev.bitofgit.demo.DemoSpec;
import dev.bitofgit.store.KeptTokenStore;
import dev.bitofgit.testing.GitHubStandIn;
import dev.bitofgit.testing.IngestHarness;
import dev.bitofgit.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scheduled re-sync: an owner who kept a token gets new commits without asking, using that token (sealed at rest). */
class ResyncTest {
    private static final DemoAccount ACCOUNT = DemoAccountGenerator.generate(
            new DemoSpec("eve-r", 61, 5, 300, 2, LocalDate.of(2026, 10, 1)));

    @TempDir
    Path dir;

    @Test
    void keptToken_resyncsOnSchedule_pickingUpANewPrivateCommit() throws Exception {
        try (GitHubStandIn github = new GitHubStandIn().account(ACCOUNT).token("ghp_eve_kept", "eve-r");
             IngestHarness harness = new IngestHarness(TestDatabases.sqlite(dir), github, Duration.ofSeconds(5),
                     Duration.ofSeconds(5))) {
            TokenVault vault = new TokenVault(new byte[32]);
            KeptTokenStore kept = new KeptTokenStore(harness.database);
            harness.ingest.keepTokensWith(new SealedTokenKeeper(vault, kept, java.time.Clock.systemUTC()));
            JobStatus first = harness.ingest.runInForeground(
                    new IngestRequest("eve-r", Optional.of("ghp_eve_kept"), true, false, true), status -> { });
            assertThat(first.status()).isEqualTo("completed");
            assertThat(kept.find(ACCOUNT.id())).hasValueSatisfying(sealed -> assertThat(sealed.sealed())
                    .doesNotContain("ghp_eve_kept"));

            DemoRepo secret = ACCOUNT.repos().stream().filter(DemoRepo::isPrivate).findFirst().orElseThrow();
            DemoCommit newest = secret.commits().get(0);
            DemoCommit added = new DemoCommit("e".repeat(40), 1, "Eve", "eve-r@users.noreply.github.com",
                    Optional.of("eve-r"), newest.authoredAt().plusHours(1), newest.committedAt().plusHours(1),
                    "feat: scheduled re-sync finds me", 5, 1, 1);
            List<DemoCommit> commits = new ArrayList<>();
            commits.add(added);
            commits.addAll(secret.commits());
            github.account(ACCOUNT.withRepo(secret.id(), secret.withCommits(commits, added.committedAt().toInstant())));
            github.clearRequests();

            harness.ingest.startResync(Duration.ofSeconds(1));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            boolean found = false;
            while (!found && System.nanoTime() < deadline) {
                Thread.sleep(200);
                found = harness.database.withHandle(handle -> handle.createQuery(
                        "SELECT COUNT(*) FROM commits WHERE sha = :sha").bind("sha", added.sha()).mapTo(Integer.class)
                        .one()) == 1;
            }
            assertThat(found).as("the re-sync stored the new private commit").isTrue();
            assertThat(github.requests()).isNotEmpty().allSatisfy(seen -> assertThat(seen.headers().get("authorization"))
                    .isEqualTo("Bearer ghp_eve_kept"));
        }
    }
}
