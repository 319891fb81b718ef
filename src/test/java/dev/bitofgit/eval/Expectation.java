package dev.bitofgit.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What a right answer looks like: every required fact present, and none of the forbidden terms (a repository that
 * must not be in a list, a number that would be an invented fact).
 */
record Expectation(List<FactGroup> required, List<String> forbidden) {
    Expectation {
        required = List.copyOf(required);
        forbidden = List.copyOf(forbidden);
        if (required.isEmpty()) {
            throw new IllegalArgumentException("an expectation needs at least one required fact");
        }
    }

    static Expectation of(FactGroup... required) {
        return new Expectation(List.of(required), List.of());
    }

    static Expectation of(List<FactGroup> required) {
        return new Expectation(required, List.of());
    }

    /**
     * A list answer: every expected name present and none of the names that must not be there; an empty list must
     * be said to be empty. Names in neither set (too close to a period's edge to judge) may appear or not.
     */
    static Expectation listing(Collection<String> expected, Collection<String> mustNotAppear) {
        List<FactGroup> required = expected.isEmpty() ? List.of(FactFormats.none())
                : expected.stream().map(FactFormats::name).toList();
        return new Expectation(required, List.copyOf(mustNotAppear));
    }

    Expectation forbidding(Collection<String> terms) {
        List<String> more = new ArrayList<>(forbidden);
        more.addAll(terms);
        return new Expectation(required, more);
    }

    Expectation and(FactGroup fact) {
        List<FactGroup> more = new ArrayList<>(required);
        more.add(fact);
        return new Expectation(more, forbidden);
    }
}
