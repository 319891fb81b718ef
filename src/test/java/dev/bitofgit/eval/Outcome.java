package dev.bitofgit.eval;

import static java.util.Objects.requireNonNull;

/** One question asked of the real application, its answer, and how the scorer judged it. */
record Outcome(String store, String account, String family, Split split, Style style, String question, String answer,
               AnswerScorer.Score score) {
    Outcome {
        requireNonNull(store, "store == null");
        requireNonNull(account, "account == null");
        requireNonNull(family, "family == null");
        requireNonNull(split, "split == null");
        requireNonNull(style, "style == null");
        requireNonNull(question, "question == null");
        requireNonNull(answer, "answer == null");
        requireNonNull(score, "score == null");
    }

    Verdict verdict() {
        return score.verdict();
    }
}
