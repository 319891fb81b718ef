package dev.bitofgit.answer;

import static dev.bitofgit.answer.TimeRanges.monthName;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Periods named by the calendar relative to today: "3 weeks ago", "last quarter", "H1 2025", "between
 * 2021 and 2023", "last summer", "last weekend", "Christmas", "since last month".
 */
final class CalendarRanges {
    private CalendarRanges() {
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
    static Optional<TimeRange> calendar(String text, LocalDate today) {
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
}
