package dev.bitofgit.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the repositories a question names. A name counts only when it is plausibly meant: written as the repository
 * (url-shortener, "url shortener", urlshortener), a close misspelling of a distinctive name, or — when the name is an
 * ordinary word such as "got" or "pipeline" — quoted, or right after "repo", "in", "of", "for"… or before "repo".
 */
final class RepoMentions {
    private static final Set<String> BEFORE = Set.of("repo", "repository", "project", "in", "of", "for", "to", "on",
            "about", "into", "the", "named", "called", "between", "and", "vs", "versus", "than", "or", "from");
    private static final Set<String> AFTER = Set.of("repo", "repos", "repository", "project", "codebase");

    private RepoMentions() {
    }

    private record Match(String repo, int start, int end, int distance) {
    }

    /** The repositories named, in the order the question names them; their word positions go to {@code consumed}. */
    static List<String> find(String original, String text, List<String> words, List<String> repoNames,
                             Set<Integer> consumed) {
        String originalLower = original.toLowerCase(Locale.ROOT);
        List<Match> matches = new ArrayList<>();
        for (String name : repoNames) {
            String key = name.toLowerCase(Locale.ROOT);
            String squashed = key.replace("-", "").replace("_", "").replace(".", "");
            Match best = null;
            for (int i = 0; i < words.size(); i++) {
                StringBuilder joined = new StringBuilder();
                StringBuilder squashedPhrase = new StringBuilder();
                for (int j = i; j < Math.min(words.size(), i + 4); j++) {
                    if (j > i) {
                        joined.append('-');
                    }
                    joined.append(words.get(j));
                    squashedPhrase.append(words.get(j).replace("-", "").replace("_", "").replace(".", ""));
                    String phrase = joined.toString();
                    int distance;
                    if (phrase.equals(key) || squashedPhrase.toString().equals(squashed)) {
                        distance = 0;
                    } else if (j == i && fuzzyCandidate(phrase) && key.length() >= 5) {
                        distance = Edits.distance(phrase, key, Math.max(1, key.length() / 5));
                        if (distance > Math.max(1, key.length() / 5)) {
                            continue;
                        }
                    } else {
                        continue;
                    }
                    if (ordinary(key) && !(j == i ? marked(originalLower, words, i, key)
                            : quoted(originalLower, key))) {
                        continue; // "or a" is not the repository "ora", nor "got" the repository "got"
                    }
                    if (best == null || distance < best.distance
                            || (distance == best.distance && j - i > best.end - best.start)) {
                        best = new Match(name, i, j, distance);
                    }
                }
            }
            if (best != null) {
                matches.add(best);
            }
        }
        // Overlapping matches: the closer and longer one wins ("api-gateway" over "gateway").
        matches.sort(Comparator.comparingInt(Match::distance).thenComparing(m -> -(m.end - m.start))
                .thenComparing(m -> -m.repo.length()));
        List<Match> kept = new ArrayList<>();
        for (Match match : matches) {
            boolean overlaps = kept.stream().anyMatch(k -> match.start <= k.end && k.start <= match.end);
            if (!overlaps) {
                kept.add(match);
            }
        }
        kept.sort(Comparator.comparingInt(Match::start));
        List<String> repos = new ArrayList<>();
        for (Match match : kept) {
            repos.add(match.repo);
            for (int i = match.start; i <= match.end; i++) {
                consumed.add(i);
            }
        }
        return repos;
    }

    private static boolean fuzzyCandidate(String word) {
        return word.length() >= 5 && !Lexicon.COMMON.contains(word) && !Lexicon.KEYWORDS.contains(word);
    }

    /** A name that is also an everyday word (or very short) needs the question to mark it as a repository. */
    private static boolean ordinary(String key) {
        return key.length() <= 3 || Lexicon.COMMON.contains(key) || Lexicon.KEYWORDS.contains(key)
                || key.matches("[a-z]+") && key.length() <= 4;
    }

    private static boolean quoted(String originalLower, String key) {
        return originalLower.matches("(?s).*[\"'`“‘]" + java.util.regex.Pattern.quote(key) + "[\"'`”’].*");
    }

    private static boolean marked(String originalLower, List<String> words, int index, String key) {
        if (quoted(originalLower, key)) {
            return true;
        }
        return (index > 0 && BEFORE.contains(words.get(index - 1)))
                || (index + 1 < words.size() && AFTER.contains(words.get(index + 1)));
    }
}
