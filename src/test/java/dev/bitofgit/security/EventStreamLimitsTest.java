package dev.bitofgit.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoAccountGenerator;
import dev.bitofgit.demo.DemoSpec;
import dev.bitofgit.testing.GitHubStandIn;
import dev.bitofgit.testing.TestServer;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Progress streams (GET /ingest/{id}/events) are capped per client, and an open stream holds no thread: 200 clients
 * following a job cost a fixed handful of threads, not one each.
 */
class EventStreamLimitsTest {
    private static final DemoAccount GRACE = DemoAccountGenerator.generate(
            new DemoSpec("grace-e", 61, 12, 3_000, 3, LocalDate.of(2026, 10, 1)));

    @RegisterExtension
    final TestServer server = TestServer.create()
            // Slow enough that the job runs for the whole test.
            .github(() -> new GitHubStandIn().account(GRACE).latency(3_000))
            .env("BITOFGIT_TRUSTED_PROXIES", "127.0.0.1/32");

    private String jobId;
    private final HttpClient client = HttpClient.newHttpClient();
    private final List<InputStream> open = new ArrayList<>();

    @BeforeEach
    void start() {
        jobId = server.http().post("/ingest", "{\"username\":\"grace-e\",\"github_token\":\"github_pat_public_reader\"}").json().get("job_id").asString();
    }

    @AfterEach
    void stop() throws Exception {
        for (InputStream stream : open) {
            stream.close();
        }
    }

    @Test
    void aFifthStreamFromOneClient_is429_untilOneCloses() throws Exception {
        for (int index = 0; index < 4; index++) {
            assertThat(openStream("10.0.0.1").statusCode()).isEqualTo(200);
        }
        HttpResponse<InputStream> fifth = openStream("10.0.0.1");
        assertThat(fifth.statusCode()).isEqualTo(429);
        assertThat(fifth.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(new String(fifth.body().readAllBytes(), StandardCharsets.UTF_8))
                .contains("\"detail\":\"too many open event streams from this client (at most 4); close one first\"");
        assertThat(openStream("10.0.0.2").statusCode()).as("another client").isEqualTo(200);

        open.remove(0).close();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        int status;
        do {
            Thread.sleep(100);
            status = openStream("10.0.0.1").statusCode();
        } while (status == 429 && System.nanoTime() < deadline);
        assertThat(status).as("a closed stream frees its place").isEqualTo(200);
    }

    @Test
    void twoHundredOpenStreams_holdAFixedHandfulOfThreads() throws Exception {
        openStream("10.1.0.0").statusCode(); // warm up the server's pools
        Thread.sleep(500);
        int before = Thread.activeCount();
        for (int index = 1; index <= 200; index++) {
            assertThat(openStream("10.1." + (index / 250) + "." + (index % 250)).statusCode()).isEqualTo(200);
        }
        Thread.sleep(1_000);
        int during = Thread.activeCount();
        System.out.printf("threads: %d before, %d with 200 more open event streams%n", before, during);
        assertThat(during - before).as("threads added by 200 open streams").isLessThan(20);
    }

    /** Opens a stream as the client at {@code address} (through the trusted proxy) and reads its first event. */
    private HttpResponse<InputStream> openStream(String address) throws Exception {
        HttpResponse<InputStream> response = client.send(server.http().request("/ingest/" + jobId + "/events")
                .header("Accept", "text/event-stream").header("X-Forwarded-For", address).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() == 200) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
            assertThat(reader.readLine()).isEqualTo("event: progress");
            open.add(response.body());
        }
        return response;
    }
}
