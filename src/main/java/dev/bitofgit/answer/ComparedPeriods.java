package dev.bitofgit.answer;

import static dev.bitofgit.answer.TimeRanges.monthName;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The periods a comparison sets side by side: each side of "than" or "vs", the parts of a year ("H1 vs
 * H2", "Q1 or Q3") and every month named ("this month than last month").
 */
final class ComparedPeriods {
    private ComparedPeriods() {
    }

    private static final Pattern SIDE_BREAK = Pattern.compile("\\b(?:vs\\.?|versus|compared (?:with|to)|against|than|"
            + "or|over|relative to|and)\\b");

    /** The periods on each side of the words that set two periods against each other, when each side names one. */
    static List<TimeRange> sides(String text, LocalDate today) {
        // "September to November compared with June to August": spans on both sides of a strong break
        String[] strong = STRONG_BREAK.split(text);
        if (strong.length == 2) {
            Optional<TimeRange> left = TimeRanges.find(asSpan(strong[0]), today);
            Optional<TimeRange> right = TimeRanges.find(asSpan(strong[1]), today);
            if (left.isPresent() && right.isPresent() && !left.get().since().equals(right.get().since())
                    && (isSpan(left.get()) || isSpan(right.get()))) {
                return List.of(left.get(), right.get());
            }
        }
        if (text.matches(".*\\b(between|from)\\b.*")) {
            return List.of(); // "between March and June" is one span
        }
        List<TimeRange> found = new ArrayList<>();
        // "jan or feb this year": the year said once, after the last month, belongs to every month named
        Matcher shared = Regex.of("\\b(this|last) year\\b|\\b((?:19|20)\\d\\d)\\b").matcher(text);
        String year = "";
        long yearsSaid = Regex.of("\\b(this|last) year\\b|\\b(19|20)\\d\\d\\b").matcher(text).results().count();
        if (yearsSaid == 1 && shared.find()) {
            year = shared.group(2) != null ? shared.group(2)
                    : Integer.toString(today.getYear() - (shared.group(1).equals("last") ? 1 : 0));
            text = text.replaceAll("\\b(this|last) year\\b", year);
        }
        for (String side : SIDE_BREAK.split(text)) {
            if (!year.isEmpty() && !side.contains(year)) {
                side = side.replaceAll("\\b(january|february|march|april|may|june|july|august|september|october|"
                        + "november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\b", "$1 " + year);
            }
            if (side.isBlank()) {
                continue;
            }
            Optional<TimeRange> range = TimeRanges.find(side, today);
            if (range.isPresent() && found.stream().noneMatch(r -> r.since().equals(range.get().since())
                    && r.until().equals(range.get().until()))) {
                found.add(range.get());
            }
        }
        return found;
    }

    private static final Pattern STRONG_BREAK = Pattern.compile("\\b(?:vs\\.?|versus|compared (?:with|to)|compare (?:with|to)|"
            + "against|than|relative to)\\b");

    private static final Pattern BARE_SPAN = Pattern.compile("\\b((?:january|february|march|april|may|june|july|august|"
            + "september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\b(?: \\d{4})? "
            + "(?:to|through|thru|till|until|-) (?:january|february|march|april|may|june|july|august|september|october|"
            + "november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\b)");

    /** "June to August 2026" said without "from" on one side of a comparison: the same span as "from June to …". */
    private static String asSpan(String side) {
        return side.matches(".*\\b(from|between)\\b.*") ? side : BARE_SPAN.matcher(side).replaceFirst("from $1");
    }

    /** A span of several months ("from June to August"), which the month-by-month reading would cut to its ends. */
    private static boolean isSpan(TimeRange range) {
        return range.until().isAfter(range.since().plusMonths(1)) && !isWholeYear(range);
    }

    static boolean isWholeYear(TimeRange range) {
        return range.since().getDayOfYear() == 1 && (range.until().equals(range.since().plusYears(1))
                || range.label().matches("this year.*"));
    }

    private static final Pattern YEAR_PART = Pattern.compile("\\b(first half|second half|h1|h2|q1|q2|q3|q4|first quarter|"
            + "second quarter|third quarter|fourth quarter|last quarter)\\b");

    /**
     * "the first half or the second half of 2024", "Q1 vs Q2 2025", "H1 or H2 last year": halves and quarters of one
     * year, which the year written once (or this year) completes.
     */
    static List<TimeRange> yearParts(String text, LocalDate today) {
        List<String> named = new ArrayList<>();
        Matcher part = YEAR_PART.matcher(text);
        while (part.find()) {
            named.add(part.group(1));
        }
        if (named.size() < 2) {
            return List.of();
        }
        Matcher year = TimeRanges.RELATIVE_YEAR.matcher(text);
        int y = today.getYear();
        if (year.find()) {
            y = year.group(2) != null ? Integer.parseInt(year.group(2))
                    : year.group(1).equals("this") ? today.getYear() : today.getYear() - 1;
        }
        List<TimeRange> ranges = new ArrayList<>();
        for (String name : named) {
            int firstMonth = switch (name) {
                case "first half", "h1", "q1", "first quarter" -> 1;
                case "q2", "second quarter" -> 4;
                case "second half", "h2", "q3", "third quarter" -> 7;
                default -> 10;
            };
            int months = name.contains("half") || name.startsWith("h") ? 6 : 3;
            LocalDate start = LocalDate.of(y, firstMonth, 1);
            LocalDate end = start.plusMonths(months);
            String label = "in the " + (name.startsWith("h") ? (name.equals("h1") ? "first half" : "second half")
                    : name.startsWith("q") ? "Q" + name.charAt(1) : name.replace("last quarter", "fourth quarter"))
                    + " of " + y;
            if (!start.isAfter(today)) {
                ranges.add(new TimeRange(start, end.isAfter(today.plusDays(1)) ? today.plusDays(1) : end, label));
            }
        }
        return ranges.size() >= 2 ? ranges : List.of();
    }

    private static final Pattern MONTH_OR_RELATIVE = Pattern.compile("\\b(this|last|previous) month\\b|\\b(january|"
            + "february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|"
            + "sep|sept|oct|nov|dec)\\b(?:\\s+(\\d{4}))?");

    /** "this month than last month", "October vs November 2026": every month named, in order. */
    static List<TimeRange> months(String text, LocalDate today) {
        List<TimeRange> ranges = new ArrayList<>();
        Matcher matcher = MONTH_OR_RELATIVE.matcher(text);
        List<int[]> pending = new ArrayList<>();
        while (matcher.find()) {
            if (matcher.group(1) != null) {
                LocalDate first = today.withDayOfMonth(1).minusMonths(matcher.group(1).equals("this") ? 0 : 1);
                ranges.add(matcher.group(1).equals("this")
                        ? new TimeRange(first, today.plusDays(1), "this month (" + monthName(first.getMonth()) + ")")
                        : new TimeRange(first, first.plusMonths(1), "last month (" + monthName(first.getMonth()) + ")"));
            } else {
                pending.add(new int[] {TimeRanges.parseMonth(matcher.group(2)).getValue(),
                        matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3)), ranges.size()});
                ranges.add(null);
            }
        }
        // A year written once ("from October to November 2026") applies to the months before it.
        int year = 0;
        for (int i = pending.size() - 1; i >= 0; i--) {
            int[] month = pending.get(i);
            year = month[1] != 0 ? month[1] : year;
            LocalDate first = LocalDate.of(year != 0 ? year : today.getYear(), month[0], 1);
            if (year == 0 && first.isAfter(today)) {
                first = first.minusYears(1);
            }
            ranges.set(month[2], new TimeRange(first, first.plusMonths(1), "in " + monthName(first.getMonth()) + " "
                    + first.getYear()));
        }
        List<TimeRange> distinct = new ArrayList<>();
        ranges.forEach(range -> {
            if (distinct.stream().noneMatch(r -> r.since().equals(range.since()))) {
                distinct.add(range);
            }
        });
        return distinct;
    }
}
