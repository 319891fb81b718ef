package dev.bitofgit.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitofgit.testing.Http;
import dev.bitofgit.testing.TestServer;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GET /tools and POST /tools/{name}: the catalog's REST face, same schemas and errors as over MCP. */
class ToolApiTest {
    @RegisterExtension
    final TestServer server = TestServer.create().withDemo();

    @Test
    void listAccounts_showsEveryAccountWithItsStatus_andPrivateCountsOnlyToTheAccountsSession() {
        dev.bitofgit.demo.DemoAccount demo = dev.bitofgit.demo.DemoAccountGenerator.generate(
                dev.bitofgit.demo.DemoSpec.octoDemo(java.time.LocalDate.now(java.time.ZoneOffset.UTC)));
        long publicRepos = demo.repos().stream().filter(repo -> !repo.isPrivate()).count();
        assertThat(demo.repos().size()).isGreaterThan((int) publicRepos);

        JsonNode anonymous = server.http().post("/tools/list_accounts", "{}").json().get("accounts");
        assertThat(anonymous.size()).isEqualTo(1);
        assertThat(anonymous.get(0).get("username").asString()).isEqualTo("octo-demo");
        assertThat(anonymous.get(0).get("source").asString()).isEqualTo("demo");
        assertThat(anonymous.get(0).get("status").asString()).isEqualTo("completed");
        assertThat(anonymous.get(0).get("repos").asLong()).isEqualTo(publicRepos);
        assertThat(anonymous.get(0).get("private_included").asBoolean()).isFalse();

        String session = server.http().post("/demo", "{}").json().get("session_token").asString();
        JsonNode owner = server.http().withBearer(session).post("/tools/list_accounts", "{}").json().get("accounts");
        assertThat(owner.get(0).get("repos").asInt()).isEqualTo(demo.repos().size());
        assertThat(owner.get(0).get("commits").asLong()).isGreaterThan(anonymous.get(0).get("commits").asLong());
        assertThat(owner.get(0).get("private_included").asBoolean()).isTrue();

        Http.Response withUsername = server.http().post("/tools/list_accounts", "{\"username\":\"octo-demo\"}");
        assertThat(withUsername.status()).isEqualTo(400);
    }

    @Test
    void listsTheCatalogWithSchemas() {
        JsonNode tools = server.http().get("/tools").json().get("tools");
        assertThat(StreamSupport.stream(tools.spliterator(), false).map(t -> t.get("name").asString()).toList())
                .containsExactlyElementsOf(server.application().catalog().tools().stream().map(t -> t.name()).toList())
                .contains("get_commit_stats", "list_collaborators", "list_accounts");
        for (JsonNode tool : tools) {
            assertThat(tool.get("input_schema").get("type").asString()).isEqualTo("object");
            assertThat(tool.get("output_schema").get("type").asString()).isEqualTo("object");
            assertThat(tool.get("description").asString()).hasSizeGreaterThan(80);
        }
    }

    @Test
    void callsAToolAndReturnsItsStructuredResult() {
        Http.Response response = server.http().post("/tools/list_repos", "{\"username\":\"octo-demo\",\"sort\":\"name\",\"limit\":3}");
        assertThat(response.status()).isEqualTo(200);
        JsonMapper json = JsonMapper.builder().build();
        JsonNode expected = server.application().catalog().call("list_repos",
                json.readTree("{\"username\":\"octo-demo\",\"sort\":\"name\",\"limit\":3}"), dev.bitofgit.tools.ToolContext.publicOnly());
        assertThat(response.body()).isEqualTo(json.writeValueAsString(expected));
        assertThat(response.json().get("repos")).hasSize(3);
    }

    @Test
    void badArguments_are400WithTheToolsMessage() {
        Http.Response response = server.http().post("/tools/get_repo_overview", "{\"username\":\"octo-demo\",\"repo\":\"dotfile\"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.json().get("detail").asString()).startsWith("no repository 'dotfile' for octo-demo; closest: dotfiles");
        assertThat(server.http().post("/tools/list_repos", "{\"username\":\"octo-demo\",\"limit\":\"ten\"}").json().get("detail").asString())
                .isEqualTo("list_repos: argument 'limit' must be an integer between 1 and 100");
        assertThat(server.http().post("/tools/list_repos", "{\"username\":\"never-seen\"}").json().get("detail").asString())
                .startsWith("account 'never-seen' has not been ingested");
    }

    @Test
    void unknownTool_is404() {
        Http.Response response = server.http().post("/tools/drop_everything", "{}");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("detail").asString()).isEqualTo("no tool 'drop_everything'; GET /tools lists them");
    }

    @Test
    void noArgumentsAtAll_saysWhatIsRequired() {
        Http.Response response = server.http().post("/tools/get_account_summary", "");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).isEqualTo("get_account_summary: argument 'username' is required");
    }
}
