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

    /**
     * What the conversation remembers of a turn: the kind of question, the repository and period it was about, the
     * repositories its answer named (for "which of those …"), the question as understood (for "and in 2024?") and
     * the person its answer named (for "how many commits did he make?").
     */
    public record Memory(Optional<String> intent, Optional<String> repo, Optional<TimeRange> range,
                         List<String> repos, Optional<String> question, Optional<String> person) {
        public Memory {
            requireNonNull(intent, "intent == null");
            requireNonNull(repo, "repo == null");
            requireNonNull(range, "range == null");
            repos = List.copyOf(repos);
            requireNonNull(question, "question == null");
            requireNonNull(person, "person == null");
        }

        /** A turn that names no set of repositories nor a person. */
        public Memory(Optional<String> intent, Optional<String> repo, Optional<TimeRange> range) {
            this(intent, repo, range, List.of(), Optional.empty(), Optional.empty());
        }

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
