package dev.bitofgit.answer;

import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Compiled patterns by their text. The reader asks a few hundred patterns of every question, many of them built
 * from the account's own words (a language, a technology, a repository's name); compiling each anew cost more
 * than answering. Bounded: past {@link #LIMIT} patterns the cache starts over, so names of accounts long gone do
 * not pile up.
 */
final class Regex {
    static final int LIMIT = 8_192;
    private static final ConcurrentHashMap<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private Regex() {
    }

    static Pattern of(String regex) {
        Pattern pattern = COMPILED.get(regex);
        if (pattern == null) {
            pattern = Pattern.compile(regex);
            if (COMPILED.size() >= LIMIT) {
                COMPILED.clear();
            }
            COMPILED.put(regex, pattern);
        }
        return pattern;
    }

    /** Whether the pattern occurs anywhere in the text. */
    static boolean finds(String regex, CharSequence text) {
        return of(regex).matcher(text).find();
    }
}
