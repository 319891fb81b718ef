package dev.bitofgit.tools;

import static java.util.Objects.requireNonNull;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One tool, defined once and served to MCP clients, the answerers and REST alike: its name, an LLM-facing
 * description (when to use it, what comes back), input and output JSON Schemas, the handler, and example arguments
 * on the demo account (octo-demo) that make a successful call — tests and clients derive their calls from them.
 */
public record ToolDefinition(String name, String title, String description, ObjectNode inputSchema,
                             ObjectNode outputSchema, Handler handler, ObjectNode example) {

    /** Computes a tool's structured result; throws {@link ToolException} for anything the caller must fix. */
    @FunctionalInterface
    public interface Handler {
        JsonNode call(ToolArguments arguments, ToolContext context);
    }

    public ToolDefinition {
        requireNonNull(name, "name == null");
        requireNonNull(title, "title == null");
        requireNonNull(description, "description == null");
        requireNonNull(inputSchema, "inputSchema == null");
        requireNonNull(outputSchema, "outputSchema == null");
        requireNonNull(handler, "handler == null");
        requireNonNull(example, "example == null");
        new ToolArguments(name, example, inputSchema); // an example must name only arguments the schema declares
    }
}
