package dev.bitofgit.answer;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the period a question talks about, relative to today: "last week", "this month", "last year", "in 2023",
 * "since March", "in March 2024", "last 30 days", "yesterday". Weeks start on Monday; "last week" is the previous
 * calendar week, "last month" the previous calendar month.
 */
final class TimeRanges {
    private static final Pattern YEAR = Pattern.compile("\\b(?:in|during|for|of|from)?\\s*(19\\d\\d|20\\d\\d)\\b");
    private static final Pattern LAST_N = Pattern.compile("\\b(?:last|past|previous)\\s+(\\d{1,3})\\s+(day|week|month|quarter|year)s?\\b");
    private static final Pattern MONTH = Pattern.compile("\\b(since|in|during)?\\s*(january|february|march|april|may|june|july|"
            + "august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\b(?:\\s+(\\d{4}))?");

    private TimeRanges() {
    }

    private static final Pattern ISO_DATE = Pattern.compile("\\b(since|after|from|before|until|on)?\\s*(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern RELATIVE_YEAR = Pattern.compile("\\b(this|last|previous|past) year\\b|\\b(19\\d\\d|20\\d\\d)\\b");

    /** Every period named, in order ("this year than last year", "2023 vs 2024"), for comparisons. */
    static List<TimeRange> all(String question, LocalDate today) {
        String text = plain(question.toLowerCase(Locale.ROOT));
        if (text.matches(".*\\blast year\\b.*") && !text.matches(".*\\bthis year\\b.*")
                && text.matches(".*\\b(so far|to date|ytd|currently|now)\\b.*")) {
            text = text.replaceFirst("\\b(so far|to date|ytd|currently|now)\\b", "this year");
        }
        List<TimeRange> parts = yearParts(text, today);
        Matcher years = Pattern.compile("\\b(19|20)\\d\\d\\b").matcher(text);
        long yearsWritten = years.results().count();
        if (parts.size() >= 2 && yearsWritten <= 1) {
            return parts;
        }
        // "October 2026 compared with October 2025", "Q1 2025 vs Q1 2024", "last week or the week before": each side
        // of the comparison is read as a period of its own.
        List<TimeRange> sides = sides(text, today);
        if (sides.size() >= 2 && sides.stream().anyMatch(side -> !isWholeYear(side))) {
            return sides;
        }
        List<TimeRange> ranges = new ArrayList<>();
        Matcher matcher = RELATIVE_YEAR.matcher(text);
        LocalDate firstOfYear = today.withDayOfYear(1);
        while (matcher.find()) {
            TimeRange range;
            if (matcher.group(2) != null) {
                int y = Integer.parseInt(matcher.group(2));
                range = new TimeRange(LocalDate.of(y, 1, 1), LocalDate.of(y + 1, 1, 1), "in " + y);
            } else if (matcher.group(1).equals("this")) {
                range = new TimeRange(firstOfYear, today.plusDays(1), "this year (" + today.getYear() + ")");
            } else {
                range = new TimeRange(firstOfYear.minusYears(1), firstOfYear, "last year (" + (today.getYear() - 1) + ")");
            }
            if (ranges.stream().noneMatch(r -> r.since().equals(range.since()))) {
                ranges.add(range);
            }
        }
        return ranges.size() >= 2 ? ranges : months(text, today).size() >= 2 ? months(text, today) : ranges;
    }

    private static final Pattern SIDE_BREAK = Pattern.compile("\\b(?:vs\\.?|versus|compared (?:with|to)|against|than|"
            + "or|over|relative to|and)\\b");

    /** The periods on each side of the words that set two periods against each other, when each side names one. */
    private static List<TimeRange> sides(String text, LocalDate today) {
        if (text.matches(".*\\b(between|from)\\b.*")) {
            return List.of(); // "between March and June" is one span
        }
        List<TimeRange> found = new ArrayList<>();
        // "jan or feb this year": the year said once, after the last month, belongs to every month named
        Matcher shared = Pattern.compile("\\b(this|last) year\\b|\\b((?:19|20)\\d\\d)\\b").matcher(text);
        String year = "";
        long yearsSaid = Pattern.compile("\\b(this|last) year\\b|\\b(19|20)\\d\\d\\b").matcher(text).results().count();
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
            Optional<TimeRange> range = find(side, today);
            if (range.isPresent() && found.stream().noneMatch(r -> r.since().equals(range.get().since())
                    && r.until().equals(range.get().until()))) {
                found.add(range.get());
            }
        }
        return found;
    }

    private static boolean isWholeYear(TimeRange range) {
        return range.since().getDayOfYear() == 1 && (range.until().equals(range.since().plusYears(1))
                || range.label().matches("this year.*"));
    }

    private static final Pattern MONTH_DAY = Pattern.compile("\\b(january|february|march|april|may|june|july|august|"
            + "september|october|november|december) (\\d{1,2})(?:st|nd|rd|th)?\\b(?!:)(?:,? (\\d{4}))?|\\b(\\d{1,2})(?:st|nd|rd|"
            + "th)? (?:of )?(january|february|march|april|may|june|july|august|september|october|november|december)\\b"
            + "(?:,? (\\d{4}))?|\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

    /**
     * A date the calendar does not have — "February 30, 2024", "April 31st", "2023-02-29" — said as such, so that it is
     * not silently read as the month or year around it.
     */
    static Optional<String> impossibleDate(String question) {
        Matcher m = MONTH_DAY.matcher(question.toLowerCase(Locale.ROOT));
        while (m.find()) {
            int year;
            int month;
            int day;
            if (m.group(7) != null) {
                year = Integer.parseInt(m.group(7));
                month = Integer.parseInt(m.group(8));
                day = Integer.parseInt(m.group(9));
                if (month < 1 || month > 12) {
                    return Optional.of(m.group() + " is not a date: there is no month " + month + ".");
                }
            } else {
                boolean first = m.group(1) != null;
                month = parseMonth(first ? m.group(1) : m.group(5)).getValue();
                day = Integer.parseInt(first ? m.group(2) : m.group(4));
                String y = first ? m.group(3) : m.group(6);
                year = y == null ? 2024 : Integer.parseInt(y); // a leap year: February 29 exists in some year
            }
            YearMonth ym = YearMonth.of(year, month);
            if (day < 1 || day > ym.lengthOfMonth()) {
                String name = monthName(Month.of(month));
                boolean yearSaid = m.group(7) != null || (m.group(1) != null ? m.group(3) : m.group(6)) != null;
                return Optional.of(name + " " + day + (yearSaid ? ", " + year : "") + " is not a date: " + name
                        + (yearSaid ? " " + year : "") + " has " + (yearSaid ? ym.lengthOfMonth()
                        : Month.of(month).maxLength()) + " days.");
            }
        }
        return Optional.empty();
    }

    private static final Pattern YEAR_PART = Pattern.compile("\\b(first half|second half|h1|h2|q1|q2|q3|q4|first quarter|"
            + "second quarter|third quarter|fourth quarter|last quarter)\\b");

    /**
     * "the first half or the second half of 2024", "Q1 vs Q2 2025", "H1 or H2 last year": halves and quarters of one
     * year, which the year written once (or this year) completes.
     */
    private static List<TimeRange> yearParts(String text, LocalDate today) {
        List<String> named = new ArrayList<>();
        Matcher part = YEAR_PART.matcher(text);
        while (part.find()) {
            named.add(part.group(1));
        }
        if (named.size() < 2) {
            return List.of();
        }
        Matcher year = RELATIVE_YEAR.matcher(text);
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
    private static List<TimeRange> months(String text, LocalDate today) {
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
                pending.add(new int[] {parseMonth(matcher.group(2)).getValue(),
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

    private static final Pattern AGO = Pattern.compile("\\b(\\d{1,3}) (day|week|month|year)s? ago\\b");
    private static final Pattern QUARTER = Pattern.compile("\\b(?:(this|last|previous|past) quarter|q([1-4])(?:[ /'-]*"
            + "(\\d{4}|\\d{2}))?|(first|second|third|fourth|1st|2nd|3rd|4th) quarter(?: of (\\d{4}|this year|last year))?)\\b");
    private static final Pattern HALF = Pattern.compile("\\b(?:(first|second) half|h([12]))(?: of)? (\\d{4}|this year|"
            + "last year)\\b|\\b(early|mid|late)[- ](\\d{4})\\b");
    private static final Pattern YEAR_SPAN = Pattern.compile("\\b(?:between|from) (19\\d\\d|20\\d\\d) (?:and|to|through|"
            + "till|until|-) (19\\d\\d|20\\d\\d)\\b|\\b(19\\d\\d|20\\d\\d) ?(?:-|–|through) ?(19\\d\\d|20\\d\\d)\\b");
    private static final Pattern SEASON_NOW = Pattern.compile("\\b(?:(this|last|past|previous)|(?:in|during|over) the) "
            + "(spring|summer|autumn|fall|winter)\\b(?! (of )?\\d{4})");
    private static final Pattern WEEKEND = Pattern.compile("\\b(this|last|past|previous) weekend\\b");
    private static final Pattern WEEKDAY_DATE = Pattern.compile("\\b(last|this past|previous) (monday|tuesday|wednesday|"
            + "thursday|friday|saturday|sunday)\\b");
    private static final Pattern HOLIDAY = Pattern.compile("\\b(christmas eve|christmas day|christmas|xmas|new year'?s eve|"
            + "new year'?s day|halloween|valentine'?s day)(?: (?:of |in )?(\\d{4}))?\\b");
    private static final Pattern SINCE_LAST = Pattern.compile("\\bsince last (week|month|year)\\b");

    /**
     * Periods counted back from today or named by the calendar: "two weeks ago" (that Monday-to-Sunday week), "a
     * month ago" (that calendar month), "last quarter", "Q3 2025", "the first half of 2024", "late 2023",
     * "2022-2024", "this summer" (the latest one begun), "last weekend", "last Friday", "Christmas 2024", "since last
     * month".
     */
    private static Optional<TimeRange> calendar(String text, LocalDate today) {
        Matcher ago = AGO.matcher(text);
        if (ago.find()) {
            int n = Integer.parseInt(ago.group(1));
            switch (ago.group(2)) {
                case "day" -> {
                    LocalDate day = today.minusDays(n);
                    return Optional.of(new TimeRange(day, day.plusDays(1), "on " + day + " (" + n + " day"
                            + (n == 1 ? "" : "s") + " ago)"));
                }
                case "week" -> {
                    LocalDate monday = today.minusWeeks(n).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                    return Optional.of(new TimeRange(monday, monday.plusWeeks(1), "in the week of " + monday + " ("
                            + n + " week" + (n == 1 ? "" : "s") + " ago)"));
                }
                case "month" -> {
                    LocalDate first = today.minusMonths(n).withDayOfMonth(1);
                    return Optional.of(new TimeRange(first, first.plusMonths(1), "in " + monthName(first.getMonth()) + " "
                            + first.getYear() + " (" + n + " month" + (n == 1 ? "" : "s") + " ago)"));
                }
                default -> {
                    int y = today.getYear() - n;
                    return Optional.of(new TimeRange(LocalDate.of(y, 1, 1), LocalDate.of(y + 1, 1, 1), "in " + y));
                }
            }
        }
        Matcher quarter = QUARTER.matcher(text);
        if (quarter.find()) {
            int current = (today.getMonthValue() - 1) / 3 + 1;
            int year = today.getYear();
            int q;
            if (quarter.group(1) != null) {
                q = quarter.group(1).equals("this") ? current : current - 1;
                if (q == 0) {
                    q = 4;
                    year--;
                }
            } else if (quarter.group(2) != null) {
                q = Integer.parseInt(quarter.group(2));
                year = quarter.group(3) == null ? year : quarter.group(3).length() == 2
                        ? 2000 + Integer.parseInt(quarter.group(3)) : Integer.parseInt(quarter.group(3));
            } else {
                q = "1st first".contains(quarter.group(4)) ? 1 : "2nd second".contains(quarter.group(4)) ? 2
                        : "3rd third".contains(quarter.group(4)) ? 3 : 4;
                year = quarter.group(5) == null || quarter.group(5).equals("this year") ? year
                        : quarter.group(5).equals("last year") ? year - 1 : Integer.parseInt(quarter.group(5));
            }
            LocalDate start = LocalDate.of(year, 3 * q - 2, 1);
            if (quarter.group(2) != null && quarter.group(3) == null && start.isAfter(today)) {
                start = start.minusYears(1);
            }
            return Optional.of(new TimeRange(start, start.plusMonths(3), "in Q" + q + " " + start.getYear() + " ("
                    + monthName(start.getMonth()) + " to " + monthName(start.plusMonths(2).getMonth()) + ")"));
        }
        Matcher half = HALF.matcher(text);
        if (half.find()) {
            if (half.group(4) != null) {
                int y = Integer.parseInt(half.group(5));
                int from = switch (half.group(4)) {
                    case "early" -> 1;
                    case "mid" -> 5;
                    default -> 9;
                };
                LocalDate start = LocalDate.of(y, from, 1);
                return Optional.of(new TimeRange(start, start.plusMonths(4), "in " + half.group(4) + " " + y + " ("
                        + monthName(start.getMonth()) + " to " + monthName(start.plusMonths(3).getMonth()) + ")"));
            }
            int y = half.group(3).equals("this year") ? today.getYear() : half.group(3).equals("last year")
                    ? today.getYear() - 1 : Integer.parseInt(half.group(3));
            boolean first = "first".equals(half.group(1)) || "1".equals(half.group(2));
            LocalDate start = LocalDate.of(y, first ? 1 : 7, 1);
            return Optional.of(new TimeRange(start, start.plusMonths(6), "in the " + (first ? "first" : "second")
                    + " half of " + y));
        }
        Matcher span = YEAR_SPAN.matcher(text);
        if (span.find()) {
            int from = Integer.parseInt(span.group(1) != null ? span.group(1) : span.group(3));
            int to = Integer.parseInt(span.group(2) != null ? span.group(2) : span.group(4));
            if (from < to) {
                return Optional.of(new TimeRange(LocalDate.of(from, 1, 1), LocalDate.of(to + 1, 1, 1),
                        "from " + from + " to " + to));
            }
        }
        Matcher holiday = HOLIDAY.matcher(text);
        if (holiday.find()) {
            String name = holiday.group(1);
            int y = holiday.group(2) != null ? Integer.parseInt(holiday.group(2)) : today.getYear();
            LocalDate day = name.startsWith("christmas eve") ? LocalDate.of(y, 12, 24)
                    : name.startsWith("christmas") || name.equals("xmas") ? LocalDate.of(y, 12, 25)
                    : name.endsWith("eve") ? LocalDate.of(y, 12, 31)
                    : name.startsWith("new year") ? LocalDate.of(y, 1, 1)
                    : name.equals("halloween") ? LocalDate.of(y, 10, 31) : LocalDate.of(y, 2, 14);
            if (holiday.group(2) == null && day.isAfter(today)) {
                day = day.minusYears(1);
            }
            return Optional.of(new TimeRange(day, day.plusDays(1), "on " + day));
        }
        Matcher weekend = WEEKEND.matcher(text);
        if (weekend.find()) {
            LocalDate saturday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
            if (!weekend.group(1).equals("this") && !today.isAfter(saturday.plusDays(1))) {
                saturday = saturday.minusWeeks(1);
            }
            return Optional.of(new TimeRange(saturday, saturday.plusDays(2), "on the weekend of " + saturday));
        }
        Matcher weekday = WEEKDAY_DATE.matcher(text);
        if (weekday.find()) {
            LocalDate day = today.with(TemporalAdjusters.previous(DayOfWeek.valueOf(weekday.group(2).toUpperCase(Locale.ROOT))));
            return Optional.of(new TimeRange(day, day.plusDays(1), "on " + weekday.group(2).substring(0, 1)
                    .toUpperCase(Locale.ROOT) + weekday.group(2).substring(1) + " " + day));
        }
        Matcher sinceLast = SINCE_LAST.matcher(text);
        if (sinceLast.find()) {
            LocalDate start = switch (sinceLast.group(1)) {
                case "week" -> today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
                case "month" -> today.withDayOfMonth(1).minusMonths(1);
                default -> today.withDayOfYear(1).minusYears(1);
            };
            return Optional.of(new TimeRange(start, today.plusDays(1), "since " + start));
        }
        Matcher season = SEASON_NOW.matcher(text);
        if (season.find()) {
            int startMonth = switch (season.group(2)) {
                case "spring" -> 3;
                case "summer" -> 6;
                case "winter" -> 12;
                default -> 9;
            };
            LocalDate start = LocalDate.of(today.getYear(), startMonth, 1);
            while (start.isAfter(today)) {
                start = start.minusYears(1);
            }
            boolean previous = season.group(1) != null && !season.group(1).equals("this");
            if (previous) {
                start = start.minusYears(1);
            }
            LocalDate end = start.plusMonths(3);
            String name = season.group(2);
            return Optional.of(new TimeRange(start, end.isAfter(today.plusDays(1)) ? today.plusDays(1) : end,
                    "in the " + name + " of " + start.getYear() + " (" + monthName(start.getMonth()) + " to "
                            + monthName(start.plusMonths(2).getMonth()) + ")"));
        }
        return Optional.empty();
    }

    static Optional<TimeRange> find(String question, LocalDate today) {
        String text = plain(question.toLowerCase(Locale.ROOT));
        text = spelledDates(text);
        Optional<TimeRange> named = calendar(text, today);
        if (named.isPresent()) {
            return named;
        }
        Matcher span = Pattern.compile("\\b(?:between|from) (january|february|march|april|may|june|july|august|"
                + "september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)(?: (\\d{4}))? "
                + "(?:and|to|through|till|until|-) (january|february|march|april|may|june|july|august|september|october|"
                + "november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)(?: (\\d{4}))?\\b").matcher(text);
        if (span.find()) {
            int endYear = span.group(4) != null ? Integer.parseInt(span.group(4))
                    : span.group(2) != null ? Integer.parseInt(span.group(2)) : today.getYear();
            int startYear = span.group(2) != null ? Integer.parseInt(span.group(2)) : endYear;
            LocalDate start = LocalDate.of(startYear, parseMonth(span.group(1)), 1);
            LocalDate end = LocalDate.of(endYear, parseMonth(span.group(3)), 1).plusMonths(1);
            if (start.isBefore(end)) {
                return Optional.of(new TimeRange(start, end, "from " + monthName(start.getMonth()) + " to "
                        + monthName(end.minusMonths(1).getMonth()) + " " + endYear));
            }
        }
        Matcher season = Pattern.compile("\\b(spring|summer|autumn|fall|winter)(?: of)? (\\d{4})\\b").matcher(text);
        if (season.find()) {
            int y = Integer.parseInt(season.group(2));
            LocalDate start = switch (season.group(1)) {
                case "spring" -> LocalDate.of(y, 3, 1);
                case "summer" -> LocalDate.of(y, 6, 1);
                case "winter" -> LocalDate.of(y, 12, 1);
                default -> LocalDate.of(y, 9, 1);
            };
            return Optional.of(new TimeRange(start, start.plusMonths(3), "in the " + season.group(1) + " of " + y
                    + " (" + monthName(start.getMonth()) + " to " + monthName(start.plusMonths(2).getMonth()) + ")"));
        }
        Matcher iso = ISO_DATE.matcher(text);
        if (iso.find()) {
            try {
                LocalDate date = LocalDate.of(Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)),
                        Integer.parseInt(iso.group(4)));
                String word = iso.group(1) == null ? "on" : iso.group(1);
                return Optional.of(switch (word) {
                    case "before", "until" -> new TimeRange(LocalDate.of(1970, 1, 1), date, "before " + date);
                    case "on" -> new TimeRange(date, date.plusDays(1), "on " + date);
                    default -> new TimeRange(date, today.plusDays(1).isAfter(date) ? today.plusDays(1)
                            : date.plusDays(1), "since " + date);
                });
            } catch (DateTimeException e) {
                // not a date after all ("2024-13-40"): read on
            }
        }
        Matcher lastN = LAST_N.matcher(text);
        if (lastN.find()) {
            int n = Integer.parseInt(lastN.group(1));
            LocalDate since = switch (lastN.group(2)) {
                case "day" -> today.minusDays(n - 1L);
                case "week" -> today.minusWeeks(n).plusDays(1);
                case "month" -> today.minusMonths(n).plusDays(1);
                case "quarter" -> today.minusMonths(3L * n).plusDays(1);
                default -> today.minusYears(n).plusDays(1);
            };
            return Optional.of(new TimeRange(since, today.plusDays(1), "in the last " + n + " " + lastN.group(2) + (n == 1 ? "" : "s")));
        }
        if (text.matches(".*\\b(lately|(?<!most )(?<!how )recently|these days|of late|past few weeks|last few weeks)\\b.*")) {
            return Optional.of(new TimeRange(today.minusDays(29), today.plusDays(1), "in the last 30 days"));
        }
        if (text.contains("yesterday")) {
            return Optional.of(new TimeRange(today.minusDays(1), today, "yesterday"));
        }
        if (text.contains("today")) {
            return Optional.of(new TimeRange(today, today.plusDays(1), "today"));
        }
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (text.matches(".*\\b(last|previous|past) week\\b.*")) {
            return Optional.of(new TimeRange(monday.minusWeeks(1), monday, "last week"));
        }
        if (text.matches(".*\\bthis week\\b.*")) {
            return Optional.of(new TimeRange(monday, today.plusDays(1), "this week"));
        }
        LocalDate firstOfMonth = today.withDayOfMonth(1);
        if (text.matches(".*\\b(last|previous|past) month\\b.*")) {
            return Optional.of(new TimeRange(firstOfMonth.minusMonths(1), firstOfMonth,
                    "in " + monthName(firstOfMonth.minusMonths(1).getMonth()) + " " + firstOfMonth.minusMonths(1).getYear()));
        }
        if (text.matches(".*\\bthis month\\b.*")) {
            return Optional.of(new TimeRange(firstOfMonth, today.plusDays(1), "this month"));
        }
        LocalDate startOfYear = today.withDayOfYear(1);
        if (text.matches(".*\\b(so far this year|this year so far|year to date|ytd|since (the )?(start|beginning) of (the|"
                + "this) year|since new year'?s?( day)?|since january( 1(st)?)?( this year)?)\\b.*")) {
            return Optional.of(new TimeRange(startOfYear, today.plusDays(1), "this year"));
        }
        LocalDate firstOfYear = today.withDayOfYear(1);
        if (text.matches(".*\\b(last|previous|past) year\\b.*")) {
            return Optional.of(new TimeRange(firstOfYear.minusYears(1), firstOfYear, "in " + (today.getYear() - 1)));
        }
        if (text.matches(".*\\bthis year\\b.*")) {
            return Optional.of(new TimeRange(firstOfYear, today.plusDays(1), "this year"));
        }
        Matcher month = MONTH.matcher(text);
        while (month.find()) {
            String word = month.group(2);
            if (word.equals("may") && month.group(1) == null && month.group(3) == null) {
                continue; // "may" is usually a verb
            }
            Month which = parseMonth(word);
            int year = month.group(3) != null ? Integer.parseInt(month.group(3)) : today.getYear();
            LocalDate start = LocalDate.of(year, which, 1);
            if (month.group(3) == null && start.isAfter(today)) {
                start = start.minusYears(1);
            }
            if ("since".equals(month.group(1))) {
                return Optional.of(new TimeRange(start, today.plusDays(1), "since " + monthName(which) + " " + start.getYear()));
            }
            return Optional.of(new TimeRange(start, start.plusMonths(1), "in " + monthName(which) + " " + start.getYear()));
        }
        Matcher edge = Pattern.compile("\\b(before|until|prior to|earlier than|after|later than)\\s+(19\\d\\d|20\\d\\d)\\b")
                .matcher(text);
        if (edge.find()) {
            int y = Integer.parseInt(edge.group(2));
            boolean before = edge.group(1).matches("before|until|prior to|earlier than");
            return Optional.of(before ? new TimeRange(LocalDate.of(1970, 1, 1), LocalDate.of(y, 1, 1), "before " + y)
                    : new TimeRange(LocalDate.of(y + 1, 1, 1), today.plusDays(1).isAfter(LocalDate.of(y + 1, 1, 1))
                    ? today.plusDays(1) : LocalDate.of(y + 1, 1, 2), "after " + y));
        }
        Matcher year = YEAR.matcher(text);
        if (year.find()) {
            int y = Integer.parseInt(year.group(1));
            if (text.contains("since " + y)) {
                return Optional.of(new TimeRange(LocalDate.of(y, 1, 1), today.plusDays(1), "since " + y));
            }
            return Optional.of(new TimeRange(LocalDate.of(y, 1, 1), LocalDate.of(y + 1, 1, 1), "in " + y));
        }
        return Optional.empty();
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
                    parseMonth(month).getValue(), Integer.parseInt(day)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static Month parseMonth(String word) {
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(word.substring(0, 3))) {
                return month;
            }
        }
        throw new IllegalArgumentException("not a month: " + word);
    }

    private static String monthName(Month month) {
        return month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
