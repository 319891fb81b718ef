package dev.bitofgit.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitofgit.app.Application;
import dev.bitofgit.app.SettingsLoader;
import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoAccountGenerator;
import dev.bitofgit.demo.DemoSpec;
import dev.bitofgit.testing.GitHubStandIn;
import dev.bitofgit.testing.Http;
import dev.bitofgit.testing.McpHttp;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DEPLOY_MODE=cloud: operator key for /ingest, per-client limits with Retry-After, body limits, CORS, bearer on /mcp. */
class CloudModeTest {
    private static final String OPERATOR_KEY = "op-key-0123456789abcdef";
    private static final DemoAccount CARA = DemoAccountGenerator.generate(
            new DemoSpec("cara-c", 81, 6, 300, 2, LocalDate.of(2026, 10, 1)));

    @TempDir
    Path dir;

    private GitHubStandIn github;
    private Application application;
    private Http http;

    @BeforeEach
    void start() {
        github = new GitHubStandIn().account(CARA).token("ghp_cara", "cara-c");
        Map<String, String> env = new HashMap<>(Map.of("BITOFGIT_DATA_DIR", dir.toString(), "PORT", "0",
                "GITHUB_API_URL", github.apiUrl(), "DEPLOY_MODE", "cloud", "BITOFGIT_API_KEYS", OPERATOR_KEY,
                "BITOFGIT_RATE_LIMIT_QUERIES_PER_MINUTE", "3", "BITOFGIT_RATE_LIMIT_INGESTS_PER_HOUR", "2",
                "BITOFGIT_CORS_ORIGINS", "https://app.example.com"));
        application = Application.open(SettingsLoader.load(env, Map.of()));
        http = new Http(application.startServer());
    }

    @AfterEach
    void stop() {
        application.close();
        github.close();
    }

    @Test
    void cloudMode_bindsEveryInterface() {
        assertThat(application.settings().bindHost()).isEqualTo("0.0.0.0");
    }

    @Test
    void ingest_needsTheOperatorKey() {
        Http.Response without = http.post("/ingest", "{\"username\":\"cara-c\",\"github_token\":\"github_pat_public_reader\"}");
        assertThat(without.status()).isEqualTo(401);
        assertThat(without.json().get("detail").asString()).contains("X-API-Key");
        Http.Response wrong = http.withHeader("X-API-Key", "op-key-0123456789abcdeX").post("/ingest", "{\"username\":\"cara-c\",\"github_token\":\"github_pat_public_reader\"}");
        assertThat(wrong.status()).isEqualTo(401);
        Http.Response with = http.withHeader("X-API-Key", OPERATOR_KEY)
                .post("/ingest", "{\"username\":\"cara-c\",\"github_token\":\"ghp_cara\"}");
        assertThat(with.status()).isEqualTo(202);
        assertThat(with.json().get("session_token").asString()).startsWith("bgs_");
        // The operator's key starts ingests but never shows private data.
        String body = http.withHeader("X-API-Key", OPERATOR_KEY).get("/users/cara-c").body();
        assertThat(body).doesNotContain(OPERATOR_KEY);
    }

    @Test
    void owners_getASessionWithoutTheOperatorKey() {
        Http.Response created = http.post("/sessions", "{\"github_token\":\"ghp_cara\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("username").asString()).isEqualTo("cara-c");
        assertThat(new McpHttp(http.withBearer(created.json().get("session_token").asString())).initialize().status())
                .isEqualTo(200);
    }

    @Test
    void questions_areLimitedPerClient_with429AndRetryAfter() {
        String question = "{\"username\":\"nobody-here\",\"question\":\"Summarize my GitHub\"}";
        for (int i = 0; i < 3; i++) {
            assertThat(http.post("/query", question).status()).isEqualTo(200);
        }
        Http.Response limited = http.post("/query", question);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.contentType()).isEqualTo("application/problem+json");
        long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 60L);
        assertThat(limited.json().get("detail").asString()).isEqualTo("too many questions from this client; try again in "
                + retryAfter + " s");
        // Other endpoints are not counted against the question budget.
        assertThat(http.get("/health").status()).isEqualTo(200);
    }

    @Test
    void toolCalls_overRestAndMcp_areLimitedPerClient() {
        // Questions are limited to 3 a minute here, tool calls to four times that.
        int answered = 0;
        Http.Response limited = null;
        for (int i = 0; i < 14 && limited == null; i++) {
            Http.Response response = http.post("/tools/list_repos", "{\"username\":\"cara-c\"}");
            if (response.status() == 429) {
                limited = response;
            } else {
                answered++;
            }
        }
        assertThat(answered).isEqualTo(12);
        assertThat(limited).isNotNull();
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(limited.json().get("detail").asString()).startsWith("too many tool calls from this client");

        String session = http.post("/sessions", "{\"github_token\":\"ghp_cara\"}").json().get("session_token").asString();
        McpHttp mcp = new McpHttp(http.withBearer(session));
        int mcpAnswered = 0;
        Http.Response mcpLimited = null;
        for (int i = 0; i < 14 && mcpLimited == null; i++) {
            Http.Response response = i == 0 ? mcp.initialize()
                    : mcp.post("{\"jsonrpc\":\"2.0\",\"id\":" + i + ",\"method\":\"ping\"}");
            if (response.status() == 429) {
                mcpLimited = response;
            } else {
                mcpAnswered++;
            }
        }
        // initialize is two messages (initialize, then notifications/initialized): 12 messages in all.
        assertThat(mcpAnswered + 1).as("the session has its own budget, apart from the address's").isEqualTo(12);
        assertThat(mcpLimited).isNotNull();
        assertThat(mcpLimited.body()).contains("\"jsonrpc\":\"2.0\"").contains("too many MCP requests");
        assertThat(mcpLimited.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void behindATrustedProxy_eachForwardedClientHasItsOwnBudget_andCannotChooseIt() {
        Map<String, String> env = Map.of("BITOFGIT_DATA_DIR", dir.resolve("proxied").toString(), "PORT", "0",
                "DEPLOY_MODE", "cloud", "BITOFGIT_RATE_LIMIT_QUERIES_PER_MINUTE", "2",
                "BITOFGIT_TRUSTED_PROXIES", "127.0.0.1");
        try (Application proxied = Application.open(SettingsLoader.load(env, Map.of()))) {
            Http balancer = new Http(proxied.startServer());
            String question = "{\"username\":\"nobody-here\",\"question\":\"hi\"}";
            Http first = balancer.withHeader("X-Forwarded-For", "203.0.113.1");
            Http second = balancer.withHeader("X-Forwarded-For", "203.0.113.2");
            assertThat(first.post("/query", question).status()).isEqualTo(200);
            assertThat(first.post("/query", question).status()).isEqualTo(200);
            assertThat(first.post("/query", question).status()).isEqualTo(429);
            assertThat(second.post("/query", question).status()).as("another client behind the same proxy")
                    .isEqualTo(200);
            // A client that prepends made-up hops is still counted by the hop the proxy appended.
            Http spoofing = balancer.withHeader("X-Forwarded-For", "198.51.100.77, 203.0.113.1");
            assertThat(spoofing.post("/query", question).status()).isEqualTo(429);
        }
    }

    @Test
    void ingests_areLimitedPerClient_whenNoOperatorKeyIsConfigured() {
        Map<String, String> env = Map.of("BITOFGIT_DATA_DIR", dir.resolve("open").toString(), "PORT", "0",
                "GITHUB_API_URL", github.apiUrl(), "DEPLOY_MODE", "cloud", "BITOFGIT_RATE_LIMIT_INGESTS_PER_HOUR", "2");
        try (Application open = Application.open(SettingsLoader.load(env, Map.of()))) {
            Http client = new Http(open.startServer());
            assertThat(client.post("/ingest", "{\"username\":\"cara-c\",\"github_token\":\"github_pat_public_reader\"}").status()).isEqualTo(202);
            assertThat(client.post("/ingest", "{\"username\":\"cara-c\",\"github_token\":\"github_pat_public_reader\"}").status()).isEqualTo(202);
            Http.Response limited = client.post("/ingest", "{\"username\":\"cara-c\",\"github_token\":\"github_pat_public_reader\"}");
            assertThat(limited.status()).isEqualTo(429);
            long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
            assertThat(retryAfter).as("one ingest refills every 30 minutes").isBetween(1L, 1_800L);
            assertThat(limited.json().get("detail").asString()).startsWith("too many ingests from this client");
        }
        Http operator = http.withHeader("X-API-Key", OPERATOR_KEY);
        for (int i = 0; i < 4; i++) {
            assertThat(operator.post("/ingest", "{\"username\":\"cara-c\",\"github_token\":\"github_pat_public_reader\"}").status()).as("the operator is not limited")
                    .isEqualTo(202);
        }
    }

    @Test
    void bodiesOverTheLimit_are413ProblemJson() {
        String huge = "{\"username\":\"cara-c\",\"question\":\"" + "x".repeat(200_000) + "\"}";
        Http.Response response = http.post("/query", huge);
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.body()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void cors_answersOnlyTheConfiguredOrigin() {
        HttpRequest allowed = http.request("/query").header("Origin", "https://app.example.com")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,authorization")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build();
        Http.Response preflight = http.send(allowed);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.example.com");
        HttpRequest refused = http.request("/query").header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build();
        assertThat(http.send(refused).headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        Http.Response simple = http.withHeader("Origin", "https://evil.example").get("/health");
        assertThat(simple.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void securityHeaders_onApiUiAndMcp() {
        for (Http.Response response : new Http.Response[] {http.get("/health"), http.get("/"),
                new McpHttp(http).initialize()}) {
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                    csp -> assertThat(csp).contains("frame-ancestors 'none'").contains("script-src 'self'"));
        }
    }

    @Test
    void mcp_needsABearerCredential() {
        Http.Response anonymous = new McpHttp(http).initialize();
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Bearer realm=\"bitofgit\""));
        assertThat(anonymous.body()).contains("needs 'Authorization: Bearer'");
        assertThat(new McpHttp(http.withBearer("bgs_" + "x".repeat(43))).initialize().status()).isEqualTo(401);

        String session = http.withHeader("X-API-Key", OPERATOR_KEY)
                .post("/ingest", "{\"username\":\"cara-c\",\"github_token\":\"ghp_cara\"}").json()
                .get("session_token").asString();
        McpHttp withSession = new McpHttp(http.withBearer(session));
        assertThat(withSession.initialize().status()).isEqualTo(200);
        McpHttp withKey = new McpHttp(http.withBearer(OPERATOR_KEY));
        assertThat(withKey.initialize().status()).isEqualTo(200);
        sleepUntilIngested(session);
    }

    private void sleepUntilIngested(String session) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline
                && http.withBearer(session).get("/users/cara-c").json().get("status").asString().matches("pending|running")) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
