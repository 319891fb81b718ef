package dev.bitofgit.answer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** How answers say things: numbers with separators, bold names in a list, months and weekdays by name, periods. */
final class Say {
    private Say() {
    }

    static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    static String plural(long count, String word) {
        return number(count) + " " + (count == 1 ? word : word.matches(".*[^aeiou]y")
                ? word.substring(0, word.length() - 1) + "ies" : word.endsWith("s") ? word : word + "s");
    }

    static String bold(String name) {
        return "**" + name + "**";
    }

    /** "**a**, **b** and **c**". */
    static String boldList(List<String> names) {
        List<String> bolded = names.stream().map(Say::bold).toList();
        return join(bolded);
    }

    static String join(List<String> parts) {
        if (parts.isEmpty()) {
            return "";
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    static <T> String join(Iterable<T> items, Function<T, String> shown) {
        List<String> parts = new ArrayList<>();
        items.forEach(item -> parts.add(shown.apply(item)));
        return join(parts);
    }

    static List<String> names(JsonNode array, String field) {
        List<String> names = new ArrayList<>();
        if (array != null) {
            array.forEach(item -> names.add(item.get(field).asString()));
        }
        return names;
    }

    /** "2024-03" → "March 2024"; "2024-W09" stays; "3" (weekday) → "Wednesday"; "09" (hour) → "09:00–10:00". */
    static String period(String groupBy, String key) {
        return switch (groupBy) {
            case "month" -> {
                YearMonth month = YearMonth.parse(key);
                yield month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
            }
            case "hour" -> {
                int hour = Integer.parseInt(key);
                yield String.format(Locale.ROOT, "%02d:00–%02d:00", hour, (hour + 1) % 24);
            }
            default -> key;
        };
    }

    /** 1 → "1st", 22 → "22nd", 1000 → "1,000th". */
    static String ordinal(long n) {
        long lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch ((int) (n % 10)) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return number(n) + suffix;
    }

    static String weekday(int isoDay) {
        return DayOfWeek.of(isoDay).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** The date part of an ISO timestamp ("2024-03-05T10:00:00+01:00" → "2024-03-05"). */
    static String day(JsonNode timestamp) {
        String text = timestamp.asString();
        return text.length() >= 10 ? text.substring(0, 10) : text;
    }

    /** How long before today a day was: "today", "yesterday", "12 days ago", "3 months ago", "2 years ago". */
    static String ago(LocalDate day, LocalDate today) {
        long days = ChronoUnit.DAYS.between(day, today);
        if (days <= 0) {
            return days == 0 ? "today" : "in the future";
        }
        if (days == 1) {
            return "yesterday";
        }
        long months = ChronoUnit.MONTHS.between(day, today);
        long years = months / 12;
        return days < 60 ? days + " days ago" : years < 2 ? months + " months ago" : years + " years ago";
    }

    static String monthYear(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getYear();
    }

    /** The period's words ("in 2024"), or {@code otherwise}. */
    static String when(Optional<TimeRange> range, String otherwise) {
        return range.map(TimeRange::label).orElse(otherwise);
    }

    /** since/until arguments for a period (whole days). */
    static ObjectNode range(ObjectNode arguments, Optional<TimeRange> range) {
        range.ifPresent(r -> arguments.put("since", r.since().toString()).put("until", r.until().toString()));
        return arguments;
    }

    static String zone(Optional<Reading.Zone> zone) {
        return zone.map(z -> z.label()).orElse("each commit's own time zone");
    }

    /** The honesty line: the parts of the reading that shaped the answer, comma-separated. */
    static String readAs(String... parts) {
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                kept.add(part);
            }
        }
        return String.join(", ", kept);
    }

    /** "your own commits" / "everyone's commits". */
    static String whose(boolean own) {
        return own ? "your own commits" : "everyone's commits";
    }

    static String repoScope(Optional<String> repo) {
        return repo.map(name -> "repository " + name).orElse("all repositories");
    }
}
