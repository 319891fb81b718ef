package dev.bitofgit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoAccountGenerator;
import dev.bitofgit.demo.DemoSpec;
import dev.bitofgit.store.Database;
import dev.bitofgit.testing.GitHubStandIn;
import dev.bitofgit.testing.Http;
import dev.bitofgit.testing.JarProcess;
import dev.bitofgit.testing.PrivatePostgres;
import dev.bitofgit.testing.StoreSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The store failing under a running ingest: PostgreSQL stopped and started again (the job pauses, says so, and
 * continues to the exact store), and SQLite's disk filling up (a clear error, an intact database, a server that
 * keeps serving, and a later ingest that completes once there is room).
 */
class StoreFaultsIT {
    private static final DemoAccount ACCOUNT = DemoAccountGenerator.generate(
            new DemoSpec("pg-outage", 33, 14, 3_000, 3, LocalDate.of(2026, 9, 1)));

    @Test
    void postgresRestartedMidJob_jobPausesThenCompletesWithTheExactStore() throws Exception {
        try (PrivatePostgres postgres = PrivatePostgres.create();
             GitHubStandIn github = new GitHubStandIn().account(ACCOUNT).latency(40)) {
            Map<String, String> env = Map.of("BITOFGIT_DB_URL", postgres.jdbcUrl(), "PORT", "0",
                    "GITHUB_API_URL", github.apiUrl(), "GITHUB_TOKEN", GitHubStandIn.READER_TOKEN, "BITOFGIT_DATA_DIR", Files.createTempDirectory("bitofgit").toString());
            try (JarProcess server = JarProcess.start(env, "serve")) {
                Http http = new Http(server.awaitRunning(Duration.ofSeconds(60)));
                String jobId = http.post("/ingest", "{\"username\":\"pg-outage\"}").json().get("job_id").asString();
                await(() -> http.get("/ingest/" + jobId).json().get("commits_stored").asLong() >= 600,
                        Duration.ofSeconds(60));

                postgres.stop();
                List<JsonNode> seen = new ArrayList<>();
                Instant downUntil = Instant.now().plusSeconds(12);
                while (Instant.now().isBefore(downUntil)) {
                    seen.add(http.get("/ingest/" + jobId).json());
                    Thread.sleep(200);
                }
                Http.Response duringOutage = http.get("/users/pg-outage");
                postgres.start();

                assertThat(seen).allSatisfy(job -> assertThat(job.get("status").asString()).isEqualTo("running"));
                assertThat(seen).anySatisfy(job -> assertThat(job.get("message").asString())
                        .contains("the database is unreachable"));
                assertThat(duringOutage.status()).isEqualTo(503);
                assertThat(duringOutage.headers().firstValue("Retry-After")).hasValue("5");
                assertThat(duringOutage.json().get("detail").asString()).contains("database is unreachable");

                JsonNode finished = awaitFinished(http, jobId);
                assertThat(finished.get("status").asString()).as("job: %s", finished).isEqualTo("completed");
                assertThat(finished.get("errors")).isEmpty();
                assertThat(http.get("/users/pg-outage").json().get("status").asString()).isEqualTo("completed");
                server.stop();
            }
            try (Database database = Database.open(postgres.jdbcUrl())) {
                assertThat(StoreSnapshot.commits(database, ACCOUNT.id()))
                        .containsExactlyElementsOf(StoreSnapshot.expectedCommits(ACCOUNT, false));
                assertThat(StoreSnapshot.repositories(database, ACCOUNT.id()))
                        .containsExactlyElementsOf(StoreSnapshot.expectedRepositories(ACCOUNT, false));
            }
        }
    }

    @Test
    void sqliteDiskFull_clearErrorIntactStoreServerKeepsServing_thenCompletesWithRoom() throws Exception {
        Path mount = Files.createTempDirectory("bitofgit-full");
        mount(mount, "size=1m");
        try (GitHubStandIn github = new GitHubStandIn().account(ACCOUNT)) {
            Map<String, String> env = Map.of("BITOFGIT_DATA_DIR", mount.toString(), "PORT", "0",
                    "GITHUB_API_URL", github.apiUrl(), "GITHUB_TOKEN", GitHubStandIn.READER_TOKEN);
            try (JarProcess server = JarProcess.start(env, "serve")) {
                Http http = new Http(server.awaitRunning(Duration.ofSeconds(60)));
                String jobId = http.post("/ingest", "{\"username\":\"pg-outage\"}").json().get("job_id").asString();
                JsonNode failed = awaitFinished(http, jobId);
                assertThat(failed.get("status").asString()).isEqualTo("failed");
                assertThat(failed.get("message").asString()).contains("disk is full").contains("run the ingest again");
                assertThat(String.join("\n", server.stderr())).doesNotContain("\tat ");

                assertThat(http.get("/health").status()).isEqualTo(200);
                JsonNode user = http.get("/users/pg-outage").json();
                assertThat(user.get("status").asString()).isEqualTo("failed");
                assertThat(http.get("/tools").status()).isEqualTo(200);

                mount(mount, "remount,size=64m");
                String again = http.post("/ingest", "{\"username\":\"pg-outage\"}").json().get("job_id").asString();
                assertThat(awaitFinished(http, again).get("status").asString()).isEqualTo("completed");
                server.stop();
            }
            try (Database database = Database.open("jdbc:sqlite:" + mount.resolve("bitofgit.db"))) {
                String integrity = database.withHandle(handle -> handle.createQuery("PRAGMA integrity_check")
                        .mapTo(String.class).one());
                assertThat(integrity).isEqualTo("ok");
                assertThat(StoreSnapshot.commits(database, ACCOUNT.id()))
                        .containsExactlyElementsOf(StoreSnapshot.expectedCommits(ACCOUNT, false));
                assertThat(StoreSnapshot.repositories(database, ACCOUNT.id()))
                        .containsExactlyElementsOf(StoreSnapshot.expectedRepositories(ACCOUNT, false));
            }
        } finally {
            unmount(mount);
        }
    }

    /** Unmounts (retrying while the stopped server's files are still being released), then removes the mount point. */
    private static void unmount(Path mount) throws Exception {
        for (int attempt = 0; attempt < 20; attempt++) {
            Process process = new ProcessBuilder("umount", mount.toString()).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            if (process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0) {
                Files.deleteIfExists(mount);
                return;
            }
            Thread.sleep(500);
        }
        new ProcessBuilder("umount", "-l", mount.toString()).start().waitFor(30, TimeUnit.SECONDS);
        Files.deleteIfExists(mount);
    }

    /** A tmpfs of the given size: a real file system that really runs out of space (needs root, as CI runs). */
    private static void mount(Path mount, String options) throws Exception {
        List<String> command = options.startsWith("remount")
                ? List.of("mount", "-o", options, mount.toString())
                : List.of("mount", "-t", "tmpfs", "-o", options, "tmpfs", mount.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0)
                .as("%s: %s (this test mounts a small tmpfs and needs root)", command, output).isTrue();
    }

    private static JsonNode awaitFinished(Http http, String jobId) throws Exception {
        Instant deadline = Instant.now().plusSeconds(180);
        while (Instant.now().isBefore(deadline)) {
            JsonNode job = http.get("/ingest/" + jobId).json();
            String status = job.get("status").asString();
            if (!status.equals("pending") && !status.equals("running")) {
                return job;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("job " + jobId + " did not finish");
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void await(Condition condition, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.holds()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("condition not met within " + timeout);
            }
            Thread.sleep(100);
        }
    }
}
