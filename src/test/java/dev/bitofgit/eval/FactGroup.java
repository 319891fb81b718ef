package dev.bitofgit.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * One fact an answer must state, as the ways a person could write it: "March 2024" or "2024-03"; the answer states
 * the fact when it contains any one of them.
 *
 * <p>A "which one" fact (the busiest weekday, the most starred repository) may name rivals: then the answer must
 * name the fact before any rival, so "Monday; by weekday: Monday 946, Tuesday 880, …" is right and an enumeration
 * that puts another weekday first is not.
 */
record FactGroup(List<String> alternatives, List<String> rivals) {
    FactGroup {
        alternatives = List.copyOf(alternatives);
        rivals = List.copyOf(rivals);
        if (alternatives.isEmpty() || alternatives.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("a fact needs at least one non-blank way to write it, got " + alternatives);
        }
    }

    static FactGroup anyOf(String... alternatives) {
        return new FactGroup(List.of(alternatives), List.of());
    }

    static FactGroup anyOf(List<String> alternatives) {
        return new FactGroup(alternatives, List.of());
    }

    /** The same fact, to be named before any of {@code others} (ways of writing the wrong answers). */
    FactGroup before(Collection<String> others) {
        List<String> more = new ArrayList<>(rivals);
        others.stream().filter(other -> !alternatives.contains(other)).forEach(more::add);
        return new FactGroup(alternatives, more);
    }

    /** The first way to write it, for failure lines. */
    String shown() {
        return alternatives.get(0);
    }
}
