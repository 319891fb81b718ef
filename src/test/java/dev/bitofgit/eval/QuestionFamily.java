package dev.bitofgit.eval;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.function.Function;

/**
 * One everyday question, whatever its wording: an id (the key of its phrasings in the TSV files), its intent in a
 * few words, and how to fill its parameters and compute its expected facts from an account. An account the question
 * does not fit (no fork to ask about, no second repository) yields no case, and the question is not asked of it.
 */
record QuestionFamily(String id, String intent, Function<AccountFacts, Optional<FamilyCase>> instantiate) {
    QuestionFamily {
        requireNonNull(id, "id == null");
        requireNonNull(intent, "intent == null");
        requireNonNull(instantiate, "instantiate == null");
        if (!id.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("a family id is lower_snake_case, got '" + id + "'");
        }
    }

    static QuestionFamily of(String id, String intent, Function<AccountFacts, Optional<FamilyCase>> instantiate) {
        return new QuestionFamily(id, intent, instantiate);
    }

    Optional<FamilyCase> caseFor(AccountFacts facts) {
        return instantiate.apply(facts);
    }
}
