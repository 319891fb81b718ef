package dev.bitofgit.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An OpenAI-compatible chat-completions server for tests: a real HTTP server that answers POST
 * /v1/chat/completions with scripted replies (tool calls, final text, errors, hangs) in OpenAI's JSON shapes, and
 * records every request so tests can read exactly what the model was sent.
 */
public final class OpenAiStandIn implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One scripted reply. */
    public record Reply(int status, String body, long delayMillis) {
    }

    private final HttpServer server;
    private final Deque<Reply> script = new ArrayDeque<>();
    private final List<JsonNode> requests = new ArrayList<>();
    private final List<Map<String, String>> headers = new ArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();

    public OpenAiStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    public synchronized OpenAiStandIn toolCall(String tool, String argumentsJson) {
        return toolCalls(Map.of(tool, argumentsJson));
    }

    /** One assistant turn asking for several tool calls at once. */
    public synchronized OpenAiStandIn toolCalls(Map<String, String> callsByTool) {
        ObjectNode message = JSON.createObjectNode().put("role", "assistant");
        message.putNull("content");
        ArrayNode calls = message.putArray("tool_calls");
        callsByTool.forEach((tool, arguments) -> calls.addObject().put("id", "call_" + ids.incrementAndGet())
                .put("type", "function").putObject("function").put("name", tool).put("arguments", arguments));
        script.add(new Reply(200, completion(message, "tool_calls"), 0));
        return this;
    }

    public synchronized OpenAiStandIn answer(String text) {
        ObjectNode message = JSON.createObjectNode().put("role", "assistant").put("content", text);
        script.add(new Reply(200, completion(message, "stop"), 0));
        return this;
    }

    public synchronized OpenAiStandIn error(int status, String type, String message) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("error").put("message", message).put("type", type).putNull("param").put("code", type);
        script.add(new Reply(status, JSON.writeValueAsString(body), 0));
        return this;
    }

    public synchronized OpenAiStandIn hang(long millis) {
        script.add(new Reply(200, completion(JSON.createObjectNode().put("role", "assistant").put("content", "late"), "stop"), millis));
        return this;
    }

    public synchronized List<JsonNode> requests() {
        return List.copyOf(requests);
    }

    public synchronized List<Map<String, String>> headers() {
        return List.copyOf(headers);
    }

    private String completion(ObjectNode message, String finishReason) {
        ObjectNode body = JSON.createObjectNode();
        body.put("id", "chatcmpl-" + ids.incrementAndGet()).put("object", "chat.completion").put("created", 1_700_000_000L)
                .put("model", "gpt-4o-mini");
        ObjectNode choice = body.putArray("choices").addObject();
        choice.put("index", 0);
        choice.set("message", message);
        choice.put("finish_reason", finishReason);
        body.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 5).put("total_tokens", 15);
        return JSON.writeValueAsString(body);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Reply reply;
            synchronized (this) {
                requests.add(JSON.readTree(exchange.getRequestBody()));
                Map<String, String> seen = new java.util.HashMap<>();
                exchange.getRequestHeaders().forEach((k, v) -> seen.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
                headers.add(seen);
                reply = script.isEmpty() ? new Reply(500, "{\"error\":{\"message\":\"script exhausted\"}}", 0) : script.poll();
            }
            if (reply.delayMillis() > 0) {
                try {
                    Thread.sleep(reply.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            } catch (IOException ignored) {
                // the client gave up (timeout test)
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
