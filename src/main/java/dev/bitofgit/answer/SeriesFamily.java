package dev.bitofgit.answer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Commits broken down over time: "how many commits did I make each year", "month by month in 2025", "in each of
 * the last six months", and the gaps in it — "which months of 2025 had no commits", "how many weeks this year did I
 * not commit". Every year, month or week of the period is listed, the empty ones included.
 */
final class SeriesFamily implements CommitFamily {
    @Override
    public int fit(Reading r) {
        boolean aboutCommits = r.mentionsCommits() || r.matches("\\b(activity|active|coded|coding|work(ed)?)\\b");
        if (!aboutCommits || unit(r).isEmpty() || r.inactive().isPresent() || r.mentionsRepos()
                || r.matches("\\b(busiest|most|least|fewest|quietest|peak|top)\\b")
                || r.matches("\\b(per|each|every|by) (repo|repository|project|language|person)\\b")) {
            return 0;
        }
        return 80;
    }

    /** year, month or week, when the question asks for one row per unit (or for the empty ones). */
    private static String unit(Reading r) {
        for (String unit : List.of("year", "month", "week")) {
            if (r.matches("\\b(each|every|per|by) " + unit + "\\b|\\b" + unit + " (by|after|over) " + unit + "\\b|\\b"
                    + unit + "ly (totals?|counts?|breakdown|numbers|figures)\\b|\\beach of the (last|past) (\\d+|two|three|four|"
                    + "five|six|seven|eight|nine|ten|eleven|twelve) " + unit
                    + "s\\b|\\bbreakdown by " + unit + "\\b|\\b" + unit + "s? (with(out)?|where|when|in which) (i )?(no|zero|"
                    + "did not|didn'?t|never)\\b|\\bwhich " + unit + "s\\b.*\\b(no|not|zero|never|without)\\b|\\bhow many "
                    + unit + "s\\b.*\\b(no|not|zero|never|without|didn'?t)\\b")) {
                return unit;
            }
        }
        return "";
    }

    @Override
    public Reply answer(Reading r, ToolCalls tools) {
        String unit = unit(r);
        CommitScope scope = CommitScope.of(r);
        JsonNode activity = tools.call("get_activity_summary", scope.arguments(r, tools.args().put("group_by", unit), true));
        Map<String, Long> counts = new LinkedHashMap<>();
        for (JsonNode item : activity.get("series")) {
            counts.put(item.get("period").asString(), item.get("commits").asLong());
        }
        String readAs = scope.readAs(r, true) + ", by " + unit;
        if (counts.isEmpty()) {
            return Reply.of("There are no commits " + Say.when(r.period(), "") + ".", readAs, List.of());
        }
        LocalDate today = tools.today();
        LocalDate from = r.period().map(TimeRange::since).orElseGet(() -> start(counts.keySet().iterator().next(), unit));
        LocalDate until = r.period().map(TimeRange::until).filter(end -> !end.isAfter(today.plusDays(1)))
                .orElse(today.plusDays(1));
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (LocalDate day = from; day.isBefore(until); day = next(day, unit)) {
            String key = key(day, unit);
            labels.add(label(key, unit));
            values.add(counts.getOrDefault(key, 0L));
        }
        boolean gaps = r.matches("\\b(no|not|zero|never|without|didn'?t)\\b");
        String text;
        if (gaps) {
            List<String> empty = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                if (values.get(i) == 0) {
                    empty.add(labels.get(i));
                }
            }
            text = empty.isEmpty() ? "None — every " + unit + " " + Say.when(r.period(), "since your first commit")
                    + " has commits (" + Say.plural(labels.size(), unit) + ")."
                    : "**" + Say.plural(empty.size(), unit) + "** without a commit " + Say.when(r.period(), "since your "
                    + "first commit") + " (of " + labels.size() + "): " + String.join(", ", empty) + "."
                    + (unit.equals("week") || unit.equals("month") ? " The current " + unit + " counts up to today." : "");
        } else {
            List<String> rows = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                rows.add(labels.get(i) + ": " + Say.number(values.get(i)));
            }
            text = (scope.own() ? "Your commits" : scope.author().map(a -> a + "'s commits").orElse("Commits")) + " per "
                    + unit + " " + Say.when(r.period(), "since the first one") + ": " + String.join(", ", rows) + ".";
        }
        Reply reply = Reply.of(text, readAs, List.of("What was my busiest " + unit + "?"));
        return labels.size() > 60 ? reply : reply.withChart(new Chart("bar", "Commits per " + unit, "commits", labels, values));
    }

    private static LocalDate start(String key, String unit) {
        return switch (unit) {
            case "year" -> LocalDate.of(Integer.parseInt(key), 1, 1);
            case "month" -> YearMonth.parse(key).atDay(1);
            default -> LocalDate.of(Integer.parseInt(key.substring(0, 4)), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Long.parseLong(key.substring(6)))
                    .with(DayOfWeek.MONDAY);
        };
    }

    private static LocalDate next(LocalDate day, String unit) {
        return switch (unit) {
            case "year" -> day.withDayOfYear(1).plusYears(1);
            case "month" -> day.withDayOfMonth(1).plusMonths(1);
            default -> day.with(DayOfWeek.MONDAY).plusWeeks(1);
        };
    }

    private static String key(LocalDate day, String unit) {
        return switch (unit) {
            case "year" -> String.valueOf(day.getYear());
            case "month" -> YearMonth.from(day).toString();
            default -> String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                    day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        };
    }

    private static String label(String key, String unit) {
        return switch (unit) {
            case "month" -> Say.period("month", key);
            case "week" -> "week of " + start(key, unit);
            default -> key;
        };
    }
}
