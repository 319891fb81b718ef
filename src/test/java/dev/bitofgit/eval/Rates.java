package dev.bitofgit.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How many answers of a set fell in each verdict, and the rates in percent. */
record Rates(int total, Map<Verdict, Integer> counts) {
    Rates {
        counts = Map.copyOf(counts);
    }

    static Rates of(List<Outcome> outcomes) {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            counts.put(verdict, 0);
        }
        outcomes.forEach(outcome -> counts.merge(outcome.verdict(), 1, Integer::sum));
        return new Rates(outcomes.size(), counts);
    }

    int count(Verdict verdict) {
        return counts.getOrDefault(verdict, 0);
    }

    double percent(Verdict verdict) {
        return total == 0 ? 0 : 100.0 * count(verdict) / total;
    }

    String shown(Verdict verdict) {
        return String.format(Locale.ROOT, "%.1f%% (%d)", percent(verdict), count(verdict));
    }
}
