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
    static final Pattern RELATIVE_YEAR = Pattern.compile("\\b(this|last|previous|past) year\\b|\\b(19\\d\\d|20\\d\\d)\\b");

    /** Every period named, in order ("this year than last year", "2023 vs 2024"), for comparisons. */
    static List<TimeRange> all(String question, LocalDate today) {
        String text = PeriodWords.plain(question.toLowerCase(Locale.ROOT));
        if (text.matches(".*\\blast year\\b.*") && !text.matches(".*\\bthis year\\b.*")
                && text.matches(".*\\b(so far|to date|ytd|currently|now)\\b.*")) {
            text = text.replaceFirst("\\b(so far|to date|ytd|currently|now)\\b", "this year");
        }
        List<TimeRange> parts = ComparedPeriods.yearParts(text, today);
        Matcher years = Regex.of("\\b(19|20)\\d\\d\\b").matcher(text);
        long yearsWritten = years.results().count();
        if (parts.size() >= 2 && yearsWritten <= 1) {
            return parts;
        }
        // "October 2026 compared with October 2025", "Q1 2025 vs Q1 2024", "last week or the week before": each side
        // of the comparison is read as a period of its own.
        List<TimeRange> sides = ComparedPeriods.sides(text, today);
        if (sides.size() >= 2 && sides.stream().anyMatch(side -> !ComparedPeriods.isWholeYear(side))) {
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
        return ranges.size() >= 2 ? ranges : ComparedPeriods.months(text, today).size() >= 2 ? ComparedPeriods.months(text, today) : ranges;
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

    static Optional<TimeRange> find(String question, LocalDate today) {
        String text = PeriodWords.plain(question.toLowerCase(Locale.ROOT));
        text = PeriodWords.spelledDates(text);
        Optional<TimeRange> days = DaySpans.find(text, today);
        if (days.isPresent()) {
            return days;
        }
        Optional<TimeRange> named = CalendarRanges.calendar(text, today);
        if (named.isPresent()) {
            return named;
        }
        Matcher span = Regex.of("\\b(?:between|from) (january|february|march|april|may|june|july|august|"
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
        Matcher season = Regex.of("\\b(spring|summer|autumn|fall|winter)(?: of)? (\\d{4})\\b").matcher(text);
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
        Matcher edge = Regex.of("\\b(before|until|prior to|earlier than|after|later than)\\s+(19\\d\\d|20\\d\\d)\\b")
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

    static Month parseMonth(String word) {
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(word.substring(0, 3))) {
                return month;
            }
        }
        throw new IllegalArgumentException("not a month: " + word);
    }

    static String monthName(Month month) {
        return month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
