package dev.bitofgit.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitofgit.app.Application;
import dev.bitofgit.app.SettingsLoader;
import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoAccountGenerator;
import dev.bitofgit.demo.DemoSpec;
import dev.bitofgit.testing.GitHubStandIn;
import dev.bitofgit.testing.Http;
import dev.bitofgit.testing.RawHttp;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The request gate runs before every route: only canonical paths reach a route (so no variant of a protected path
 * skips the operator key or a limit), local instances answer only loopback Host names (DNS rebinding), foreign
 * origins are refused before any handler, bodies must be JSON, and TRACE is never served.
 */
class RequestGateTest {
    private static final String OPERATOR_KEY = "op-key-0123456789abcdef";
    private static final DemoAccount GINA = DemoAccountGenerator.generate(
            new DemoSpec("gina-g", 93, 4, 120, 1, LocalDate.of(2026, 10, 1)));
    /** Every variant of a path that a forgiving router or servlet container might match to the same route. */
    private static final List<String> VARIANTS = List.of("%s/", "/%s", "/.%s", "%s;x=1", "%s/.", "%s%%2F", "%s//",
            "/./%s");

    @TempDir
    Path dir;

    private GitHubStandIn github;
    private Application application;
    private int port;

    private void start(Map<String, String> extra) {
        github = new GitHubStandIn().account(GINA).token("ghp_gina", "gina-g");
        Map<String, String> env = new HashMap<>(Map.of("BITOFGIT_DATA_DIR", dir.toString(), "PORT", "0",
                "GITHUB_API_URL", github.apiUrl()));
        env.putAll(extra);
        application = Application.open(SettingsLoader.load(env, Map.of()));
        port = application.startServer();
    }

    @AfterEach
    void stop() {
        if (application != null) {
            application.close();
        }
        if (github != null) {
            github.close();
        }
    }

    private void startCloud() {
        start(Map.of("DEPLOY_MODE", "cloud", "BITOFGIT_API_KEYS", OPERATOR_KEY,
                "BITOFGIT_RATE_LIMIT_QUERIES_PER_MINUTE", "3", "BITOFGIT_RATE_LIMIT_INGESTS_PER_HOUR", "2"));
    }

    @Test
    void cloud_everyPathVariantOfAProtectedRoute_isRefusedBeforeTheRoute() {
        startCloud();
        RawHttp raw = new RawHttp(port);
        Map<String, String> json = Map.of("Content-Type", "application/json");
        Map<String, String> bodies = Map.of("/ingest", "{\"username\":\"gina-g\",\"github_token\":\"github_pat_public_reader\"}",
                "/query", "{\"username\":\"gina-g\",\"question\":\"hi\"}",
                "/sessions", "{\"github_token\":\"ghp_gina\"}",
                "/tools/list_repos", "{\"username\":\"gina-g\"}");
        for (Map.Entry<String, String> route : bodies.entrySet()) {
            for (String variant : VARIANTS) {
                String path = String.format(variant, route.getKey());
                RawHttp.Answer answer = raw.send("POST", path, json, route.getValue());
                assertThat(answer.status()).as("POST " + path).isEqualTo(400);
                assertThat(answer.body()).as("POST " + path).contains("not canonical")
                        .doesNotContain("job_id").doesNotContain("session_token");
            }
        }
        assertThat(jobCount()).as("no variant started an ingest").isZero();
        // The canonical route still needs the key.
        assertThat(raw.send("POST", "/ingest", json, bodies.get("/ingest")).status()).isEqualTo(401);
    }

    @Test
    void cloud_theQuestionLimitHoldsWhateverThePathLooksLike() {
        startCloud();
        Http http = new Http(port);
        RawHttp raw = new RawHttp(port);
        String question = "{\"username\":\"gina-g\",\"question\":\"hi\"}";
        int answered = 0;
        int limited = 0;
        for (int i = 0; i < 8; i++) {
            String path = i % 2 == 0 ? "/query" : "/query/";
            int status = path.equals("/query") ? http.post(path, question).status()
                    : raw.send("POST", path, Map.of("Content-Type", "application/json"), question).status();
            if (status == 200) {
                answered++;
            } else if (status == 429) {
                limited++;
            }
        }
        assertThat(answered).isEqualTo(3);
        assertThat(limited).isEqualTo(1);
    }

    @Test
    void local_aRebindingHostName_reachesNoRoute() {
        start(Map.of("GITHUB_TOKEN", "ghp_gina"));
        RawHttp raw = new RawHttp(port);
        String host = "rebind.attacker.example:" + port;
        for (String[] request : List.of(new String[] {"POST", "/ingest", "{\"username\":\"gina-g\"}"},
                new String[] {"GET", "/users/gina-g", ""}, new String[] {"GET", "/health", ""},
                new String[] {"POST", "/query", "{\"username\":\"gina-g\",\"question\":\"hi\"}"},
                new String[] {"GET", "/", ""}, new String[] {"POST", "/demo", ""})) {
            RawHttp.Answer answer = raw.send(request[0], request[1], Map.of("Host", host,
                    "Content-Type", "text/plain"), request[2]);
            assertThat(answer.status()).as(request[0] + " " + request[1]).isEqualTo(403);
            assertThat(answer.body()).contains("loopback name").doesNotContain("session_token");
        }
        assertThat(jobCount()).isZero();
        assertThat(raw.send("GET", "/health", Map.of("Host", "localhost:" + port), "").status()).isEqualTo(200);
        assertThat(raw.send("GET", "/health", Map.of("Host", "[::1]:" + port), "").status()).isEqualTo(200);
    }

    @Test
    void local_aSimpleCrossSiteRequest_isRefusedBeforeTheHandler() {
        start(Map.of("GITHUB_TOKEN", "ghp_gina"));
        RawHttp raw = new RawHttp(port);
        RawHttp.Answer textPlain = raw.send("POST", "/ingest", Map.of("Content-Type", "text/plain"),
                "{\"username\":\"gina-g\"}");
        assertThat(textPlain.status()).isEqualTo(415);
        assertThat(textPlain.body()).contains("'Content-Type: application/json'");
        RawHttp.Answer foreign = raw.send("POST", "/ingest", Map.of("Content-Type", "application/json",
                "Origin", "https://evil.example"), "{\"username\":\"gina-g\"}");
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.body()).contains("web origin 'https://evil.example'").doesNotContain("job_id");
        assertThat(raw.send("POST", "/demo", Map.of("Origin", "null"), "").status()).isEqualTo(403);
        assertThat(jobCount()).isZero();

        RawHttp.Answer sameOrigin = raw.send("POST", "/ingest", Map.of("Content-Type", "application/json",
                "Origin", "http://127.0.0.1:" + port), "{\"username\":\"gina-g\"}");
        assertThat(sameOrigin.status()).as("the server's own UI may post").isEqualTo(202);
    }

    @Test
    void corsConfigured_aForeignOriginGetsNoBodyAndRunsNoHandler() {
        start(Map.of("DEPLOY_MODE", "cloud", "BITOFGIT_CORS_ORIGINS", "https://app.example.com"));
        RawHttp raw = new RawHttp(port);
        RawHttp.Answer foreign = raw.send("POST", "/query", Map.of("Content-Type", "application/json",
                "Origin", "https://evil.example"), "{\"username\":\"gina-g\",\"question\":\"hi\"}");
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.body()).doesNotContain("answer");
        RawHttp.Answer allowed = raw.send("POST", "/query", Map.of("Content-Type", "application/json",
                "Origin", "https://app.example.com"), "{\"username\":\"gina-g\",\"question\":\"hi\"}");
        assertThat(allowed.status()).isNotEqualTo(403);
    }

    @Test
    void trace_isNeverServed_andEchoesNothing() {
        start(Map.of());
        RawHttp raw = new RawHttp(port);
        for (String path : List.of("/mcp", "/health", "/ingest", "/")) {
            for (String method : List.of("TRACE", "TRACK")) {
                RawHttp.Answer answer = raw.send(method, path, Map.of("Authorization", "Bearer bgs_secret_value_123"), "");
                assertThat(answer.status()).as(method + " " + path).isEqualTo(405);
                assertThat(answer.body()).doesNotContain("bgs_secret_value_123");
            }
        }
    }

    private int jobCount() {
        return application.database().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM ingest_jobs")
                .mapTo(Integer.class).one());
    }
}
