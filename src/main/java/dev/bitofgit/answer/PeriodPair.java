package dev.bitofgit.answer;

import java.util.Locale;
import java.util.regex.Matcher;

/**
 * One family's answer for each of two periods a question sets against each other ("more reviews in 2026 than in
 * 2025?", "PRs merged this year vs last year"), with the two headline numbers compared when both answers give one.
 */
final class PeriodPair {
    private PeriodPair() {
    }

    static Reply answer(Reading r, Family family, ToolCalls tools) {
        TimeRange first = r.periods().get(0);
        TimeRange second = r.periods().get(1);
        Reply a = family.answer(r.withPeriod(first), tools);
        Reply b = family.answer(r.withPeriod(second), tools);
        String verdict = "";
        long x = headline(a.text());
        long y = headline(b.text());
        boolean yesNo = r.matches("^(did|do|does|is|are|was|were|have|has|am)\\b") && !r.matches("\\bor\\b")
                && r.matches("\\b(more|fewer|less|higher|lower)\\b");
        if (x >= 0 && y >= 0 && yesNo) {
            boolean holds = r.matches("\\b(fewer|less|lower)\\b") ? x < y : x > y;
            verdict = (holds ? "Yes — " : "No — ") + Say.number(x) + " " + first.label() + " against " + Say.number(y)
                    + " " + second.label() + ". ";
        } else if (x >= 0 && y >= 0) {
            verdict = x == y ? "The same " + first.label() + " and " + second.label() + " (" + Say.number(x) + "). "
                    : "More " + (x > y ? first.label() : second.label()) + ": " + Say.number(Math.max(x, y))
                    + " against " + Say.number(Math.min(x, y)) + ". ";
        }
        String text = verdict + "**" + capital(first.label()) + ":** " + a.text() + "\n\n**" + capital(second.label())
                + ":** " + b.text();
        String readAs = a.readAs().replace(first.label(), first.label() + " against " + second.label());
        if (readAs.equals(a.readAs())) {
            readAs = a.readAs() + ", " + first.label() + " against " + second.label();
        }
        return new Reply(text, readAs, a.chart(), a.suggestions(), a.repo());
    }

    /** The first bold number of an answer ("You gave **40 reviews** …" → 40), or -1. */
    private static long headline(String text) {
        Matcher m = Regex.of("\\*\\*([0-9][0-9,]*)\\b").matcher(text);
        return m.find() ? Long.parseLong(m.group(1).replace(",", "")) : -1;
    }

    private static String capital(String label) {
        return label.isEmpty() ? label : label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
    }
}
