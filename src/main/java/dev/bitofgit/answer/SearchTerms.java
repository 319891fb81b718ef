package dev.bitofgit.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a search question looks for: a quoted phrase, the word after "mention" or "search for", or the thing a
 * change verb names ("commits that fixed the login bug" searches "login").
 */
final class SearchTerms {
    private SearchTerms() {
    }

    private static final Pattern QUOTED = Pattern.compile("[\"“`]([^\"”`]{1,60})[\"”`]|(?<![\\p{L}])['‘]([^'’]{1,60})['’](?![\\p{L}])");
    private static final Pattern SEARCH_FOR = Pattern.compile("\\bsearch (?:my |the |through )?(?:commits?|commit "
            + "messages|history) (?:for|about) ([\\p{L}\\p{N}_.-]{2,40})");
    private static final Pattern MENTION = Pattern.compile("\\b(?:mention(?:s|ed|ing)?|containing|contain|with the "
            + "words?|say|says|said|messages? (?:about|with)|refer(?:s|red|ring)? to|referencing|reference|regarding|"
            + "related to|involving|commits? about)\\s+([\\p{L}\\p{N}_.#+-]{2,40})");
    /** A change named by its verb: "commits that fixed X", "did I add X", "when have I removed X". */
    private static final Pattern CHANGE = Pattern.compile("\\b(?:commits?|changes?|that|which|where|i|did i|have i|"
            + "i've)\\s+(?:ever |once |already |recently |first |last )?(fix|add|remove|drop|update|bump|upgrade|implement|introduce|rename|migrate|refactor|revert|"
            + "delete|disable|enable)(?:ed|d|s|es|ing)?\\b");
    private static final Pattern KIND_WORD = Pattern.compile("\\b(revert|release|hotfix|wip|typo)s? commits?\\b");

    static Optional<String> term(String original, String text, List<String> repos) {
        Matcher quoted = QUOTED.matcher(original);
        while (quoted.find()) {
            String value = (quoted.group(1) != null ? quoted.group(1) : quoted.group(2)).trim();
            if (repos.stream().noneMatch(repo -> repo.equalsIgnoreCase(value)) && value.length() >= 2
                    && !value.matches("(?i)s|t|ve|re|ll|d|m")) {
                return Optional.of(value);
            }
        }
        Matcher searchFor = SEARCH_FOR.matcher(text);
        if (searchFor.find()) {
            return Optional.of(searchFor.group(1));
        }
        Matcher kind = KIND_WORD.matcher(text);
        if (kind.find()) {
            return Optional.of(kind.group(1)); // "show me my revert commits": the messages that say so
        }
        Matcher mention = MENTION.matcher(text);
        while (mention.find()) {
            Optional<String> phrase = phrase(text.substring(mention.start(1)), repos);
            if (phrase.isPresent()) {
                return phrase;
            }
        }
        // "commits that fixed the login bug", "did I add dark mode": the change a message would name, verb included
        // (the search stems it, so "fix" finds "fixed" and "fixes").
        Matcher change = CHANGE.matcher(text);
        while (change.find()) {
            Optional<String> phrase = phrase(text.substring(change.end()), repos);
            if (phrase.isPresent()) {
                return Optional.of(change.group(1) + " " + phrase.get());
            }
        }
        return Optional.empty();
    }

    /** Words that end a searched phrase: times, places, joins and the rest of the sentence. */
    private static final Set<String> PHRASE_ENDS = Set.of("in", "on", "at", "during", "since",
            "before", "after", "from", "last", "this", "by", "and", "or", "for", "over", "to", "with", "between", "until",
            "ever", "yet", "so", "recently", "lately", "today", "yesterday", "across", "into", "of", "did", "do", "does",
            "have", "has", "had", "i", "is", "are", "was", "were", "when", "where", "which", "that", "how", "what",
            "most", "more", "than", "first", "latest", "anywhere", "any", "all", "only", "commits", "commit");
    /** Generic nouns after the thing itself: "the login bug" searches "login". */
    private static final Set<String> GENERIC = Set.of("bug", "bugs", "issue", "issues", "problem",
            "problems", "stuff", "things", "thing", "feature", "features", "change", "changes", "support", "word",
            "words", "term", "message", "messages");

    /** Up to four words of what to search, after a leading article; empty when nothing specific is left. */
    private static Optional<String> phrase(String rest, List<String> repos) {
        List<String> words = new ArrayList<>();
        for (String word : rest.split("[^\\p{L}\\p{N}_.+#-]+")) {
            String w = word.replaceAll("^[.-]+|[.-]+$", "");
            if (w.isEmpty()) {
                if (!words.isEmpty()) {
                    break;
                }
                continue;
            }
            if (words.isEmpty() && w.matches("the|a|an|my|our|any|some|their|its")) {
                continue;
            }
            if (PHRASE_ENDS.contains(w) || w.matches("\\d{4}") || repos.stream().anyMatch(repo -> repo.equalsIgnoreCase(w))
                    || words.size() == 4) {
                break;
            }
            words.add(w);
        }
        while (!words.isEmpty() && GENERIC.contains(words.get(words.size() - 1)) && words.size() > 1) {
            words.remove(words.size() - 1);
        }
        String phrase = String.join(" ", words);
        return phrase.length() < 2 || phrase.matches("something|anything|it|them|that|this|stuff|things|bugs?|issues?|"
                + "problems?|features?|changes?|more|much|lots?|many") ? Optional.empty() : Optional.of(phrase);
    }
}
