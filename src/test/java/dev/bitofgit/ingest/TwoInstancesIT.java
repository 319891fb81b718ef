package dev.bitofgit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoAccountGenerator;
import dev.bitofgit.demo.DemoSpec;
import dev.bitofgit.store.Database;
import dev.bitofgit.testing.GitHubStandIn;
import dev.bitofgit.testing.Http;
import dev.bitofgit.testing.JarProcess;
import dev.bitofgit.testing.StoreSnapshot;
import dev.bitofgit.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Two server processes on one PostgreSQL: an ingest started on both is one job; the instance running it is killed
 * mid-job; the other takes the job over when the lease expires (resuming the private ingest with the sealed kept
 * token); the store equals a single clean run; a session issued by one instance works, and is revoked, on the other.
 */
class TwoInstancesIT {
    private static final DemoAccount ACCOUNT = DemoAccountGenerator.generate(
            new DemoSpec("ken-t", 31, 14, 3_500, 3, LocalDate.of(2026, 9, 1)));

    @TempDir
    Path dir;

    @Test
    void instanceKilledMidJob_theOtherFinishesIt() {
        String url = TestDatabases.freshPostgresSchema();
        try (GitHubStandIn github = new GitHubStandIn().account(ACCOUNT).token("ghp_ken", "ken-t").latency(40)) {
            // Both instances share the key that seals kept tokens, so either can resume the other's private job.
            Map<String, String> envA = Map.of("BITOFGIT_DATA_DIR", dir.resolve("a").toString(), "PORT", "0",
                    "BITOFGIT_DB_URL", url, "GITHUB_API_URL", github.apiUrl(), "BITOFGIT_INGEST_CONCURRENCY", "2",
                    "BITOFGIT_JOB_LEASE_SECONDS", "4",
                    "BITOFGIT_SECRET_KEY", java.util.Base64.getEncoder().encodeToString(new byte[32]));
            Map<String, String> envB = new java.util.HashMap<>(envA);
            envB.put("BITOFGIT_DATA_DIR", dir.resolve("b").toString());
            try (JarProcess a = JarProcess.start(envA, "serve"); JarProcess b = JarProcess.start(envB, "serve")) {
                Http httpA = new Http(a.awaitRunning(Duration.ofSeconds(60)));
                Http httpB = new Http(b.awaitRunning(Duration.ofSeconds(60)));
                JsonNode started = httpA.post("/ingest", "{\"username\":\"ken-t\",\"github_token\":\"ghp_ken\","
                        + "\"keep_token\":true}").json();
                String job = started.get("job_id").asString();
                String session = started.get("session_token").asString();
                String joined = httpB.post("/ingest", "{\"username\":\"ken-t\",\"github_token\":\"ghp_ken\"}").json().get("job_id").asString();
                assertThat(joined).isEqualTo(job);
                awaitCommits(httpB.withBearer(session), job, 800); // the whole progress: the owner's view
                ProcessHandle.of(a.pid()).orElseThrow().destroyForcibly();
                a.awaitExit(Duration.ofSeconds(20));
                JsonNode finished = awaitFinished(httpB, job);
                assertThat(finished.get("status").asString()).isEqualTo("completed");
                assertThat(b.stderr()).anyMatch(line -> line.contains("took over 1 ingest job"));
                // Sessions live in the database: the one instance A issued works on B, and B's revocation holds.
                Http owner = httpB.withBearer(session);
                assertThat(owner.get("/users/ken-t").json().get("repo_count").asInt()).isEqualTo(ACCOUNT.repos().size());
                assertThat(httpB.get("/users/ken-t").json().get("repo_count").asLong())
                        .isEqualTo(ACCOUNT.repos().stream().filter(repo -> !repo.isPrivate()).count());
                assertThat(owner.delete("/sessions/current").status()).isEqualTo(204);
                assertThat(owner.get("/users/ken-t").status()).isEqualTo(401);
                b.stop();
            }
        }
        try (Database database = Database.open(url)) {
            assertThat(StoreSnapshot.commits(database, ACCOUNT.id()))
                    .containsExactlyElementsOf(StoreSnapshot.expectedCommits(ACCOUNT, true));
            assertThat(StoreSnapshot.repositories(database, ACCOUNT.id()))
                    .containsExactlyElementsOf(StoreSnapshot.expectedRepositories(ACCOUNT, true));
        }
    }

    private static void awaitCommits(Http http, String job, long atLeast) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode status = http.get("/ingest/" + job).json();
            if (status.get("commits_stored").asLong() >= atLeast) {
                assertThat(status.get("status").asString()).isEqualTo("running");
                return;
            }
            sleep(50);
        }
        throw new AssertionError("job never reached " + atLeast + " commits");
    }

    private static JsonNode awaitFinished(Http http, String job) {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode status = http.get("/ingest/" + job).json();
            if (!status.get("status").asString().matches("pending|running")) {
                return status;
            }
            sleep(200);
        }
        throw new AssertionError("job " + job + " was not taken over and finished");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
