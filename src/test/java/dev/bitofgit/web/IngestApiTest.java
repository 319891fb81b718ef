package dev.bitofgit.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoAccountGenerator;
import dev.bitofgit.demo.DemoSpec;
import dev.bitofgit.testing.GitHubStandIn;
import dev.bitofgit.testing.Http;
import dev.bitofgit.testing.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** POST /ingest, GET /ingest/{id}, its SSE stream and GET /users/{username} on the real server. */
class IngestApiTest {
    private static final DemoAccount ACCOUNT = DemoAccountGenerator.generate(
            new DemoSpec("grace-h", 5, 8, 900, 2, LocalDate.of(2026, 10, 1)));

    @RegisterExtension
    final TestServer server = TestServer.create()
            .github(() -> new GitHubStandIn().account(ACCOUNT).token("ghp_grace", "grace-h").latency(5));

    private JsonNode awaitFinished(String jobId) {
        return awaitFinished(server.http(), jobId);
    }

    private JsonNode awaitFinished(Http as, String jobId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode status = as.get("/ingest/" + jobId).json();
            if (!status.get("status").asString().matches("pending|running")) {
                return status;
            }
            sleep(100);
        }
        throw new AssertionError("job " + jobId + " did not finish");
    }

    @Test
    void ingestWithoutToken_isRefusedAtOnce_sayingATokenIsNeededAndHowToMakeOne() {
        Http.Response refused = server.http().post("/ingest", "{\"username\":\"grace-h\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asString()).isEqualTo(dev.bitofgit.ingest.IngestService.TOKEN_NEEDED)
                .startsWith("a GitHub token is needed, even for public data")
                .contains("a fine-grained token with no permissions reads public data",
                        "https://github.com/settings/personal-access-tokens/new");
        assertThat(server.github().requests()).isEmpty();
    }

    @Test
    void ingest_whileGitHubsRateLimitIsSpent_answers202AtOnce_andTheJobSaysWhatItWaitsForAndUntilWhen() {
        server.github().rateLimit(5_000, 0, 4);
        long started = System.nanoTime();
        Http.Response accepted = server.http().post("/ingest", "{\"username\":\"grace-h\",\"github_token\":\"github_pat_public_reader\"}");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1_500));
        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.json().get("status").asString()).isEqualTo("pending");
        String jobId = accepted.json().get("job_id").asString();
        JsonNode waiting = server.http().get("/ingest/" + jobId).json();
        assertThat(waiting.get("status").asString()).isEqualTo("pending");
        assertThat(waiting.get("message").asString()).matches("waiting for the GitHub rate limit until \\d{2}:\\d{2}:\\d{2} UTC");
        assertThat(server.http().get("/users/grace-h").json().get("status").asString()).isEqualTo("pending");
        Http.Response again = server.http().post("/ingest", "{\"username\":\"grace-h\",\"github_token\":\"github_pat_public_reader\"}");
        assertThat(again.json().get("job_id").asString()).as("a second request joins the waiting job").isEqualTo(jobId);
        started = System.nanoTime();
        Http.Response owner = server.http().post("/ingest", "{\"username\":\"grace-h\",\"github_token\":\"ghp_grace\"}");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(3_000));
        assertThat(owner.status()).isEqualTo(202);
        JsonNode done = awaitFinished(jobId);
        assertThat(done.get("status").asString()).isEqualTo("completed");
        assertThat(done.get("repos_done").asInt()).isEqualTo((int) ACCOUNT.repos().stream().filter(r -> !r.isPrivate()).count());
    }

    @Test
    void ingest_whileGitHubAnswersSlowly_orWithItsSecondaryLimit_answers202WithinTwoSeconds() {
        server.github().latency(3_500);
        long started = System.nanoTime();
        Http.Response slow = server.http().post("/ingest", "{\"username\":\"grace-h\",\"github_token\":\"github_pat_public_reader\"}");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(3_000));
        assertThat(slow.status()).isEqualTo(202);
        String jobId = slow.json().get("job_id").asString();
        assertThat(server.http().get("/ingest/" + jobId).json().get("message").asString())
                .isEqualTo("asking GitHub about grace-h (GitHub is slow to answer)");
        server.github().latency(0);
        assertThat(awaitFinished(jobId).get("status").asString()).isEqualTo("completed");

        server.github().secondaryLimit(3);
        started = System.nanoTime();
        Http.Response limited = server.http().post("/ingest", "{\"username\":\"grace-h\",\"github_token\":\"github_pat_public_reader\"}");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1_500));
        assertThat(limited.status()).isEqualTo(202);
        assertThat(awaitFinished(limited.json().get("job_id").asString()).get("status").asString()).isEqualTo("completed");
    }

    @Test
    void joiningARunningJob_whileGitHubMakesTheTokenCheckWait_answersWithinThreeSecondsWithoutASession() {
        server.github().latency(60);
        String jobId = server.http().post("/ingest", "{\"username\":\"grace-h\",\"github_token\":\"github_pat_public_reader\"}")
                .json().get("job_id").asString();
        server.github().rateLimit(5_000, 0, 4);
        long started = System.nanoTime();
        Http.Response joined = server.http().post("/ingest", "{\"username\":\"grace-h\",\"github_token\":\"ghp_grace\"}");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(3_000));
        assertThat(joined.status()).isEqualTo(202);
        assertThat(joined.json().get("job_id").asString()).isEqualTo(jobId);
        assertThat(joined.json().has("session_token")).isFalse();
        server.github().latency(0);
        assertThat(awaitFinished(jobId).get("status").asString()).isEqualTo("completed");
    }

    @Test
    void ingest_ofAnUnknownUserAfterARateLimitWait_endsNotFoundWithTheReason() {
        server.github().rateLimit(5_000, 0, 3);
        Http.Response accepted = server.http().post("/ingest", "{\"username\":\"nobody-at-all\",\"github_token\":\"github_pat_public_reader\"}");
        assertThat(accepted.status()).isEqualTo(202);
        JsonNode done = awaitFinished(accepted.json().get("job_id").asString());
        assertThat(done.get("status").asString()).isEqualTo("not_found");
        assertThat(done.get("message").asString()).isEqualTo("no GitHub user nobody-at-all");
        assertThat(server.http().get("/users/nobody-at-all").json().get("status").asString()).isEqualTo("not_found");
    }

    @Test
    void ingest_answers202AtOnce_thenReportsProgressToCompletion() {
        Http.Response accepted = server.http().post("/ingest", "{\"username\":\"grace-h\",\"github_token\":\"ghp_grace\"}");
        assertThat(accepted.status()).isEqualTo(202);
        JsonNode body = accepted.json();
        String jobId = body.get("job_id").asString();
        assertThat(body.get("username").asString()).isEqualTo("grace-h");
        assertThat(body.get("status").asString()).isIn("pending", "running");
        assertThat(accepted.headers().firstValue("Location")).contains("/ingest/" + jobId);

        // The job read private repositories: its whole progress is shown to the owner's session only.
        JsonNode done = awaitFinished(server.http().withBearer(body.get("session_token").asString()), jobId);
        assertThat(done.get("status").asString()).isEqualTo("completed");
        assertThat(done.get("repos_total").asInt()).isEqualTo(8);
        assertThat(done.get("repos_done").asInt()).isEqualTo(8);
        assertThat(done.get("commits_stored").asLong()).isPositive();
        assertThat(done.get("requests").asInt()).isPositive();
        assertThat(done.has("not_modified")).isTrue();
        assertThat(done.get("rate_limit_remaining").asInt()).isPositive();
        assertThat(done.get("errors").isArray()).isTrue();
        assertThat(done.get("phase").asString()).isEqualTo("done");
        assertThat(done.toString()).doesNotContain("ghp_grace");

        JsonNode user = server.http().withBearer(body.get("session_token").asString()).get("/users/GRACE-H").json();
        assertThat(user.get("status").asString()).isEqualTo("completed");
        assertThat(user.get("repo_count").asInt()).isEqualTo(8);
        assertThat(user.get("commit_count").asLong()).isEqualTo(done.get("commits_stored").asLong());
        JsonNode anonymous = server.http().get("/users/GRACE-H").json();
        assertThat(anonymous.get("repo_count").asInt())
                .isEqualTo(ACCOUNT.repos().stream().filter(repo -> !repo.isPrivate()).count());
        assertThat(user.get("job_id").asString()).isEqualTo(jobId);
        assertThat(user.get("last_ingested_at").asString()).isNotBlank();

        server.http().post("/query", "{\"username\":\"grace-h\",\"question\":\"Summarize my GitHub\"}");
        Http.Response metrics = server.http().get("/metrics");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body())
                .contains("bitofgit_ingest_jobs_total{status=\"completed\"} 1.0")
                .contains("bitofgit_github_requests_total{status=\"2xx\"} " + done.get("requests").asInt() + ".0")
                .contains("bitofgit_github_rate_limit_remaining " + done.get("rate_limit_remaining").asInt() + ".0")
                .contains("bitofgit_queries_seconds_count{answerer=\"offline\"} 1")
                .contains("bitofgit_tool_calls_seconds_count{outcome=\"ok\",tool=\"get_account_summary\"}")
                .contains("jvm_memory_used_bytes")
                .doesNotContain("ghp_grace");
    }

    @Test
    void secondRequestForTheSameUser_joinsTheRunningJob() {
        server.github().latency(40);
        String first = server.http().post("/ingest", "{\"username\":\"grace-h\",\"github_token\":\"github_pat_public_reader\"}").json().get("job_id").asString();
        Http.Response second = server.http().post("/ingest", "{\"user_name\":\"Grace-H\",\"github_token\":\"github_pat_public_reader\"}");
        assertThat(second.status()).isEqualTo(202);
        assertThat(second.json().get("job_id").asString()).isEqualTo(first);
        assertThat(server.http().get("/users/grace-h").json().get("status").asString()).isEqualTo("running");
        awaitFinished(first);
    }

    @Test
    void events_streamProgressUntilDone() throws Exception {
        server.github().latency(20);
        String jobId = server.http().post("/ingest", "{\"username\":\"grace-h\",\"github_token\":\"github_pat_public_reader\"}").json().get("job_id").asString();
        java.net.http.HttpResponse<java.util.stream.Stream<String>> response = java.net.http.HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(server.http().base() + "/ingest/" + jobId + "/events"))
                                .header("Accept", "text/event-stream").build(),
                        java.net.http.HttpResponse.BodyHandlers.ofLines());
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        List<String> events = new ArrayList<>();
        response.body().takeWhile(line -> !line.equals("event: done")).forEach(events::add);
        List<String> progress = events.stream().filter(line -> line.startsWith("data: ")).toList();
        assertThat(progress).isNotEmpty();
        assertThat(events).contains("event: progress");
        JsonNode last = Http.mapper().readTree(progress.get(progress.size() - 1).substring("data: ".length()));
        assertThat(last.get("job_id").asString()).isEqualTo(jobId);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"username\":\"-bad-\"}|400|invalid GitHub username '-bad-': use letters, digits and single hyphens, not at the start or end",
        "{}|400|username is required",
        "{\"username\":42}|400|username must be a string",
        "{\"username\":\"grace-h\",\"include_private\":\"yes\"}|400|include_private must be true or false",
        "{\"username\":\"nobody-at-all\",\"github_token\":\"github_pat_public_reader\"}|404|no GitHub user nobody-at-all",
        "{\"username\":\"grace-h\",\"github_token\":\"ghp_nope\"}|401|GitHub rejected the token",
        "{\"username\": |400|malformed JSON at line 1, column 13: Unexpected end-of-input within/between Object entries",
    })
    void badInput_getsAProblemSayingWhatWasWrong(String body, int status, String detail) {
        Http.Response response = server.http().post("/ingest", body);
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.json().get("detail").asString()).isEqualTo(detail);
        assertThat(response.body()).doesNotContain("ghp_nope", "\tat ");
    }

    @Test
    void questionsDuringAnIngest_sayTheDataIsPartialOrNotThereYet() {
        server.github().latency(60);
        String jobId = server.http().post("/ingest", "{\"username\":\"grace-h\",\"github_token\":\"github_pat_public_reader\"}").json().get("job_id").asString();
        String answer = server.http().post("/query", "{\"username\":\"grace-h\",\"question\":\"Summarize my GitHub\"}")
                .json().get("answer").asString();
        assertThat(answer).satisfiesAnyOf(
                text -> assertThat(text).startsWith("grace-h is being ingested right now"),
                text -> assertThat(text).startsWith("_An ingest of grace-h is still running; this answer covers the data stored so far._"));
        awaitFinished(jobId);
        String after = server.http().post("/query", "{\"username\":\"grace-h\",\"question\":\"Summarize my GitHub\"}")
                .json().get("answer").asString();
        assertThat(after).startsWith("**grace-h**");
    }

    @Test
    void unknownJob_is404() {
        Http.Response response = server.http().get("/ingest/not-a-job");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("detail").asString()).isEqualTo("no ingest job not-a-job");
    }

    @Test
    void userNeverIngested_isNotFoundStatus() {
        JsonNode user = server.http().get("/users/someone-new").json();
        assertThat(user.get("status").asString()).isEqualTo("not_found");
        assertThat(user.get("repo_count").asInt()).isZero();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
