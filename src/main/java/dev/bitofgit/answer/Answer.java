package dev.bitofgit.answer;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * An answer in markdown with the tool calls it rests on, an optional chart and follow-up suggestions.
 * {@code memory} is what a follow-up question may refer back to (the repo, the time range, the kind of question).
 */
public record Answer(String answer, String answerer, Optional<String> model, List<ToolCall> toolCalls,
                     Optional<Chart> chart, List<String> suggestions, Memory memory) {

    /** What the conversation remembers of a turn. */
    public record Memory(Optional<String> intent, Optional<String> repo, Optional<TimeRange> range) {
        public static Memory empty() {
            return new Memory(Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    public Answer {
        requireNonNull(answer, "answer == null");
        requireNonNull(answerer, "answerer == null");
        requireNonNull(model, "model == null");
        toolCalls = List.copyOf(toolCalls);
        requireNonNull(chart, "chart == null");
        suggestions = List.copyOf(suggestions);
        requireNonNull(memory, "memory == null");
    }
}
