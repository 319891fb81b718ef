package dev.bitofgit.answer;

import java.util.List;
import java.util.Optional;

/** The contract of POST /query and `bitofgit ask --json`. */
public record QueryResponse(String answer, String answerer, Optional<String> model, List<ToolCall> toolCalls,
                            Optional<Chart> chart, List<String> suggestions, String conversationId, long elapsedMs) {
}
