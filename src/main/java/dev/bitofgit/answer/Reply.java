package dev.bitofgit.answer;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A family's answer: the text, one short line saying how the question was read, an optional chart, follow-up
 * suggestions and the repository the answer is about (for follow-ups).
 */
record Reply(String text, String readAs, Optional<Chart> chart, List<String> suggestions, Optional<String> repo) {
    Reply {
        requireNonNull(text, "text == null");
        requireNonNull(readAs, "readAs == null");
        requireNonNull(chart, "chart == null");
        suggestions = List.copyOf(suggestions);
        requireNonNull(repo, "repo == null");
    }

    static Reply of(String text, String readAs, List<String> suggestions) {
        return new Reply(text, readAs, Optional.empty(), suggestions, Optional.empty());
    }

    Reply about(String repository) {
        if (repository == null || repository.isBlank()) {
            return this;
        }
        return new Reply(text, readAs, chart, suggestions, Optional.of(repository));
    }

    Reply withChart(Chart newChart) {
        return new Reply(text, readAs, Optional.of(newChart), suggestions, repo);
    }
}
