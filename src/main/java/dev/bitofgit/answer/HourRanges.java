package dev.bitofgit.answer;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hours of the day a question states: "between midnight and 5 in the morning", "from 9am to 5pm", "after 10pm",
 * "before 8 am", "between 3pm and 4pm". The end is exclusive ("between 3pm and 4pm" is 15:00–15:59); a range may wrap
 * past midnight ("between 10pm and 2am"). Times are 24-hour unless they say am/pm or a part of the day.
 */
final class HourRanges {
    private static final String TIME = "(midnight|noon|midday|\\d{1,2}(?::\\d{2})?(?:\\s*(?:am|pm|a\\.m\\.|p\\.m\\.|h|"
            + "o'?clock))?(?:\\s+(?:in the (?:morning|afternoon|evening)|at night))?)";
    private static final Pattern BETWEEN = Pattern.compile("\\b(?:between|from)\\s+" + TIME + "\\s+(?:and|to|till|until)\\s+"
            + TIME + "(?![\\d/-])");
    private static final Pattern AFTER = Pattern.compile("\\b(?:after|past|later than)\\s+" + TIME + "(?![\\d/-])");
    private static final Pattern BEFORE = Pattern.compile("\\b(?:before|earlier than)\\s+" + TIME + "(?![\\d/-])");

    private HourRanges() {
    }

    /** The stated hours as a part of the day, if the question states any. */
    static Optional<RhythmFamily.Part> find(String text) {
        Matcher between = BETWEEN.matcher(text);
        if (between.find()) {
            OptionalHour from = hour(between.group(1), false);
            OptionalHour to = hour(between.group(2), true);
            int end = to.hour;
            // "between 9 and 5" is office hours: a bare end before a bare start is in the afternoon.
            if (bare(between.group(1)) && bare(between.group(2)) && end <= from.hour && end < 12 && end + 12 > from.hour) {
                end += 12;
            }
            if (from.valid && to.valid && from.hour != end) {
                return Optional.of(part("between " + clock(from.hour) + " and " + clock(end), from.hour, end));
            }
        }
        Matcher after = AFTER.matcher(text);
        if (after.find() && !after.group(1).equals("midnight")) {
            OptionalHour from = hour(after.group(1), false);
            if (from.valid && from.hour > 0 && !year(after.group(1))) {
                return Optional.of(part("after " + clock(from.hour), from.hour, 24));
            }
        }
        Matcher before = BEFORE.matcher(text);
        if (before.find() && !before.group(1).equals("midnight")) {
            OptionalHour to = hour(before.group(1), true);
            if (to.valid && to.hour > 0 && !year(before.group(1))) {
                return Optional.of(part("before " + clock(to.hour), 0, to.hour));
            }
        }
        return Optional.empty();
    }

    private static boolean bare(String said) {
        return said.trim().matches("\\d{1,2}");
    }

    private static boolean year(String said) {
        return said.matches("\\d{3,}");
    }

    private static RhythmFamily.Part part(String name, int from, int to) {
        String range = clock(from) + "–" + String.format(Locale.ROOT, "%02d:59", (to + 23) % 24);
        return new RhythmFamily.Part(name, range, true, from, to);
    }

    private static String clock(int hour) {
        return String.format(Locale.ROOT, "%02d:00", hour % 24);
    }

    private record OptionalHour(boolean valid, int hour) {
    }

    /** An hour 0–24 from "5", "5pm", "17:00", "5 in the evening", "midnight" (24 as an end, 0 as a start), "noon". */
    private static OptionalHour hour(String said, boolean end) {
        String text = said.trim();
        if (text.equals("midnight")) {
            return new OptionalHour(true, end ? 24 : 0);
        }
        if (text.equals("noon") || text.equals("midday")) {
            return new OptionalHour(true, 12);
        }
        Matcher number = Regex.of("^(\\d{1,2})").matcher(text);
        if (!number.find()) {
            return new OptionalHour(false, 0);
        }
        int hour = Integer.parseInt(number.group(1));
        boolean pm = text.matches(".*\\b(pm|p\\.m\\.)$|.*p\\.m\\..*|.*\\d\\s*pm\\b.*|.*in the (afternoon|evening)|.*at night");
        boolean am = text.matches(".*(am|a\\.m\\.).*|.*in the morning");
        if (hour > 24 || (pm || am) && hour > 12) {
            return new OptionalHour(false, 0);
        }
        if (pm && hour < 12 && !(text.endsWith("at night") && hour < 5)) {
            hour += 12;
        }
        if (am && hour == 12) {
            hour = 0;
        }
        return new OptionalHour(true, hour == 24 && !end ? 0 : hour);
    }
}
