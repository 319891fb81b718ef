package dev.bitofgit.eval;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The ways a person writes a number, a date, a month, an hour or a name: each method turns one fact into a
 * {@link FactGroup} of acceptable spellings, so the bank never insists on one answer format.
 */
final class FactFormats {
    private static final List<String> WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve");
    /** Ways of saying "there are none" in a list answer. */
    private static final List<String> NONE = List.of("none", "no repositories", "no repos", "no projects",
            "0 repositories", "0 repos", "0 projects", "every repository", "every repo", "every project",
            "all of your", "all your", "all repositories", "all repos");

    private FactFormats() {
    }

    static FactGroup count(long number) {
        List<String> ways = new ArrayList<>();
        ways.add(Long.toString(number));
        if (number >= 0 && number < WORDS.size()) {
            ways.add(WORDS.get((int) number));
        }
        return FactGroup.anyOf(ways);
    }

    /** A count with its unit, for small numbers that would otherwise be found anywhere: "12 days", "12-day". */
    static FactGroup countOf(long number, String... units) {
        List<String> ways = new ArrayList<>();
        for (String unit : units) {
            ways.add(number + " " + unit);
            ways.add(number + "-" + unit);
            if (number >= 0 && number < WORDS.size()) {
                ways.add(WORDS.get((int) number) + " " + unit);
            }
        }
        return FactGroup.anyOf(ways);
    }

    /** Zero of something: "0 commits", "no commits", "none", "didn't make any". */
    static FactGroup zero(String noun) {
        return FactGroup.anyOf("0 " + noun, "no " + noun, "zero " + noun, "none", "didn't make any",
                "did not make any", "not a single", "no activity");
    }

    static FactGroup date(LocalDate date) {
        String month = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String shortMonth = date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        int day = date.getDayOfMonth();
        int year = date.getYear();
        Set<String> ways = new LinkedHashSet<>();
        ways.add(date.toString());
        for (String name : List.of(month, shortMonth)) {
            ways.add(name + " " + day + ", " + year);
            ways.add(name + " " + day + " " + year);
            ways.add(name + " " + day + ordinal(day) + ", " + year);
            ways.add(day + " " + name + " " + year);
            ways.add(day + ordinal(day) + " " + name + " " + year);
            ways.add(day + ". " + name + " " + year);
        }
        return FactGroup.anyOf(new ArrayList<>(ways));
    }

    static FactGroup month(YearMonth month) {
        String name = month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String shortName = month.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        return FactGroup.anyOf(name + " " + month.getYear(), shortName + " " + month.getYear(), month.toString(),
                String.format(Locale.ROOT, "%02d/%d", month.getMonthValue(), month.getYear()));
    }

    /** Months tied for first place: naming any one of them is right. */
    static FactGroup anyMonth(Collection<YearMonth> months) {
        List<String> ways = new ArrayList<>();
        months.forEach(month -> ways.addAll(month(month).alternatives()));
        return FactGroup.anyOf(ways);
    }

    static FactGroup weekday(DayOfWeek day) {
        String name = day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return FactGroup.anyOf(name, name + "s");
    }

    /** An hour of the day as "14:00", "14h", "2 pm", "2pm" or "2 p.m.". */
    static FactGroup hour(int hour) {
        List<String> ways = new ArrayList<>();
        ways.add(String.format(Locale.ROOT, "%02d:00", hour));
        ways.add(hour + ":00");
        ways.add(String.format(Locale.ROOT, "%02dh", hour));
        int twelve = hour % 12 == 0 ? 12 : hour % 12;
        String half = hour < 12 ? "am" : "pm";
        ways.add(twelve + " " + half);
        ways.add(twelve + half);
        ways.add(twelve + " " + half.charAt(0) + "." + half.charAt(1) + ".");
        return FactGroup.anyOf(new ArrayList<>(new LinkedHashSet<>(ways)));
    }

    /** A person by display name or login. */
    static FactGroup person(String name, String login) {
        return FactGroup.anyOf(name, login, "@" + login);
    }

    static FactGroup name(String name) {
        return FactGroup.anyOf(name);
    }

    /** A commit by its sha, shortened to any length GitHub and git show (7 to 12 characters, or whole). */
    static FactGroup sha(String sha) {
        List<String> ways = new ArrayList<>();
        for (int length = 7; length <= 12; length++) {
            ways.add(sha.substring(0, length));
        }
        ways.add(sha);
        return FactGroup.anyOf(ways);
    }

    /** An SPDX license id, or the names people give the common ones. */
    static FactGroup license(String spdx) {
        return switch (spdx) {
            case "Apache-2.0" -> FactGroup.anyOf("Apache-2.0", "Apache 2.0", "Apache License 2.0", "Apache License, Version 2.0");
            case "MIT" -> FactGroup.anyOf("MIT");
            default -> FactGroup.anyOf(spdx);
        };
    }

    /** A list answer that should say there is nothing to list. */
    static FactGroup none() {
        return FactGroup.anyOf(NONE);
    }

    private static String ordinal(int day) {
        if (day >= 11 && day <= 13) {
            return "th";
        }
        return switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
