package dev.bitofgit.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitofgit.testing.Http;
import dev.bitofgit.testing.McpHttp;
import dev.bitofgit.testing.TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * A malformed JSON-RPC message to /mcp always gets a JSON-RPC error with a code and a plain message — never an empty
 * answer a client waits on forever, never a Java class name.
 */
class McpEnvelopeTest {
    @RegisterExtension
    final TestServer server = TestServer.create();

    private McpHttp mcp;

    @BeforeEach
    void start() {
        mcp = new McpHttp(server.http());
        assertThat(mcp.initialize().status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "`{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\",\"params\":{\"name\":\"list_repos\",\"arguments\":[1,2]}}`"
                + " | 200 | 5 | -32602 | tools/call arguments must be a JSON object",
        "`{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"tools/call\",\"params\":\"x\"}`"
                + " | 200 | 6 | -32602 | params must be a JSON object",
        "`{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"method\":\"tools/list\",\"params\":[1]}`"
                + " | 200 | a | -32602 | params must be a JSON object",
        "`{\"jsonrpc\":\"2.0\",\"id\":{\"x\":1},\"method\":\"tools/list\"}`"
                + " | 400 | | -32600 | id must be a string or a number",
        "`{\"jsonrpc\":\"2.0\",\"id\":[1],\"method\":\"ping\"}`"
                + " | 400 | | -32600 | id must be a string or a number",
        "`{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":{\"m\":1}}`"
                + " | 400 | 7 | -32600 | method must be a string",
        "`{\"jsonrpc\":\"1.0\",\"id\":8,\"method\":\"ping\"}`"
                + " | 400 | 8 | -32600 | jsonrpc must be \"2.0\"",
        "`[1,2]` | 400 | | -32600 | a JSON-RPC message must be a JSON object",
        "`{\"jsonrpc\":\"2.0\",\"id\":9,` | 400 | | -32700 | Parse error: the body is not valid JSON",
    })
    void malformedMessage_getsAJsonRpcError(String body, int status, String id, int code, String message) {
        Http.Response response = mcp.post(body);
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.body()).doesNotContainPattern("[a-z]+\\.[a-z]+\\.[A-Z][A-Za-z]+").doesNotContain("Exception");
        JsonNode error = McpHttp.message(response);
        assertThat(error.get("jsonrpc").asString()).isEqualTo("2.0");
        assertThat(error.get("id").isNull() ? null : error.get("id").asString()).isEqualTo(id);
        assertThat(error.get("error").get("code").asInt()).isEqualTo(code);
        assertThat(error.get("error").get("message").asString()).isEqualTo(message);
    }
}
