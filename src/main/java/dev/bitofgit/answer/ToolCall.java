package dev.bitofgit.answer;

import static java.util.Objects.requireNonNull;

import tools.jackson.databind.JsonNode;

/** One tool call behind an answer: every fact in the answer comes from a result listed here. */
public record ToolCall(String tool, JsonNode arguments, JsonNode result) {
    public ToolCall {
        requireNonNull(tool, "tool == null");
        requireNonNull(arguments, "arguments == null");
        requireNonNull(result, "result == null");
    }
}
