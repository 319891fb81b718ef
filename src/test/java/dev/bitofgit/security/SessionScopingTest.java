package dev.bitofgit.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoAccountGenerator;
import dev.bitofgit.demo.DemoRepo;
import dev.bitofgit.demo.DemoSpec;
import dev.bitofgit.testing.GitHubStandIn;
import dev.bitofgit.testing.Http;
import dev.bitofgit.testing.McpHttp;
import dev.bitofgit.testing.TestServer;
import dev.bitofgit.testing.WorkFacts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Private repositories are visible only with a session of their account — on REST, /query, /tools and MCP over HTTP —
 * and public data stays public. Each face is checked with the session, without one, and with another account's.
 */
class SessionScopingTest {
    private static final DemoAccount ADA = DemoAccountGenerator.generate(
            new DemoSpec("ada-s", 71, 10, 600, 2, LocalDate.of(2026, 10, 1)));
    private static final DemoAccount BOB = DemoAccountGenerator.generate(
            new DemoSpec("bob-s", 72, 10, 600, 2, LocalDate.of(2026, 10, 1)));

    @RegisterExtension
    final TestServer server = TestServer.create()
            .github(() -> new GitHubStandIn().account(ADA).account(BOB).token("ghp_ada_secret", "ada-s")
                    .token("ghp_bob_secret", "bob-s"));

    private String adaSession;
    private String bobSession;

    @BeforeEach
    void start() {
        adaSession = ingest("ada-s", "ghp_ada_secret");
        bobSession = ingest("bob-s", "ghp_bob_secret");
        assertThat(privateNames(ADA)).as("the generated account has private repositories").isNotEmpty();
    }

    @Test
    void ingestWithTheAccountsToken_answersWithARandomSessionStoredOnlyAsItsHash() throws Exception {
        assertThat(adaSession).startsWith("bgs_").hasSize(47).isNotEqualTo(bobSession);
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(adaSession.getBytes(StandardCharsets.UTF_8)));
        List<String> stored = server.application().database().withHandle(handle -> handle.createQuery(
                "SELECT token_hash FROM sessions").mapTo(String.class).list());
        assertThat(stored).contains(hash).doesNotContain(adaSession);

        Http.Response publicOnly = server.http().post("/ingest", "{\"username\":\"ada-s\",\"github_token\":\"github_pat_public_reader\"}");
        assertThat(publicOnly.status()).isEqualTo(202);
        assertThat(publicOnly.json().has("session_token")).as("no token, no proof, no session").isFalse();
        Http.Response otherToken = server.http().post("/ingest", "{\"username\":\"ada-s\",\"github_token\":\"ghp_bob_secret\"}");
        assertThat(otherToken.status()).isEqualTo(202);
        assertThat(otherToken.json().has("session_token")).as("bob's token proves nothing about ada").isFalse();
    }

    @Test
    void rest_listRepos_showsPrivateReposOnlyToTheirAccountsSession() {
        String call = "{\"username\":\"ada-s\",\"limit\":100}";
        assertThat(repoNames(server.http().post("/tools/list_repos", call).json())).isEqualTo(publicNames(ADA));
        assertThat(repoNames(server.http().withBearer(bobSession).post("/tools/list_repos", call).json()))
                .isEqualTo(publicNames(ADA));
        assertThat(repoNames(server.http().withBearer(adaSession).post("/tools/list_repos", call).json()))
                .isEqualTo(allNames(ADA));
    }

    @Test
    void rest_privateRepoByName_isNotFoundWithoutTheSession() {
        String secret = privateNames(ADA).first();
        String call = "{\"username\":\"ada-s\",\"repo\":\"" + secret + "\"}";
        assertThat(server.http().post("/tools/get_repo_overview", call).status()).isEqualTo(400);
        assertThat(server.http().withBearer(bobSession).post("/tools/get_repo_overview", call).status()).isEqualTo(400);
        Http.Response own = server.http().withBearer(adaSession).post("/tools/get_repo_overview", call);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains(secret);
    }

    @Test
    void users_countsPrivateReposOnlyForTheSession() {
        assertThat(server.http().get("/users/ada-s").json().get("repo_count").asInt()).isEqualTo(publicNames(ADA).size());
        assertThat(server.http().withBearer(bobSession).get("/users/ada-s").json().get("repo_count").asInt())
                .isEqualTo(publicNames(ADA).size());
        assertThat(server.http().withBearer(adaSession).get("/users/ada-s").json().get("repo_count").asInt())
                .isEqualTo(ADA.repos().size());
    }

    @Test
    void query_answersFromWhatTheCallerMaySee() {
        DemoRepo secret = ADA.repos().stream().filter(repo -> repo.isPrivate() && repo.primaryLanguage().isPresent())
                .findFirst().orElseThrow();
        String language = secret.primaryLanguage().get();
        String question = "{\"username\":\"ada-s\",\"question\":\"Which of my projects use " + language + "?\"}";
        JsonNode anonymous = server.http().post("/query", question).json();
        JsonNode other = server.http().withBearer(bobSession).post("/query", question).json();
        JsonNode own = server.http().withBearer(adaSession).post("/query", question).json();
        assertThat(own.get("tool_calls")).isNotEmpty();
        assertThat(own.toString()).contains(secret.name());
        for (JsonNode answer : List.of(anonymous, other)) {
            assertThat(answer.get("tool_calls")).isNotEmpty();
            for (String name : privateNames(ADA)) {
                assertThat(answer.toString()).doesNotContain("\"" + name + "\"").doesNotContain("**" + name + "**");
            }
        }
    }

    @Test
    void query_aboutIssuesAndPullRequests_answersFromWhatTheCallerMaySee() {
        String question = "{\"username\":\"ada-s\",\"question\":\"Which of my repos has the most open issues?\"}";
        Map.Entry<String, Long> publicTop = new WorkFacts(ADA, false).openIssuesPerRepo().get(0);
        Map.Entry<String, Long> ownTop = new WorkFacts(ADA, true).openIssuesPerRepo().get(0);
        for (JsonNode answer : List.of(server.http().post("/query", question).json(),
                server.http().withBearer(bobSession).post("/query", question).json())) {
            assertThat(answer.get("answer").asString()).startsWith("**" + publicTop.getKey() + "** has the most open issues: **"
                    + publicTop.getValue() + "**");
            for (String name : privateNames(ADA)) {
                assertThat(answer.toString()).doesNotContain("**" + name + "**").doesNotContain("\"" + name + "\"");
            }
        }
        assertThat(server.http().withBearer(adaSession).post("/query", question).json().get("answer").asString())
                .startsWith("**" + ownTop.getKey() + "** has the most open issues: **" + ownTop.getValue() + "**");
        String merged = "{\"username\":\"ada-s\",\"question\":\"How many pull requests were opened in total?\"}";
        assertThat(server.http().post("/query", merged).json().get("answer").asString())
                .startsWith("**" + new WorkFacts(ADA, false).pulls().size() + " pull requests** were opened in all");
        assertThat(server.http().withBearer(adaSession).post("/query", merged).json().get("answer").asString())
                .startsWith("**" + new WorkFacts(ADA, true).pulls().size() + " pull requests** were opened in all");
    }

    @Test
    void mcpOverHttp_scopesToolCallsToTheBearersSession() {
        String call = "{\"username\":\"ada-s\",\"limit\":100}";
        McpHttp anonymous = new McpHttp(server.http());
        assertThat(anonymous.initialize().status()).as("local mode: /mcp open on loopback").isEqualTo(200);
        assertThat(repoNames(anonymous.callTool("list_repos", call).get("structuredContent")))
                .isEqualTo(publicNames(ADA));
        McpHttp other = new McpHttp(server.http().withBearer(bobSession));
        other.initialize();
        assertThat(repoNames(other.callTool("list_repos", call).get("structuredContent"))).isEqualTo(publicNames(ADA));
        McpHttp own = new McpHttp(server.http().withBearer(adaSession));
        own.initialize();
        assertThat(repoNames(own.callTool("list_repos", call).get("structuredContent"))).isEqualTo(allNames(ADA));
    }

    @Test
    void pullRequestsAndIssuesOfPrivateRepositories_areShownOnlyToTheAccountsSession_onRestAndMcp() {
        int publicPulls = new WorkFacts(ADA, false).pulls().size();
        int allPulls = new WorkFacts(ADA, true).pulls().size();
        assertThat(publicPulls).isLessThan(allPulls);
        String call = "{\"username\":\"ada-s\",\"limit\":1}";
        assertThat(server.http().post("/tools/list_pull_requests", call).json().get("total").asInt()).isEqualTo(publicPulls);
        assertThat(server.http().withBearer(bobSession).post("/tools/list_pull_requests", call).json().get("total").asInt())
                .isEqualTo(publicPulls);
        assertThat(server.http().withBearer(adaSession).post("/tools/list_pull_requests", call).json().get("total").asInt())
                .isEqualTo(allPulls);

        long publicOpen = new WorkFacts(ADA, false).openIssuesPerRepo().stream().mapToLong(Map.Entry::getValue).sum();
        long allOpen = new WorkFacts(ADA, true).openIssuesPerRepo().stream().mapToLong(Map.Entry::getValue).sum();
        McpHttp anonymous = new McpHttp(server.http());
        anonymous.initialize();
        assertThat(anonymous.callTool("get_issue_stats", "{\"username\":\"ada-s\"}").get("structuredContent")
                .get("open_now").asLong()).isEqualTo(publicOpen);
        McpHttp own = new McpHttp(server.http().withBearer(adaSession));
        own.initialize();
        assertThat(own.callTool("get_issue_stats", "{\"username\":\"ada-s\"}").get("structuredContent")
                .get("open_now").asLong()).isEqualTo(allOpen);
        String secret = privateNames(ADA).first();
        assertThat(anonymous.callTool("list_issues", "{\"username\":\"ada-s\",\"repo\":\"" + secret + "\"}")
                .get("isError").asBoolean()).as("a private repository's issues are not found without the session").isTrue();
    }

    @Test
    void deleteSessionsCurrent_revokesAtOnce() {
        Http as = server.http().withBearer(adaSession);
        assertThat(as.delete("/sessions/current").status()).isEqualTo(204);
        Http.Response after = as.post("/tools/list_repos", "{\"username\":\"ada-s\"}");
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.contentType()).isEqualTo("application/problem+json");
        assertThat(after.json().get("detail").asString()).contains("expired or was revoked");
        assertThat(after.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Bearer"));
        assertThat(as.delete("/sessions/current").status()).isEqualTo(401);
        assertThat(server.http().delete("/sessions/current").status()).isEqualTo(401);
        assertThat(new McpHttp(as).initialize().status()).isEqualTo(401);
        // Bob's session is untouched.
        assertThat(server.http().withBearer(bobSession).get("/users/bob-s").status()).isEqualTo(200);
    }

    @Test
    void postSessions_provesTheTokensAccountWithoutAnIngest() {
        int jobsBefore = jobCount();
        Http.Response created = server.http().post("/sessions", "{\"github_token\":\"ghp_ada_secret\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(created.json().get("username").asString()).isEqualTo("ada-s");
        String session = created.json().get("session_token").asString();
        assertThat(session).startsWith("bgs_").isNotEqualTo(adaSession);
        assertThat(repoNames(server.http().withBearer(session).post("/tools/list_repos", "{\"username\":\"ada-s\",\"limit\":100}")
                .json())).isEqualTo(allNames(ADA));
        assertThat(jobCount()).as("no ingest was started").isEqualTo(jobsBefore);

        Http.Response rejected = server.http().post("/sessions", "{\"github_token\":\"ghp_not_a_real_token\"}");
        assertThat(rejected.status()).isEqualTo(401);
        assertThat(rejected.json().get("detail").asString()).isEqualTo("GitHub rejected the token");
        assertThat(rejected.body()).doesNotContain("ghp_not_a_real_token");
        assertThat(server.http().post("/sessions", "{}").json().get("detail").asString()).startsWith("github_token is required");
        assertThat(server.http().post("/sessions", "{\"github_token\":\"has space\"}").status()).isEqualTo(400);
        assertThat(server.http().post("/sessions", "{\"github_token\":\"ghp_ada_secret\",\"username\":\"bob-s\"}")
                .json().get("detail").asString()).startsWith("unknown field 'username'");
    }

    private int jobCount() {
        return server.application().database().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM ingest_jobs")
                .mapTo(Integer.class).one());
    }

    @Test
    void malformedCredentials_are401WithAClearReason() {
        assertThat(server.http().withHeader("Authorization", "Basic YWRhOnB3").get("/users/ada-s").json().get("detail").asString())
                .contains("'Bearer <session token or operator key>'");
        assertThat(server.http().withBearer("bgs_" + "A".repeat(43)).get("/users/ada-s").status()).isEqualTo(401);
        assertThat(server.http().withBearer("not-a-session").get("/users/ada-s").json().get("detail").asString())
                .contains("neither a session token nor an operator key");
    }

    private String ingest(String login, String token) {
        Http.Response accepted = server.http().post("/ingest", "{\"username\":\"" + login + "\",\"github_token\":\"" + token + "\"}");
        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.headers().firstValue("Cache-Control")).hasValue("no-store");
        String jobId = accepted.json().get("job_id").asString();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (server.http().get("/ingest/" + jobId).json().get("status").asString().matches("pending|running")) {
            assertThat(System.nanoTime()).isLessThan(deadline);
            sleep();
        }
        return accepted.json().get("session_token").asString();
    }

    private static Set<String> repoNames(JsonNode listing) {
        Set<String> names = new TreeSet<>();
        listing.get("repos").forEach(repo -> names.add(repo.get("name").asString()));
        return names;
    }

    private static TreeSet<String> privateNames(DemoAccount account) {
        return names(account, true);
    }

    private static TreeSet<String> publicNames(DemoAccount account) {
        return names(account, false);
    }

    private static TreeSet<String> allNames(DemoAccount account) {
        TreeSet<String> all = new TreeSet<>(publicNames(account));
        all.addAll(privateNames(account));
        return all;
    }

    private static TreeSet<String> names(DemoAccount account, boolean isPrivate) {
        TreeSet<String> names = new TreeSet<>();
        account.repos().stream().filter(repo -> repo.isPrivate() == isPrivate).map(DemoRepo::name).forEach(names::add);
        return names;
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
