package dev.bitofgit.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoAccountGenerator;
import dev.bitofgit.demo.DemoCommit;
import dev.bitofgit.demo.DemoRepo;
import dev.bitofgit.demo.DemoSpec;
import dev.bitofgit.testing.GitHubStandIn;
import dev.bitofgit.testing.Http;
import dev.bitofgit.testing.TestServer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * An ingest may change only what its token can see: an ingest with another account's token, or none, updates public
 * data and never hides the owner's private repositories; an owner's ingest never joins such a weaker job.
 */
class IngestVisibilityTest {
    private static final DemoAccount DANA = DemoAccountGenerator.generate(
            new DemoSpec("dana-v", 91, 8, 400, 2, LocalDate.of(2026, 10, 1)));
    private static final DemoAccount EVE = DemoAccountGenerator.generate(
            new DemoSpec("eve-v", 92, 3, 60, 1, LocalDate.of(2026, 10, 1)));

    @RegisterExtension
    final TestServer server = TestServer.create()
            .github(() -> new GitHubStandIn().account(DANA).account(EVE).token("ghp_dana_own", "dana-v")
                    .token("ghp_eve_other", "eve-v"));

    private String danaSession;

    @BeforeEach
    void start() {
        JsonNode accepted = post("{\"username\":\"dana-v\",\"github_token\":\"ghp_dana_own\"}");
        danaSession = accepted.get("session_token").asString();
        awaitEnd(accepted.get("job_id").asString());
        assertThat(privateNames()).as("the generated account has private repositories").isNotEmpty();
        assertThat(ownersView()).isEqualTo(allNames());
    }

    @Test
    void ingestWithAnotherAccountsToken_leavesTheOwnersPrivateReposVisible() {
        long commitsBefore = ownersCommitCount();
        awaitEnd(post("{\"username\":\"dana-v\",\"github_token\":\"ghp_eve_other\"}").get("job_id").asString());

        assertThat(ownersView()).isEqualTo(allNames());
        assertThat(ownersCommitCount()).isEqualTo(commitsBefore);
        assertThat(removedPrivateRepos()).isZero();
    }

    @Test
    void ingestWithAnotherAccountsToken_leavesTheOwnersPrivateReposVisible_andTheOwnersNextIngestStillSeesThem() {
        awaitEnd(post("{\"username\":\"dana-v\",\"github_token\":\"ghp_eve_other\"}").get("job_id").asString());
        assertThat(ownersView()).isEqualTo(allNames());

        JsonNode again = post("{\"username\":\"dana-v\",\"github_token\":\"ghp_dana_own\"}");
        awaitEnd(again.get("job_id").asString());
        assertThat(ownersView()).isEqualTo(allNames());
        assertThat(removedPrivateRepos()).isZero();
    }

    @Test
    void publicRepoGoneFromThePublicListing_isHidden_andTheOwnersNextIngestReadsItsListingWhole() {
        DemoRepo gone = DANA.repos().stream().filter(repo -> !repo.isPrivate()).findFirst().orElseThrow();
        server.github().account(DANA.withRepo(gone.id(), null));
        awaitEnd(post("{\"username\":\"dana-v\",\"github_token\":\"ghp_eve_other\"}").get("job_id").asString());
        Set<String> expected = new TreeSet<>(allNames());
        expected.remove(gone.name());
        assertThat(ownersView()).isEqualTo(expected);

        server.github().account(DANA); // it is back (it had been made private and public again)
        awaitEnd(post("{\"username\":\"dana-v\",\"github_token\":\"ghp_dana_own\"}").get("job_id").asString());
        assertThat(ownersView()).as("the owner's 304 is not trusted after a weaker ingest hid something")
                .isEqualTo(allNames());
    }

    @Test
    void ownersIngest_startedWhileAPublicOnlyJobRuns_waitsForItAndThenSyncsPrivateRepos() {
        DemoRepo secret = DANA.repos().stream().filter(DemoRepo::isPrivate).findFirst().orElseThrow();
        List<DemoCommit> commits = new ArrayList<>(secret.commits());
        DemoCommit head = commits.get(0);
        OffsetDateTime at = head.authoredAt().plusHours(1);
        DemoCommit fresh = new DemoCommit("f".repeat(40), 1, head.authorName(), head.authorEmail(),
                head.authorLogin(), at, at, "private work after the first ingest", 5, 1, 1);
        commits.add(0, fresh);
        DemoAccount changed = DANA.withRepo(secret.id(), secret.withCommits(commits, at.toInstant()));
        server.github().account(changed);
        server.github().latency(150);

        JsonNode weak = post("{\"username\":\"dana-v\",\"github_token\":\"ghp_eve_other\"}");
        JsonNode owners = post("{\"username\":\"dana-v\",\"github_token\":\"ghp_dana_own\"}");
        assertThat(owners.get("job_id").asString()).as("the owner's request does not join the public-only job")
                .isNotEqualTo(weak.get("job_id").asString());
        assertThat(owners.get("status").asString()).isEqualTo("pending");
        JsonNode waiting = server.http().get("/ingest/" + owners.get("job_id").asString()).json();
        assertThat(waiting.get("message").asString()).contains("waiting for a public-only ingest");

        awaitEnd(weak.get("job_id").asString());
        JsonNode ended = awaitEnd(owners.get("job_id").asString());
        server.github().latency(0);
        assertThat(ended.get("status").asString()).isEqualTo("completed");
        assertThat(ownersView()).isEqualTo(allNames());
        assertThat(server.http().withBearer(danaSession).post("/tools/get_commit_timeline",
                        "{\"username\":\"dana-v\",\"repo\":\"" + secret.name() + "\",\"limit\":1}")
                .json().get("commits").get(0).get("sha").asString()).isEqualTo(fresh.sha());
    }

    private JsonNode post(String body) {
        Http.Response accepted = server.http().post("/ingest", body);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        return accepted.json();
    }

    private JsonNode awaitEnd(String jobId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            JsonNode status = server.http().get("/ingest/" + jobId).json();
            if (!status.get("status").asString().matches("pending|running")) {
                return status;
            }
            assertThat(System.nanoTime()).as("job " + jobId + " ends").isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private Set<String> ownersView() {
        Set<String> names = new TreeSet<>();
        server.http().withBearer(danaSession).post("/tools/list_repos", "{\"username\":\"dana-v\",\"limit\":100}").json()
                .get("repos").forEach(repo -> names.add(repo.get("name").asString()));
        return names;
    }

    private int removedPrivateRepos() {
        return server.application().database().withHandle(handle -> handle.createQuery(
                "SELECT COUNT(*) FROM repositories WHERE is_private = TRUE AND removed_at IS NOT NULL")
                .mapTo(Integer.class).one());
    }

    private static Set<String> allNames() {
        Set<String> names = new TreeSet<>();
        DANA.repos().forEach(repo -> names.add(repo.name()));
        return names;
    }

    private static Set<String> privateNames() {
        Set<String> names = new TreeSet<>();
        DANA.repos().stream().filter(DemoRepo::isPrivate).forEach(repo -> names.add(repo.name()));
        return names;
    }

    private long ownersCommitCount() {
        return server.http().withBearer(danaSession).get("/users/dana-v").json().get("commit_count").asLong();
    }
}
