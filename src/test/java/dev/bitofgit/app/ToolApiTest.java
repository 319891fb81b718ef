package dev.bitofgit.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitofgit.testing.Http;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GET /tools and POST /tools/{name}: the catalog's REST face, same schemas and errors as over MCP. */
class ToolApiTest {
    @TempDir
    Path dir;

    private Application application;
    private Http http;

    @BeforeEach
    void start() {
        application = Application.open(SettingsLoader.load(Map.of("BITOFGIT_DATA_DIR", dir.toString(), "PORT", "0"), Map.of()));
        application.loadDemo();
        http = new Http(application.startServer());
    }

    @AfterEach
    void stop() {
        application.close();
    }

    @Test
    void listsTheCatalogWithSchemas() {
        JsonNode tools = http.get("/tools").json().get("tools");
        assertThat(StreamSupport.stream(tools.spliterator(), false).map(t -> t.get("name").asString()).toList())
                .containsExactlyElementsOf(application.catalog().tools().stream().map(t -> t.name()).toList())
                .contains("get_commit_stats", "list_collaborators");
        for (JsonNode tool : tools) {
            assertThat(tool.get("input_schema").get("type").asString()).isEqualTo("object");
            assertThat(tool.get("output_schema").get("type").asString()).isEqualTo("object");
            assertThat(tool.get("description").asString()).hasSizeGreaterThan(80);
        }
    }

    @Test
    void callsAToolAndReturnsItsStructuredResult() {
        Http.Response response = http.post("/tools/list_repos", "{\"username\":\"octo-demo\",\"sort\":\"name\",\"limit\":3}");
        assertThat(response.status()).isEqualTo(200);
        JsonMapper json = JsonMapper.builder().build();
        JsonNode expected = application.catalog().call("list_repos",
                json.readTree("{\"username\":\"octo-demo\",\"sort\":\"name\",\"limit\":3}"), dev.bitofgit.tools.ToolContext.publicOnly());
        assertThat(response.body()).isEqualTo(json.writeValueAsString(expected));
        assertThat(response.json().get("repos")).hasSize(3);
    }

    @Test
    void badArguments_are400WithTheToolsMessage() {
        Http.Response response = http.post("/tools/get_repo_overview", "{\"username\":\"octo-demo\",\"repo\":\"dotfile\"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.json().get("detail").asString()).startsWith("no repository 'dotfile' for octo-demo; closest: dotfiles");
        assertThat(http.post("/tools/list_repos", "{\"username\":\"octo-demo\",\"limit\":\"ten\"}").json().get("detail").asString())
                .isEqualTo("list_repos: argument 'limit' must be an integer between 1 and 100");
        assertThat(http.post("/tools/list_repos", "{\"username\":\"never-seen\"}").json().get("detail").asString())
                .startsWith("account 'never-seen' has not been ingested");
    }

    @Test
    void unknownTool_is404() {
        Http.Response response = http.post("/tools/drop_everything", "{}");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("detail").asString()).isEqualTo("no tool 'drop_everything'; GET /tools lists them");
    }

    @Test
    void noArgumentsAtAll_saysWhatIsRequired() {
        Http.Response response = http.post("/tools/get_account_summary", "");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).isEqualTo("get_account_summary: argument 'username' is required");
    }
}
