package dev.bitofgit.tools;

import dev.bitofgit.store.ProfileQueries.RepoSummary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The small arithmetic of tool results: percentages and averages to one decimal, nearest-rank percentiles, and
 * counts of values, most frequent first. Pure: no store queries, no JSON.
 */
final class Figures {
    private Figures() {
    }

    /** How many of {@code items} pass {@code test}. */
    static <T> long count(Collection<T> items, Predicate<? super T> test) {
        return items.stream().filter(test).count();
    }

    /** {@code part} of {@code total} in percent, to one decimal; 0 of nothing. */
    static double percent(long part, long total) {
        return total == 0 ? 0 : Math.round(part * 1000.0 / total) / 10.0;
    }

    /** The mean, to one decimal; 0 of no values. */
    static double average(int[] values) {
        if (values.length == 0) {
            return 0;
        }
        long sum = 0;
        for (int value : values) {
            sum += value;
        }
        return Math.round(sum * 10.0 / values.length) / 10.0;
    }

    /** Rounded to one decimal. */
    static double tenths(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** Nearest-rank percentile: the smallest value with at least p% of the values at or below it. */
    static Optional<Long> percentile(List<Long> values, int p) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(Long::compare);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return Optional.of(sorted.get(Math.max(0, rank - 1)));
    }

    /** How often each value occurs (exact spelling), most first, then by value. */
    static Map<String, Long> counts(List<String> values) {
        Map<String, Long> counts = new LinkedHashMap<>();
        values.forEach(value -> counts.merge(value, 1L, Long::sum));
        return mostFirst(counts, Long.MAX_VALUE);
    }

    /** How many repositories have each primary language, most first. */
    static Map<String, Long> primaryLanguageCounts(List<RepoSummary> repos) {
        return counts(repos.stream().flatMap(repo -> repo.primaryLanguage().stream()).toList());
    }

    /**
     * How often each value occurs, spellings that differ only in case counted together under the first seen, most
     * first, then by value; at most {@code limit} of them.
     */
    static Map<String, Long> countsIgnoringCase(List<String> values, long limit) {
        Map<String, Long> counts = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        values.forEach(value -> counts.merge(value, 1L, Long::sum));
        return mostFirst(counts, limit);
    }

    private static Map<String, Long> mostFirst(Map<String, Long> counts, long limit) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
