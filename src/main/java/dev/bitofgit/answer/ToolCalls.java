package dev.bitofgit.answer;

import dev.bitofgit.tools.ToolCatalog;
import dev.bitofgit.tools.ToolContext;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The catalog as the offline answerer uses it: every call runs with the caller's view and is recorded, because the
 * response lists each tool call its facts come from.
 */
final class ToolCalls {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ToolCatalog catalog;
    private final ToolContext context;
    private final String username;
    private final List<ToolCall> calls = new ArrayList<>();

    private final java.time.LocalDate today;

    ToolCalls(ToolCatalog catalog, ToolContext context, String username, java.time.LocalDate today) {
        this.catalog = catalog;
        this.context = context;
        this.username = username;
        this.today = today;
    }

    /** The answerer's today (UTC), for questions about "now". */
    java.time.LocalDate today() {
        return today;
    }

    /** Arguments for a call: a new object holding the username. */
    ObjectNode args() {
        return JSON.createObjectNode().put("username", username);
    }

    JsonNode call(String tool, ObjectNode arguments) {
        arguments.put("username", username);
        JsonNode result = catalog.call(tool, arguments, context);
        calls.add(new ToolCall(tool, arguments, result));
        return result;
    }

    /** A lookup that only resolves names; not a fact source, so not listed. */
    JsonNode lookup(String tool, ObjectNode arguments) {
        arguments.put("username", username);
        return catalog.call(tool, arguments, context);
    }

    String username() {
        return username;
    }

    List<ToolCall> recorded() {
        return List.copyOf(calls);
    }
}
