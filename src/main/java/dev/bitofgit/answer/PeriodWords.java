package dev.bitofgit.answer;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Other ways of naming periods, rewritten to the words TimeRanges reads: "a fortnight" → "2 weeks", "since
 * the end of 2024" → "since 2025", "march 1, 2026" → "2026-03-01".
 */
final class PeriodWords {
    private PeriodWords() {
    }

    /** Other ways of naming the same periods, rewritten to the words below read. */
    static String plain(String text) {
        return shifted(numbers(text)).replaceAll("\\bfortnight\\b", "2 weeks")
                .replaceAll("\\b(?:the )?day before yesterday\\b", "2 days ago")
                .replaceAll("\\b(?:the )?(week|month|year) before last\\b", "2 $1s ago")
                .replaceAll("\\b(vs\\.?|versus|than|compared (to|with)|over) last\\b(?! (year|month|week|quarter))",
                        "$1 last year")
                .replaceAll("\\b(the )?(month|year|week) before (this one|this|the current one|now)\\b", "last $2")
                .replaceAll("\\b(the )?(prior|preceding) (month|year|week)\\b", "last $3")
                .replaceAll("\\b(the )?(current|present|ongoing) (month|year|week)\\b", "this $3")
                .replaceAll("\\bthe (previous|prior|preceding) one\\b", "last year")
                .replaceAll("\\b(the )?(last|previous|prior) (full )?calendar (month|year|week)\\b", "last $4")
                .replaceAll("\\b(this|the current) calendar (month|year|week)\\b", "this $2")
                .replaceAll("\\byear-to-date\\b", "year to date")
                .replaceAll("\\bsince jan(uary)?\\.? ?(1(st)?|first)\\b", "since the start of the year")
                .replaceAll("\\bfrom (january|jan) (to|till|until|through) (now|today|date|present)\\b",
                        "since the start of the year")
                .replaceAll("\\bfrom ([a-z]+)( \\d{4})? (to|till|until|through) (now|today|date|present)\\b", "since $1$2");
    }

    private static final Pattern END_OF_YEAR = Pattern.compile("\\b(since|after|from) the (end|close) of (19\\d\\d|20\\d\\d)\\b");
    private static final Pattern START_OF_YEAR = Pattern.compile("\\b(the )?(start|beginning) of (19\\d\\d|20\\d\\d)\\b");
    private static final Pattern MONTH_BESIDE = Pattern.compile("\\bthe month (before|after) (january|february|march|april|"
            + "may|june|july|august|september|october|november|december)( \\d{4})?\\b");

    /** "since the end of 2024" → since 2025-01-01; "the month before March 2025" → February 2025. */
    private static String shifted(String text) {
        Matcher end = END_OF_YEAR.matcher(text);
        StringBuilder out = new StringBuilder();
        while (end.find()) {
            end.appendReplacement(out, end.group(1) + " " + (Integer.parseInt(end.group(3)) + 1) + "-01-01");
        }
        end.appendTail(out);
        String result = START_OF_YEAR.matcher(out.toString()).replaceAll("$3-01-01");
        Matcher beside = MONTH_BESIDE.matcher(result);
        out = new StringBuilder();
        while (beside.find()) {
            Month month = Month.valueOf(beside.group(2).toUpperCase(Locale.ROOT));
            int year = beside.group(3) == null ? 0 : Integer.parseInt(beside.group(3).strip());
            boolean before = beside.group(1).equals("before");
            Month other = before ? month.minus(1) : month.plus(1);
            int otherYear = year == 0 ? 0 : before && month == Month.JANUARY ? year - 1
                    : !before && month == Month.DECEMBER ? year + 1 : year;
            beside.appendReplacement(out, "in " + other.getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    .toLowerCase(Locale.ROOT) + (otherYear == 0 ? "" : " " + otherYear));
        }
        beside.appendTail(out);
        return out.toString();
    }

    private static final Pattern NUMBER_WORD = Pattern.compile("\\b(a couple of|a couple|an|a|one|two|three|four|five|"
            + "six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|thirty|sixty|ninety)\\s+(day|week|month|year|"
            + "quarter)(s?)\\b");
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a couple of", 2),
            Map.entry("a couple", 2), Map.entry("an", 1), Map.entry("a", 1), Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("eighteen", 18), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("sixty", 60), Map.entry("ninety", 90));

    /** "two weeks" → "2 weeks", "a month" → "1 month", so one pattern reads counted periods. */
    private static String numbers(String text) {
        Matcher matcher = NUMBER_WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, NUMBERS.get(matcher.group(1)) + " " + matcher.group(2) + matcher.group(3));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static final Pattern SPELLED_DATE = Pattern.compile("\\b(january|february|march|april|may|june|july|"
            + "august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.? "
            + "(\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b|\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(january|february|march|"
            + "april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|"
            + "nov|dec),? (\\d{4})\\b");

    /** "march 1, 2026" and "1 march 2026" become "2026-03-01", which the rest reads as a date. */
    static String spelledDates(String text) {
        Matcher matcher = SPELLED_DATE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String month = matcher.group(1) != null ? matcher.group(1) : matcher.group(5);
            String day = matcher.group(1) != null ? matcher.group(2) : matcher.group(4);
            String year = matcher.group(1) != null ? matcher.group(3) : matcher.group(6);
            matcher.appendReplacement(out, String.format(Locale.ROOT, "%s-%02d-%02d", year,
                    TimeRanges.parseMonth(month).getValue(), Integer.parseInt(day)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
