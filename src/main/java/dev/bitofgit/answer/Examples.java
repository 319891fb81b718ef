package dev.bitofgit.answer;

import java.util.List;

/** Questions offered when a question is not understood and as first suggestions: one per kind of question. */
final class Examples {
    private Examples() {
    }

    static final List<String> STARTERS = List.of("Which of my repos have no tests?",
            "What is my busiest month in UTC?", "Who is my most frequent collaborator?");
}
