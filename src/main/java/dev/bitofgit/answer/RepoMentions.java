package dev.bitofgit.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the repositories a question names. A name counts only when it is plausibly meant: written as the repository
 * (url-shortener, "url shortener", urlshortener), a close misspelling of a distinctive name, or — when the name is an
 * ordinary word such as "got" or "pipeline" — quoted, or right after "repo", "in", "of", "for"… or before "repo".
 */
final class RepoMentions {
    private static final Set<String> BEFORE = Set.of("repo", "repository", "project", "in", "of", "for", "to", "on",
            "about", "into", "the", "named", "called", "between", "and", "vs", "versus", "than", "or", "from");
    /** Parts of everyday hyphenated words ("front-end", "self-hosted"), which are no repository's name. */
    private static final Set<String> COMPOUND_PARTS = Set.of("first", "java", "python", "go", "rust", "typescript",
            "javascript", "kotlin", "swift", "ruby", "less", "front", "back", "end", "full", "stack", "side", "source",
            "hosted", "based", "driven", "level", "world", "command", "line", "machine", "learning", "mobile",
            "desktop", "cross", "platform", "multi", "single", "page", "real", "open", "non", "semi", "sub", "built",
            "made", "written", "related", "oriented", "facing", "ready", "heavy", "light", "style", "friendly",
            "aware", "safe", "day", "night", "week", "month", "year", "long", "short", "term", "date", "wide", "hand",
            "third", "party", "well", "known", "up", "down", "ish", "like", "fi", "wi", "e", "x", "y", "z");
    private static final Set<String> AFTER = Set.of("repo", "repos", "repository", "project", "codebase");

    private RepoMentions() {
    }

    private record Match(String repo, int start, int end, int distance) {
    }

    /** The repositories named, in the order the question names them; their word positions go to {@code consumed}. */
    static List<String> find(String original, String text, List<String> words, List<String> repoNames,
                             Set<Integer> consumed) {
        String originalLower = original.toLowerCase(Locale.ROOT);
        // The question's phrases of one to four words, joined with '-' and squashed, built once for every name.
        int n = words.size();
        String[][] phrases = new String[n][4];
        String[][] squashedPhrases = new String[n][4];
        for (int i = 0; i < n; i++) {
            StringBuilder joined = new StringBuilder();
            StringBuilder squashedPhrase = new StringBuilder();
            for (int j = i; j < Math.min(n, i + 4); j++) {
                if (j > i) {
                    joined.append('-');
                }
                joined.append(words.get(j));
                squashedPhrase.append(squash(words.get(j)));
                phrases[i][j - i] = joined.toString();
                squashedPhrases[i][j - i] = squashedPhrase.toString();
            }
        }
        List<Match> matches = new ArrayList<>();
        for (String name : repoNames) {
            String key = name.toLowerCase(Locale.ROOT);
            String squashed = squash(key);
            int allowed = Math.max(1, key.length() / 5);
            Match best = null;
            for (int i = 0; i < n; i++) {
                for (int j = i; j < Math.min(n, i + 4); j++) {
                    String phrase = phrases[i][j - i];
                    int distance;
                    if (phrase.equals(key) || squashedPhrases[i][j - i].equals(squashed)) {
                        distance = 0;
                    } else if (j == i && key.length() >= 5 && Math.abs(phrase.length() - key.length()) <= allowed
                            && fuzzyCandidate(phrase)) {
                        distance = Edits.distance(phrase, key, allowed);
                        if (distance > allowed) {
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

    /**
     * A name that looks like a repository but is none of the account's ("quantum-ledger", "the repo foo-bar"): the
     * question is about something the store does not have, and the answer must say so rather than guess.
     */
    static Optional<String> unknown(List<String> words, Set<Integer> consumed,
                                              QuestionReader.Vocabulary vocabulary) {
        return unknown(words, consumed, vocabulary, false);
    }

    /** {@code anywhere}: in a sentence of context, where the question itself says "it" or "that repository". */
    static Optional<String> unknown(List<String> words, Set<Integer> consumed,
                                              QuestionReader.Vocabulary vocabulary, boolean anywhere) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i).replaceAll("[.,;:!?]+$", "");
            if (consumed.contains(i) || word.length() < 4 || !word.matches("[a-z][a-z0-9]*([-_][a-z0-9]+)+")
                    || word.matches("\\d{4}-\\d{2}-\\d{2}")) {
                continue;
            }
            boolean ordinary = true;
            for (String part : word.split("[-_]")) {
                if (!Lexicon.COMMON.contains(part) && !Lexicon.KEYWORDS.contains(part) && !Lexicon.NEGATORS.contains(part)
                        && !Plain.WORDS.contains(part) && !SignalWords.isSignalWord(part) && !COMPOUND_PARTS.contains(part)
                        && !part.matches("\\d+|to|up|in|on|e2e|pre|post|re|co")) {
                    ordinary = false;
                }
            }
            String previous = i > 0 ? words.get(i - 1) : "";
            String beforePrevious = i > 1 ? words.get(i - 2) : "";
            boolean placed = i == 0 || Set.of("repo", "repository", "project", "named", "called", "about", "into", "in",
                    "to", "of", "for", "is", "on", "from", "does", "did", "do", "what's", "whats", "what", "was", "has",
                    "the", "my", "describe", "explain", "summarize", "summarise")
                    .contains(previous);
            if (!anywhere && !placed || previous.equals("to") && Set.of("want", "need", "have", "going", "trying", "like", "able",
                    "how", "used", "ought", "due", "wanted", "needed", "tried", "plan", "planning").contains(beforePrevious)
                    || previous.equals("is") && !Set.of("what", "what's", "where", "which", "who", "how").contains(beforePrevious)
                    && !beforePrevious.isEmpty()) {
                continue; // "want to double-check", "my account is read-only": words, not a repository
            }
            // "shell-first", "python-heavy", "go-based": a language with a word about how much, not a name
            if (word.endsWith("-wise")) {
                continue; // "size-wise", "time-wise": an adverb
            }
            String head = word.replaceFirst("[-_](first|heavy|based|only|centric|focused|powered|native|dominant|led)$", "");
            boolean known = vocabulary.languages().stream().anyMatch(l -> l.equalsIgnoreCase(word) || l.equalsIgnoreCase(head))
                    || vocabulary.technologies().stream().anyMatch(t -> t.replace(' ', '-').equalsIgnoreCase(word));
            if (!known && !ordinary) {
                return Optional.of(word);
            }
        }
        return Optional.empty();
    }

    private static String squash(String word) {
        return word.replace("-", "").replace("_", "").replace(".", "");
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
        return originalLower.matches("(?s).*[\"'`“‘]" + Pattern.quote(key) + "[\"'`”’].*");
    }

    private static boolean marked(String originalLower, List<String> words, int index, String key) {
        if (quoted(originalLower, key)) {
            return true;
        }
        return (index > 0 && BEFORE.contains(words.get(index - 1)))
                || (index + 1 < words.size() && AFTER.contains(words.get(index + 1)));
    }
}
