package dev.bitofgit.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoAccountGenerator;
import dev.bitofgit.demo.DemoSpec;
import dev.bitofgit.testing.GitHubStandIn;
import dev.bitofgit.testing.Http;
import dev.bitofgit.testing.JarProcess;
import dev.bitofgit.testing.McpHttp;
import dev.bitofgit.testing.OpenAiStandIn;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full ingest with every logger at DEBUG, a kept token, questions answered by the LLM path, tools, MCP, metrics and
 * a rejected token: afterwards no log line, no response and no byte of any file in the data directory holds the
 * GitHub token, the OpenAI key, or a session token (outside the one response that hands the session over).
 */
class TokenLeakIT {
    private static final String GITHUB_TOKEN = "ghp_LeakCanaryGitHub0123456789abcdef";
    private static final String WRONG_TOKEN = "ghp_LeakCanaryWrongToken0123456789ab";
    private static final String OPENAI_KEY = "sk-LeakCanaryOpenAI0123456789abcdef";
    /** An operator key of no recognisable shape: only masking by value can catch it. */
    private static final String OPERATOR_KEY = "opk_LeakCanaryOperator0123456789abcdef";
    private static final DemoAccount DANA = DemoAccountGenerator.generate(
            new DemoSpec("dana-l", 91, 8, 700, 2, LocalDate.of(2026, 10, 1)));

    @TempDir
    Path dir;

    @Test
    void noSecretInAnyLogResponseOrFile() throws Exception {
        List<Http.Response> responses = new ArrayList<>();
        String session;
        List<String> logs = new ArrayList<>();
        try (GitHubStandIn github = new GitHubStandIn().account(DANA).token(GITHUB_TOKEN, "dana-l");
             OpenAiStandIn openai = new OpenAiStandIn().toolCall("list_repos", "{\"username\":\"dana-l\"}")
                     .answer("You have several repositories.")) {
            Map<String, String> env = new HashMap<>(Map.of("BITOFGIT_DATA_DIR", dir.toString(), "PORT", "0",
                    "GITHUB_API_URL", github.apiUrl(), "OPENAI_API_KEY", OPENAI_KEY, "OPENAI_BASE_URL", openai.baseUrl(),
                    "BITOFGIT_LOG_LEVEL", "debug", "BITOFGIT_LIBRARY_LOG_LEVEL", "debug", "BITOFGIT_API_KEYS", OPERATOR_KEY,
                    "BITOFGIT_SECRET_KEY", Base64.getEncoder().encodeToString(new byte[32])));
            try (JarProcess server = JarProcess.start(env, "serve")) {
                Http http = new Http(server.awaitRunning(Duration.ofSeconds(60)));
                Http.Response accepted = http.post("/ingest", "{\"username\":\"dana-l\",\"github_token\":\""
                        + GITHUB_TOKEN + "\",\"keep_token\":true}");
                assertThat(accepted.status()).isEqualTo(202);
                session = accepted.json().get("session_token").asString();
                String jobId = accepted.json().get("job_id").asString();
                Http.Response status;
                do {
                    Thread.sleep(100);
                    status = http.get("/ingest/" + jobId);
                    responses.add(status);
                } while (status.json().get("status").asString().matches("pending|running"));
                assertThat(status.json().get("status").asString()).isEqualTo("completed");

                Http owner = http.withBearer(session);
                responses.add(http.post("/ingest", "{\"username\":\"dana-l\",\"github_token\":\"" + WRONG_TOKEN + "\"}"));
                assertThat(responses.get(responses.size() - 1).status()).isEqualTo(401);
                responses.add(owner.get("/users/dana-l"));
                responses.add(owner.post("/query", "{\"username\":\"dana-l\",\"question\":\"Which repositories do I have?\"}"));
                responses.add(owner.post("/tools/list_repos", "{\"username\":\"dana-l\"}"));
                responses.add(owner.post("/tools/get_repo_overview", "{\"username\":\"dana-l\",\"repo\":\"nope\"}"));
                McpHttp mcp = new McpHttp(owner);
                responses.add(mcp.initialize());
                mcp.callTool("get_account_summary", "{\"username\":\"dana-l\"}");
                responses.add(http.withHeader("X-API-Key", OPERATOR_KEY).get("/users/dana-l"));
                responses.add(http.get("/metrics"));
                responses.add(http.get("/health"));
                responses.add(owner.get("/ingest/" + jobId));
                server.stop();
                logs.addAll(server.stdout());
                logs.addAll(server.stderr());
            }
            // The canaries really travelled: GitHub saw the token, the OpenAI stand-in the key.
            assertThat(github.requests()).anySatisfy(seen -> assertThat(seen.headers().get("authorization"))
                    .isEqualTo("Bearer " + GITHUB_TOKEN));
            assertThat(openai.headers()).anySatisfy(seen -> assertThat(seen.get("authorization"))
                    .isEqualTo("Bearer " + OPENAI_KEY));
            for (var request : openai.requests()) {
                assertThat(request.toString()).doesNotContain(GITHUB_TOKEN).doesNotContain(session);
            }
        }
        assertThat(logs).as("debug logging was on, the libraries' too")
                .anySatisfy(line -> assertThat(line).contains(" DEBUG ").contains("o.e.j."))
                .anySatisfy(line -> assertThat(line).contains(" DEBUG ").contains("GitHub POST /graphql -> 200")
                        .contains("authenticated: true"));
        assertThat(logs).as("request headers were logged, masked").anySatisfy(line -> assertThat(line)
                .contains("Authorization: Bearer ****"));
        assertThat(logs.size()).isGreaterThan(100);
        for (String secret : List.of(GITHUB_TOKEN, WRONG_TOKEN, OPENAI_KEY, OPERATOR_KEY, session)) {
            // Not even a fragment: Jetty's buffer dumps cut a token in two, and each half must be masked.
            for (int start = 0; start + 12 <= secret.length(); start++) {
                String fragment = secret.substring(start, start + 12);
                assertThat(logs).as("a log line holds %s, a fragment of a secret", fragment)
                        .noneSatisfy(line -> assertThat(line).contains(fragment));
            }
            for (Http.Response response : responses) {
                assertThat(response.body()).doesNotContain(secret);
                assertThat(response.headers().map().toString()).doesNotContain(secret);
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                    assertThat(bytes).as("%s holds a secret", file).doesNotContain(secret);
                }
            }
        }
        assertThat(Files.list(dir).map(path -> path.getFileName().toString()).toList()).contains("bitofgit.db");
        try (dev.bitofgit.store.Database database = dev.bitofgit.store.Database.open("jdbc:sqlite:" + dir.resolve("bitofgit.db"))) {
            String sealed = database.withHandle(handle -> handle.createQuery(
                    "SELECT sealed FROM kept_tokens WHERE account_id = :id").bind("id", DANA.id()).mapTo(String.class).one());
            assertThat(sealed).as("the kept token is stored, sealed").isNotBlank().doesNotContain("LeakCanary");
        }
    }
}
