package dev.bitofgit.eval;

import java.util.Locale;

/** How a question is worded: plainly, casually (lower case, slang, one typo), or long with context first. */
enum Style {
    PLAIN, CASUAL, LONG;

    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Style parse(String key) {
        for (Style style : values()) {
            if (style.key().equals(key)) {
                return style;
            }
        }
        throw new IllegalArgumentException("unknown style '" + key + "' (plain, casual or long)");
    }
}
