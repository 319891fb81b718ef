package dev.bitofgit.testing;

import java.net.http.HttpRequest;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A minimal MCP Streamable HTTP client speaking raw JSON-RPC (initialize, initialized, then requests), so tests can
 * choose exactly which credentials each request carries.
 */
public final class McpHttp {
    private final Http http;
    private String sessionId;
    private int nextId = 1;

    public McpHttp(Http http) {
        this.http = http;
    }

    /** Opens an MCP session; returns the HTTP response of initialize (its status shows whether access was granted). */
    public Http.Response initialize() {
        Http.Response response = post("{\"jsonrpc\":\"2.0\",\"id\":" + nextId++ + ",\"method\":\"initialize\",\"params\":"
                + "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"test\",\"version\":\"1\"}}}");
        if (response.status() == 200) {
            sessionId = response.headers().firstValue("Mcp-Session-Id").orElseThrow();
            post("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
        }
        return response;
    }

    /** tools/call; returns the JSON-RPC result object. */
    public JsonNode callTool(String name, String argumentsJson) {
        Http.Response response = post("{\"jsonrpc\":\"2.0\",\"id\":" + nextId++ + ",\"method\":\"tools/call\",\"params\":"
                + "{\"name\":\"" + name + "\",\"arguments\":" + argumentsJson + "}}");
        if (response.status() != 200) {
            throw new AssertionError("tools/call answered " + response.status() + ": " + response.body());
        }
        return message(response).get("result");
    }

    public Http.Response post(String json) {
        HttpRequest.Builder request = http.request("/mcp")
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .header("MCP-Protocol-Version", "2025-06-18")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        Optional.ofNullable(sessionId).ifPresent(id -> request.header("Mcp-Session-Id", id));
        return http.send(request.build());
    }

    /** The JSON-RPC message of a response sent as JSON or as a one-event SSE stream. */
    public static JsonNode message(Http.Response response) {
        String body = response.body();
        if (response.contentType().startsWith("text/event-stream")) {
            StringBuilder data = new StringBuilder();
            body.lines().filter(line -> line.startsWith("data:")).forEach(line -> data.append(line.substring(5).trim()));
            body = data.toString();
        }
        return Http.mapper().readTree(body);
    }
}
