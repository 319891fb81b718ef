package dev.bitofgit.report;

import java.util.Locale;

/**
 * Escaping for everything user-derived that a report prints — repository names, commit messages, people's names:
 * HTML and SVG text and attribute values, and Markdown. Nothing from the store reaches a page unescaped.
 */
final class Markup {
    private Markup() {
    }

    /** Text or a quoted attribute value in HTML or XML (SVG). Control characters, which XML forbids, become spaces. */
    static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            if (appendEntity(out, c)) {
                return;
            }
            switch (c) {
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' || c == 0x7f || c == 0xfffe || c == 0xffff) {
                        out.append(' ');
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /**
     * Inline Markdown text (never at the start of a line): punctuation that could start code, emphasis, a link or a
     * table cell is escaped with a backslash, and {@code <}, {@code >} and {@code &} become entities, so raw HTML never passes through.
     */
    static String markdown(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            if (appendEntity(out, c)) {
                return;
            }
            switch (c) {
                case '\n', '\r' -> out.append(' ');
                case '\\', '`', '*', '_', '[', ']', '|', '~' -> out.append('\\').appendCodePoint(c);
                default -> out.appendCodePoint(c < 0x20 || c == 0x7f ? ' ' : c);
            }
        });
        return out.toString();
    }

    /** At most {@code max} characters, an ellipsis marking a cut. */
    static String cut(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)).stripTrailing() + "…";
    }

    static String number(long value) {
        return String.format(Locale.ENGLISH, "%,d", value);
    }

    static String percent(double value) {
        return value == Math.rint(value) ? String.format(Locale.ENGLISH, "%.0f%%", value)
                : String.format(Locale.ENGLISH, "%.1f%%", value);
    }

    /** "+12%", "−5%", "±0%", or "new" when there was nothing before. */
    static String change(long now, long before) {
        if (before == 0) {
            return now == 0 ? "±0%" : "new";
        }
        long percent = Math.round((now - before) * 100.0 / before);
        return percent > 0 ? "+" + percent + "%" : percent < 0 ? "−" + Math.abs(percent) + "%" : "±0%";
    }

    /**
     * Appends the entity for {@code &}, {@code <} or {@code >} — escaped alike in HTML, XML and Markdown text, so no
     * markup passes through either escape — and says whether {@code c} was one of them.
     */
    private static boolean appendEntity(StringBuilder out, int c) {
        switch (c) {
            case '&' -> out.append("&amp;");
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            default -> {
                return false;
            }
        }
        return true;
    }
}
