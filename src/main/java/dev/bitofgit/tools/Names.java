package dev.bitofgit.tools;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Closest-name suggestions, so an agent that misspells a repository can recover from the error alone. */
public final class Names {
    private Names() {
    }

    static List<String> closest(String wanted, List<String> names, int count) {
        String target = wanted.toLowerCase(Locale.ROOT);
        return names.stream()
                .sorted(Comparator.comparingInt((String name) -> score(target, name.toLowerCase(Locale.ROOT)))
                        .thenComparing(String::compareToIgnoreCase))
                .limit(count)
                .toList();
    }

    /** Edit distance, with containment counted as a near match ("shortener" finds "url-shortener"). */
    private static int score(String target, String name) {
        if (name.contains(target) || target.contains(name)) {
            return Math.abs(name.length() - target.length()) / 4;
        }
        return distance(target, name);
    }

    /** Levenshtein distance between two strings. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
