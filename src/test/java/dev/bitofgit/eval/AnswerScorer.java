package dev.bitofgit.eval;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Judges an answer as a user would: right when it states every expected fact and names nothing it must not;
 * otherwise not understood, hedged (it asks back or says it is unsure) or wrong but confident.
 *
 * <p>Matching is on normalised text (lower case, thousands separators and markdown emphasis removed) and on word
 * boundaries, so "12" is not found in "2012", "Java" not in "JavaScript" and "raytracer" not in "raytracer-2".
 */
final class AnswerScorer {
    /** Phrases by which an answer admits doubt or asks back, as the brief lists them. */
    static final List<String> HEDGES = List.of("did you mean", "which repository", "i ignored", "i'm not sure", "not sure");
    private static final String NOT_UNDERSTOOD = "i did not understand";
    private static final Pattern THOUSANDS = Pattern.compile("(\\d)[,\u00a0\u202f](\\d{3})(?!\\d)");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Characters that join digits into one larger token: decimals, dates, times, fractions. */
    private static final String JOINERS = ".,-:/";

    /** A verdict and, when the answer is not right, the first reason why (a missing fact or a forbidden term). */
    record Score(Verdict verdict, Optional<String> reason) {
        Score {
            requireNonNull(verdict, "verdict == null");
            requireNonNull(reason, "reason == null");
        }
    }

    private AnswerScorer() {
    }

    static Score score(String answer, Expectation expectation) {
        requireNonNull(answer, "answer == null");
        requireNonNull(expectation, "expectation == null");
        String text = normalize(answer);
        if (text.startsWith(NOT_UNDERSTOOD)) {
            return new Score(Verdict.NOT_UNDERSTOOD, Optional.of("not understood"));
        }
        Optional<String> reason = Optional.empty();
        for (FactGroup fact : expectation.required()) {
            int stated = firstMention(text, fact.alternatives());
            if (stated < 0) {
                reason = Optional.of("missing " + fact.shown());
                break;
            }
            int rival = firstMention(text, fact.rivals());
            if (rival >= 0 && rival < stated) {
                reason = Optional.of("names another answer before " + fact.shown());
                break;
            }
        }
        if (reason.isEmpty()) {
            reason = expectation.forbidden().stream().filter(term -> mentions(text, term)).findFirst()
                    .map(term -> "names " + term);
        }
        if (reason.isEmpty()) {
            return new Score(Verdict.RIGHT, Optional.empty());
        }
        boolean hedged = HEDGES.stream().anyMatch(text::contains);
        return new Score(hedged ? Verdict.HEDGED : Verdict.WRONG_BUT_CONFIDENT, reason);
    }

    /** Lower case, straight apostrophes, no markdown emphasis or code ticks, "4,512" as "4512", single spaces. */
    static String normalize(String text) {
        String result = text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'')
                .replace("*", "").replace("`", "");
        String previous;
        do {
            previous = result;
            result = THOUSANDS.matcher(result).replaceAll("$1$2");
        } while (!result.equals(previous));
        return WHITESPACE.matcher(result).replaceAll(" ").trim();
    }

    /** Whether normalised {@code text} contains {@code term} as a whole word, number or name. */
    static boolean mentions(String text, String term) {
        return position(text, term) >= 0;
    }

    /** Where the earliest of {@code terms} occurs in normalised {@code text}, or -1. */
    static int firstMention(String text, List<String> terms) {
        int first = -1;
        for (String term : terms) {
            int at = position(text, term);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    private static int position(String text, String term) {
        String wanted = normalize(term);
        for (int at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1)) {
            if (boundaryBefore(text, at, wanted.charAt(0)) && boundaryAfter(text, at + wanted.length(),
                    wanted.charAt(wanted.length() - 1))) {
                return at;
            }
        }
        return -1;
    }

    private static boolean boundaryBefore(String text, int at, char first) {
        if (at == 0 || !Character.isLetterOrDigit(first)) {
            return true;
        }
        char before = text.charAt(at - 1);
        if (Character.isLetterOrDigit(before)) {
            return false;
        }
        if (Character.isLetter(first)) {
            return before != '-' && before != '_';
        }
        // "5" is not in "1.5", "03" not in "2024-03", "00" not in "23:00".
        return !(JOINERS.indexOf(before) >= 0 && at >= 2 && Character.isDigit(text.charAt(at - 2)));
    }

    private static boolean boundaryAfter(String text, int end, char last) {
        if (end == text.length() || !Character.isLetterOrDigit(last)) {
            return true;
        }
        char after = text.charAt(end);
        boolean followedByDigit = end + 1 < text.length() && Character.isDigit(text.charAt(end + 1));
        if (Character.isDigit(last) && after == 't' && followedByDigit) {
            return true; // a date inside an ISO timestamp: 2024-03-05T10:00
        }
        if (Character.isLetterOrDigit(after)) {
            return false;
        }
        if (Character.isLetter(last)) {
            return after != '-' && after != '_';
        }
        // "12" is not in "12.5", "2024-03" not in "2024-03-05", "23" not in "23:00".
        return !(JOINERS.indexOf(after) >= 0 && followedByDigit);
    }
}
