package dev.bitofgit.answer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question as the reader sees it: lower case, typographic quotes straightened, and each word that is one typo away
 * from a word the reader knows (a keyword, a language, a technology, a repository name) replaced by it. The original
 * text is kept for what must not be changed (quoted search terms, IANA zone names).
 */
final class Question {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'+#._/-]*[\\p{L}\\p{N}+#]|[\\p{L}\\p{N}]");

    private final String original;
    private final String text;
    private final List<String> words;
    private final List<String> corrections;

    private Question(String original, String text, List<String> words, List<String> corrections) {
        this.original = original;
        this.text = text;
        this.words = List.copyOf(words);
        this.corrections = List.copyOf(corrections);
    }

    /** Normalises {@code question} and corrects typos against {@code vocabulary} (all lower case). */
    static Question of(String question, Collection<String> vocabulary) {
        String lower = question.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'').replace('“', '"')
                .replace('”', '"').replaceAll("\\s+", " ").trim();
        lower = Lexicon.expandAbbreviations(lower.replaceAll("(\\p{L})'s\\b", "$1"));
        Set<String> known = new HashSet<>(vocabulary);
        known.addAll(Lexicon.COMMON);
        // city names are words too ("New York" is not "new fork")
        TimeMentions.CITIES.keySet().forEach(city -> known.addAll(List.of(city.split(" "))));
        StringBuilder corrected = new StringBuilder();
        List<String> words = new ArrayList<>();
        List<String> corrections = new ArrayList<>();
        Matcher matcher = WORD.matcher(lower);
        int last = 0;
        while (matcher.find()) {
            corrected.append(lower, last, matcher.start());
            String word = matcher.group();
            String fixed = correct(word, known);
            if (!fixed.equals(word)) {
                corrections.add(word + " → " + fixed);
            }
            corrected.append(fixed);
            words.addAll(split(fixed));
            last = matcher.end();
        }
        corrected.append(lower.substring(last));
        String text = Lexicon.rephrase(corrected.toString());
        if (!text.contentEquals(corrected)) {
            words = new ArrayList<>();
            Matcher again = WORD.matcher(text);
            while (again.find()) {
                words.addAll(split(again.group()));
            }
        }
        return new Question(question, text, words, corrections);
    }

    /** Words of a token: "ci/cd" stays one word, "non-fork" is "non" and "fork", a trailing "'s" goes. */
    private static List<String> split(String token) {
        String clean = token.endsWith("'s") ? token.substring(0, token.length() - 2) : token;
        if (clean.equals("ci/cd") || clean.matches("[a-z]+/[a-z_]+(/[a-z_]+)?") && clean.contains("_")) {
            return List.of(clean);
        }
        List<String> parts = new ArrayList<>();
        for (String part : clean.split("[/]")) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return parts;
    }

    private static String correct(String word, Set<String> known) {
        if (word.length() < 4 || known.contains(word) || !word.matches("[a-z][a-z0-9'._-]*")
                || EnglishWords.contains(word)) {
            return word;
        }
        int allowed = word.length() >= 8 ? 2 : 1;
        String best = word;
        int bestDistance = allowed + 1;
        for (String candidate : known) {
            if (Math.abs(candidate.length() - word.length()) > allowed || candidate.length() < 4) {
                continue;
            }
            int distance = Edits.distance(word, candidate, allowed);
            if (distance < bestDistance || (distance == bestDistance && distance <= allowed
                    && preferred(candidate, word) > preferred(best, word))) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= allowed ? best : word;
    }

    /**
     * On a tie, a word questions use more often wins ("lins" → "lines", not "lint"), then one sharing the first
     * letter, then one sharing the last (the ending carries the kind of word: "contributer" → "contributor", not
     * "contributed").
     */
    private static int preferred(String candidate, String typo) {
        int score = candidate.charAt(0) == typo.charAt(0) ? 1 : 0;
        if (candidate.charAt(candidate.length() - 1) == typo.charAt(typo.length() - 1)) {
            score += 1;
        }
        if (Lexicon.FREQUENT.contains(candidate)) {
            score += 2;
        }
        if (Lexicon.KEYWORDS.contains(candidate) || Lexicon.NEGATORS.contains(candidate)) {
            score += 1;
        }
        return score;
    }

    String original() {
        return original;
    }

    /**
     * The sentence that asks, when sentences of context come before it ("I'm preparing a review. How many commits
     * did I make in 2024?"): the last sentence ending in a question mark, if it has three words or more. Otherwise
     * the whole text.
     */
    Question focus() {
        String[] sentences = text.split("(?<=[.?!])\\s+");
        if (sentences.length < 2) {
            return this;
        }
        // Only a question at the end: "was I active in 2020? commit count" is one question in two pieces.
        for (int i = sentences.length - 1; i == sentences.length - 1; i--) {
            String sentence = sentences[i].trim();
            boolean asks = sentence.endsWith("?") || sentence.matches("^(give|list|show|tell|find|count|name|which|"
                    + "what|how|when|who|where|can|could|would|please|i'd like|i'd love|i would like|i would love|i want|"
                    + "i need|i'm (curious|wondering)|get|point out|help me|remind me|work out|figure out|dig up|look up|"
                    + "let me know|check|identify|pull up|fetch|report|spell out|break down|sum up|calculate|compute|"
                    + "total up|add up|tally|rank|sort|compare|enumerate|display|return|fill me in|walk me through)\\b.*")
                    && sentence.split("\\s+").length >= 4;
            boolean earlierAsks = false;
            for (int j = 0; j < i; j++) {
                earlierAsks |= sentences[j].trim().endsWith("?");
            }
            // "…whoever I've collaborated with most. Looking at all my repositories, who would that be?": an asking
            // sentence that only points back ("that", "it", "they") needs the sentences before it.
            boolean pointsBack = sentence.matches(".*\\b(who|what|which) (would|will|could|might) (that|it|they|this) be\\b.*"
                    + "|(.*\\b)?who (is|was) (it|that)\\?.*");
            if (asks && !earlierAsks && !pointsBack && sentence.split("\\s+").length >= 3) {
                List<String> focusWords = new ArrayList<>();
                Matcher matcher = WORD.matcher(sentence);
                while (matcher.find()) {
                    focusWords.addAll(split(matcher.group()));
                }
                String[] originals = original.split("(?<=[.?!])\\s+");
                String focusOriginal = originals.length == sentences.length ? originals[i] : original;
                return new Question(focusOriginal, sentence, focusWords, corrections);
            }
        }
        return this;
    }

    /** The normalised, corrected text. */
    String text() {
        return text;
    }

    List<String> words() {
        return words;
    }

    /** "comits → commits", for the line that says how the question was read. */
    List<String> corrections() {
        return corrections;
    }
}
