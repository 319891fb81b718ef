package dev.bitofgit.answer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Periods a question bounds to the day: "from 2025-12-24 to 2026-01-01" (spelled dates arrive here as ISO dates),
 * "January 1 to 7", "March 3rd–10th, 2025", "the first week of January 2026". The end day is included, as people
 * mean it.
 */
final class DaySpans {
    private static final String MONTHS = "(january|february|march|april|may|june|july|august|september|october|"
            + "november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)";
    private static final String TO = "\\s*(?:to|and|until|till|through|thru|-|–|—)\\s*";
    private static final Pattern ISO_SPAN = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})" + TO
            + "(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern MONTH_DAYS = Pattern.compile("\\b" + MONTHS + "\\.? (\\d{1,2})(?:st|nd|rd|th)?" + TO
            + "(?:" + MONTHS + "\\.? )?(\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?\\b");
    private static final Pattern WEEK_OF = Pattern.compile("\\b(first|1st|second|2nd|third|3rd|fourth|4th|last|final) "
            + "week of " + MONTHS + "(?:,? (\\d{4}))?\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(19\\d\\d|20\\d\\d)\\b");

    private DaySpans() {
    }

    /** The span the text names to the day, if it names one. */
    static Optional<TimeRange> find(String text, LocalDate today) {
        try {
            Matcher iso = ISO_SPAN.matcher(text);
            if (iso.find()) {
                LocalDate from = LocalDate.of(number(iso, 1), number(iso, 2), number(iso, 3));
                LocalDate to = LocalDate.of(number(iso, 4), number(iso, 5), number(iso, 6));
                return span(from, to);
            }
            Matcher days = MONTH_DAYS.matcher(text);
            if (days.find()) {
                int year = days.group(5) != null ? Integer.parseInt(days.group(5)) : yearSaid(text, today);
                Month first = TimeRanges.parseMonth(days.group(1));
                Month second = days.group(3) != null ? TimeRanges.parseMonth(days.group(3)) : first;
                LocalDate from = LocalDate.of(year, first, Integer.parseInt(days.group(2)));
                LocalDate to = LocalDate.of(second.getValue() < first.getValue() ? year + 1 : year, second,
                        Integer.parseInt(days.group(4)));
                return span(from, to);
            }
            Matcher week = WEEK_OF.matcher(text);
            if (week.find()) {
                int year = week.group(3) != null ? Integer.parseInt(week.group(3)) : yearSaid(text, today);
                YearMonth month = YearMonth.of(year, TimeRanges.parseMonth(week.group(2)));
                int start = switch (week.group(1)) {
                    case "first", "1st" -> 1;
                    case "second", "2nd" -> 8;
                    case "third", "3rd" -> 15;
                    case "fourth", "4th" -> 22;
                    default -> month.lengthOfMonth() - 6;
                };
                return span(month.atDay(start), month.atDay(start + 6));
            }
        } catch (DateTimeException | NumberFormatException e) {
            // "February 30 to 31": no such days; the question is read without a day span
        }
        return Optional.empty();
    }

    private static Optional<TimeRange> span(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return Optional.empty();
        }
        return Optional.of(new TimeRange(from, to.plusDays(1), from.equals(to) ? "on " + from
                : "from " + from + " to " + to));
    }

    private static int number(Matcher matcher, int group) {
        return Integer.parseInt(matcher.group(group));
    }

    /** The year the question names elsewhere ("… of January 2026 (January 1 to 7)"), else this year. */
    private static int yearSaid(String text, LocalDate today) {
        Matcher year = YEAR.matcher(text);
        return year.find() ? Integer.parseInt(year.group(1)) : today.getYear();
    }
}
