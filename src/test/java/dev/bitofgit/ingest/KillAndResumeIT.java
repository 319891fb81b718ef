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
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** kill -9 in the middle of an ingest, restart: the job resumes, finished repos are not fetched again, no row is lost or doubled. */
class KillAndResumeIT {
    private static final DemoAccount ACCOUNT = DemoAccountGenerator.generate(
            new DemoSpec("linus-t", 21, 16, 4_000, 3, LocalDate.of(2026, 9, 1)));

    @TempDir
    Path dir;

    @Test
    void killedMidJob_resumesOnRestartAndEndsIdentical() throws Exception {
        try (GitHubStandIn github = new GitHubStandIn().account(ACCOUNT).latency(40)) {
            Map<String, String> env = env(dir, github, 5);
            String jobId;
            try (JarProcess first = JarProcess.start(env, "serve")) {
                Http http = new Http(first.awaitRunning(Duration.ofSeconds(60)));
                jobId = http.post("/ingest", "{\"username\":\"linus-t\"}").json().get("job_id").asString();
                awaitCommits(http, jobId, 1_000);
                ProcessHandle.of(first.pid()).orElseThrow().destroyForcibly(); // SIGKILL: no shutdown hook runs
                first.awaitExit(Duration.ofSeconds(20));
            }
            Set<String> doneBeforeKill;
            try (Database database = Database.open("jdbc:sqlite:" + dir.resolve("bitofgit.db"))) {
                doneBeforeKill = database.withHandle(handle -> handle.createQuery(
                                "SELECT repo_name FROM ingest_job_repos WHERE job_id = :id AND status = 'done'")
                        .bind("id", jobId).mapTo(String.class).set());
                String status = database.withHandle(handle -> handle.createQuery(
                        "SELECT status FROM ingest_jobs WHERE id = :id").bind("id", jobId).mapTo(String.class).one());
                assertThat(status).isEqualTo("running");
            }
            assertThat(doneBeforeKill).isNotEmpty();
            github.clearRequests();

            try (JarProcess second = JarProcess.start(env, "serve")) {
                Http http = new Http(second.awaitRunning(Duration.ofSeconds(60)));
                JsonNode finished;
                try {
                    finished = awaitStatus(http, jobId);
                } catch (RuntimeException | AssertionError e) {
                    throw new AssertionError("restarted server: " + String.join("\n", second.stderr()), e);
                }
                assertThat(finished.get("status").asString()).isEqualTo("completed");
                assertThat(http.get("/users/linus-t").json().path("job_id").isNull())
                        .as("a job id goes only to the caller that started the job").isTrue();
                second.stop();
            }
            List<String> treesAfterRestart = github.requests().stream()
                    .map(GitHubStandIn.Seen::path)
                    .filter(path -> path.contains("/git/trees/"))
                    .map(path -> path.split("/")[3])
                    .collect(Collectors.toList());
            assertThat(treesAfterRestart).doesNotContainAnyElementsOf(doneBeforeKill);

            try (Database database = Database.open("jdbc:sqlite:" + dir.resolve("bitofgit.db"))) {
                assertThat(StoreSnapshot.commits(database, ACCOUNT.id()))
                        .containsExactlyElementsOf(StoreSnapshot.expectedCommits(ACCOUNT, false));
                assertThat(StoreSnapshot.repositories(database, ACCOUNT.id()))
                        .containsExactlyElementsOf(StoreSnapshot.expectedRepositories(ACCOUNT, false));
            }
        }
    }

    @Test
    void sigterm_stopsWithin10Seconds_andTheJobResumesOnRestart() throws Exception {
        try (GitHubStandIn github = new GitHubStandIn().account(ACCOUNT).latency(40)) {
            Map<String, String> env = env(dir, github, 5);
            String jobId;
            try (JarProcess first = JarProcess.start(env, "serve")) {
                Http http = new Http(first.awaitRunning(Duration.ofSeconds(60)));
                jobId = http.post("/ingest", "{\"username\":\"linus-t\"}").json().get("job_id").asString();
                awaitCommits(http, jobId, 500);
                long started = System.nanoTime();
                first.stop(); // SIGTERM: the shutdown hook checkpoints and stops
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
                assertThat(first.stderr()).noneMatch(line -> line.contains("Exception"));
            }
            restartAndExpectTheExactStore(env, jobId, dir, ACCOUNT, false);
        }
    }

    /**
     * The owner kept the token (sealed with BITOFGIT_SECRET_KEY): after kill -9 the restarted server — with no
     * GITHUB_TOKEN — opens the kept token and finishes the private ingest, instead of asking for the token again.
     */
    @Test
    void keptToken_letsAKilledPrivateIngestResumeWithoutTheToken() throws Exception {
        String token = "ghp_keptForResume0123456789";
        try (GitHubStandIn github = new GitHubStandIn().account(ACCOUNT).token(token, "linus-t").latency(40)) {
            Map<String, String> env = new java.util.HashMap<>(env(dir, github, 3));
            env.put("BITOFGIT_SECRET_KEY", java.util.Base64.getEncoder().encodeToString(new byte[32]));
            env.remove("GITHUB_TOKEN");
            String jobId;
            try (JarProcess first = JarProcess.start(env, "serve")) {
                Http http = new Http(first.awaitRunning(Duration.ofSeconds(60)));
                jobId = http.post("/ingest", "{\"username\":\"linus-t\",\"github_token\":\"" + token
                        + "\",\"keep_token\":true}").json().get("job_id").asString();
                awaitCommits(http, jobId, 800);
                ProcessHandle.of(first.pid()).orElseThrow().destroyForcibly();
                first.awaitExit(Duration.ofSeconds(20));
            }
            restartAndExpectTheExactStore(env, jobId, dir, ACCOUNT, true);
        }
    }

    /** kill -9 at ten different moments of an ingest (seeded, so a failure replays): every restart completes it. */
    @org.junit.jupiter.params.ParameterizedTest(name = "trial {0}")
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void killNineAtRandomMoments_everyRestartEndsIdentical(int trial) throws Exception {
        DemoAccount account = DemoAccountGenerator.generate(new DemoSpec("rand-" + trial, 100 + trial, 8, 1_200, 2,
                LocalDate.of(2026, 9, 1)));
        long killAfterMillis = new java.util.Random(trial).nextInt(300, 2_500);
        Path data = dir.resolve("trial-" + trial);
        try (GitHubStandIn github = new GitHubStandIn().account(account).latency(30)) {
            Map<String, String> env = env(data, github, 3);
            String jobId;
            try (JarProcess first = JarProcess.start(env, "serve")) {
                Http http = new Http(first.awaitRunning(Duration.ofSeconds(60)));
                jobId = http.post("/ingest", "{\"username\":\"rand-" + trial + "\"}").json().get("job_id").asString();
                Thread.sleep(killAfterMillis);
                ProcessHandle.of(first.pid()).orElseThrow().destroyForcibly();
                first.awaitExit(Duration.ofSeconds(20));
            }
            try (JarProcess second = JarProcess.start(env, "serve")) {
                Http http = new Http(second.awaitRunning(Duration.ofSeconds(60)));
                assertThat(awaitStatus(http, jobId).get("status").asString()).isEqualTo("completed");
                assertThat(http.get("/health").json().get("status").asString()).isEqualTo("ok");
                second.stop();
            }
            try (Database database = Database.open("jdbc:sqlite:" + data.resolve("bitofgit.db"))) {
                assertThat(StoreSnapshot.commits(database, account.id()))
                        .containsExactlyElementsOf(StoreSnapshot.expectedCommits(account, false));
                assertThat(StoreSnapshot.repositories(database, account.id()))
                        .containsExactlyElementsOf(StoreSnapshot.expectedRepositories(account, false));
            }
        }
    }

    /**
     * A server on {@code data} against the stand-in: two GitHub requests in flight, a short job lease, and a
     * GITHUB_TOKEN without permissions (a tokenless POST /ingest uses it, and so does a resumed public job).
     */
    private static Map<String, String> env(Path data, GitHubStandIn github, int leaseSeconds) {
        return Map.of("BITOFGIT_DATA_DIR", data.toString(), "PORT", "0", "GITHUB_API_URL", github.apiUrl(),
                "GITHUB_TOKEN", GitHubStandIn.READER_TOKEN,
                "BITOFGIT_INGEST_CONCURRENCY", "2", "BITOFGIT_JOB_LEASE_SECONDS", String.valueOf(leaseSeconds));
    }

    /** Starts the server again: the interrupted job must complete, leaving exactly the account's data. */
    private static void restartAndExpectTheExactStore(Map<String, String> env, String jobId, Path data,
                                                      DemoAccount account, boolean includePrivate) {
        try (JarProcess second = JarProcess.start(env, "serve")) {
            Http http = new Http(second.awaitRunning(Duration.ofSeconds(60)));
            assertThat(awaitStatus(http, jobId).get("status").asString()).isEqualTo("completed");
            second.stop();
        }
        try (Database database = Database.open("jdbc:sqlite:" + data.resolve("bitofgit.db"))) {
            assertThat(StoreSnapshot.commits(database, account.id()))
                    .containsExactlyElementsOf(StoreSnapshot.expectedCommits(account, includePrivate));
            assertThat(StoreSnapshot.repositories(database, account.id()))
                    .containsExactlyElementsOf(StoreSnapshot.expectedRepositories(account, includePrivate));
        }
    }

    private static void awaitCommits(Http http, String jobId, long atLeast) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode status = http.get("/ingest/" + jobId).json();
            if (status.get("commits_stored").asLong() >= atLeast && status.get("repos_done").asInt() >= 1) {
                if (!status.get("status").asString().equals("running")) {
                    throw new AssertionError("job ended before it could be killed: " + status);
                }
                return;
            }
            sleep(20);
        }
        throw new AssertionError("job " + jobId + " never reached " + atLeast + " commits");
    }

    private static JsonNode awaitStatus(Http http, String jobId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            Http.Response response = http.get("/ingest/" + jobId);
            if (response.status() == 200) {
                JsonNode status = response.json();
                if (!status.get("status").asString().matches("pending|running")) {
                    return status;
                }
            }
            sleep(100);
        }
        throw new AssertionError("job " + jobId + " did not finish after the restart");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
