package dev.bitofgit.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoAccountGenerator;
import dev.bitofgit.demo.DemoRepo;
import dev.bitofgit.demo.DemoSpec;
import dev.bitofgit.store.Database;
import dev.bitofgit.store.ProfileQueries;
import dev.bitofgit.testing.Http;
import dev.bitofgit.testing.JarProcess;
import dev.bitofgit.testing.Meaning;
import dev.bitofgit.testing.NodeTools;
import dev.bitofgit.testing.TestDatabases;
import dev.bitofgit.tools.ToolCatalog;
import dev.bitofgit.tools.ToolDefinition;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Clients that no one here wrote — the official MCP TypeScript SDK client and the MCP Inspector CLI — against the
 * real jar, over Streamable HTTP and over stdio. The tools it expects, and the arguments it calls each with, come from
 * the catalog's own definitions.
 */
class McpClientIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @TempDir
    Path catalogDir;

    /** The tool names in the catalog's order, and each tool's example arguments, from the catalog itself. */
    private List<String> tools;
    private String examples;

    @BeforeEach
    void readCatalog() {
        try (Database database = Database.open(TestDatabases.sqlite(catalogDir))) {
            List<ToolDefinition> definitions = new ToolCatalog(new ProfileQueries(database), Meaning.search(database))
                    .tools();
            tools = definitions.stream().map(ToolDefinition::name).toList();
            ObjectNode byName = JSON.createObjectNode();
            definitions.forEach(tool -> byName.set(tool.name(), tool.example()));
            examples = JSON.writeValueAsString(byName);
        }
    }

    @Test
    void officialSdkClient_overHttpAndStdio_listsCallsReadsAndPrompts() {
        Map<String, String> env = Map.of("BITOFGIT_DATA_DIR", dir.toString(), "PORT", "0");
        JsonNode http;
        try (JarProcess server = JarProcess.start(env, "demo")) {
            int port = server.awaitRunning(Duration.ofSeconds(60));
            // The demo session shows the demo's private repositories over HTTP, as stdio shows them.
            String session = new Http(port).post("/demo", "{}").json().get("session_token").asString();
            http = client("http", examples, "http://127.0.0.1:" + port + "/mcp", "octo-demo", "dotfiles", session);
            JsonNode anonymous = client("http", examples, "http://127.0.0.1:" + port + "/mcp", "octo-demo", "dotfiles");
            DemoAccount demo = DemoAccountGenerator.generate(DemoSpec.octoDemo(LocalDate.now(ZoneOffset.UTC)));
            assertThat(anonymous.get("calls").get("get_account_summary").get("structuredContent").get("repos")
                    .get("total").asInt()).isEqualTo(demo.repos().stream().filter(repo -> !repo.isPrivate()).count());
            assertThat(names(anonymous.get("tools"))).containsExactlyElementsOf(tools);

            NodeTools.Result inspector = NodeTools.run(NodeTools.npmDir().resolve(
                            "node_modules/@modelcontextprotocol/inspector-cli/build"), 120,
                    "index.js", "http://127.0.0.1:" + port + "/mcp", "--transport", "http", "--method", "tools/list");
            assertThat(inspector.exitCode()).as(inspector.stderr()).isZero();
            assertThat(names(JSON.readTree(inspector.stdout()).get("tools"))).containsExactlyElementsOf(tools);

            Http.Response wrongAccept = new Http(port).send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/mcp"))
                    .header("Content-Type", "application/json").header("Accept", "text/html")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}")).build());
            assertThat(wrongAccept.status()).isEqualTo(406);
            assertThat(wrongAccept.body()).doesNotContain("\tat ", "Exception", "java.");
            server.stop();
        }
        check(http);
        JsonNode stdio = client("stdio", examples, JarProcess.jar().toAbsolutePath().toString(), dir.toString(), "octo-demo",
                "dotfiles");
        check(stdio);
    }

    private static JsonNode client(String... arguments) {
        String[] all = new String[arguments.length + 1];
        all[0] = "mcp-client.mjs";
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        NodeTools.Result result = NodeTools.run(NodeTools.npmDir(), 180, all);
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        return JSON.readTree(result.stdout());
    }

    private void check(JsonNode seen) {
        DemoAccount demo = DemoAccountGenerator.generate(DemoSpec.octoDemo(LocalDate.now(ZoneOffset.UTC)));
        DemoRepo dotfiles = demo.repos().stream().filter(r -> r.name().equals("dotfiles")).findFirst().orElseThrow();

        assertThat(seen.get("server").get("name").asString()).isEqualTo("bitofgit");
        assertThat(names(seen.get("tools"))).containsExactlyElementsOf(tools);
        for (JsonNode tool : seen.get("tools")) {
            assertThat(tool.get("outputSchema").get("type").asString()).as(tool.get("name").asString()).isEqualTo("object");
            assertThat(tool.get("annotations").get("readOnlyHint").asBoolean()).isTrue();
            assertThat(tool.get("annotations").get("openWorldHint").asBoolean()).isFalse();
            if (!tool.get("name").asString().equals("list_accounts")) { // the one tool about no account in particular
                assertThat(tool.get("inputSchema").get("required").get(0).asString()).isEqualTo("username");
            }
        }
        for (String tool : tools) {
            JsonNode call = seen.get("calls").get(tool);
            assertThat(call.path("isError").asBoolean(false)).as(tool + ": " + call).isFalse();
            JsonNode content = call.get("structuredContent");
            assertThat((tool.equals("list_accounts") ? content.get("accounts").get(0) : content).get("username").asString())
                    .isEqualTo("octo-demo");
            // The text content is the same JSON (JavaScript prints 95.0 as 95, so numbers compare by value).
            assertThat(normalized(JSON.readTree(call.get("content").get(0).get("text").asString())))
                    .isEqualTo(normalized(call.get("structuredContent")));
        }
        assertThat(seen.get("calls").get("get_account_summary").get("structuredContent").get("repos").get("total").asInt())
                .isEqualTo(demo.repos().size());
        assertThat(seen.get("badRepo").get("isError").asBoolean()).isTrue();
        assertThat(seen.get("badRepo").get("content").get(0).get("text").asString())
                .startsWith("no repository 'dotfilesx' for octo-demo; closest: dotfiles");
        assertThat(seen.get("badArgument").get("content").get(0).get("text").asString())
                .isEqualTo("list_repos: argument 'limit' must be between 1 and 100, got 5000");
        assertThat(seen.get("unknownUser").get("isError").asBoolean()).isTrue();
        assertThat(seen.get("templates").get(0).get("uriTemplate").asString()).isEqualTo("bitofgit://{username}/{repo}/readme");
        assertThat(seen.get("readme").get("contents").get(0).get("text").asString())
                .isEqualTo(dotfiles.fileContents().get("README.md"));
        assertThat(names(seen.get("prompts"))).containsExactlyInAnyOrder("summarize_my_year", "portfolio_review");
        assertThat(seen.get("prompt").get("messages").get(0).get("content").get("text").asString())
                .contains("octo-demo").contains("2025");
        assertThat(seen.get("review").get("messages").get(0).get("content").get("text").asString())
                .contains("get_account_summary");
    }

    private static Object normalized(JsonNode node) {
        if (node.isNumber()) {
            return node.decimalValue().stripTrailingZeros().toPlainString();
        }
        if (node.isArray()) {
            return StreamSupport.stream(node.spliterator(), false).map(McpClientIT::normalized).toList();
        }
        if (node.isObject()) {
            Map<String, Object> map = new TreeMap<>();
            node.properties().forEach(e -> map.put(e.getKey(), normalized(e.getValue())));
            return map;
        }
        return node.isNull() ? "null" : node.asString();
    }

    private static List<String> names(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.get("name").asString()).toList();
    }
}
