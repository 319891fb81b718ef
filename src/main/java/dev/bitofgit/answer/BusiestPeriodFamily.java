package dev.bitofgit.answer;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * When the user commits most (or least): the busiest month, weekday, hour, day or year, in each commit's own time
 * zone or the zone the question names, over a period and within a repository.
 */
final class BusiestPeriodFamily implements CommitFamily {
    @Override
    public int fit(Reading r) {
        boolean ranked = r.matches("\\b(busiest|most active|most productive|most commits|peak|quietest|least active|"
                + "slowest|least productive|least likely|most likely|fewest commits|most often|most frequently|usually|typically|tend to|"
                + "mostly|favou?rite|prime|highest|go-to|preferred)\\b") || r.matches("\\bwhen (do|did) i\\b")
                || r.matches("\\b(what|which) (time|hour|day|weekday|month|year)s?\\b")
                || r.matches("\\b(night owl|early bird|time of (the )?day|day of (the )?week|o'?clock)\\b")
                || (r.mentionsCommits() && r.matches("\\b(most(?! recent)|top|highest|peak|biggest)\\b"));
        if (!ranked || grouping(r).isEmpty() || r.matches("\\b(most recent(ly)?|latest|last time|when did i last|"
                + "first time|very first|earliest|(last|final|first) (commit|push)|(commit|push) (from|by) me)\\b")) {
            return 0;
        }
        if (r.matches("\\b(which|what) (repo|repos|repository|repositories|project|projects)\\b")) {
            return 0;
        }
        return 76;
    }

    /** day, week, month, year, weekday or hour. */
    static Optional<String> grouping(Reading r) {
        if (r.matches("\\b(hour|hours|time of (the )?day|what time|which time|o'?clock|night owl|early bird|"
                + "morning|evening|night|afternoon)\\b")) {
            return Optional.of("hour");
        }
        if (r.matches("\\b(weekday|weekdays|day of (the )?week|days of (the )?week|which day|what day|(favou?rite|usual|"
                + "typical|preferred|go-to|best) day|monday|"
                + "tuesday|wednesday|thursday|friday|saturday|sunday)\\b")) {
            return Optional.of("weekday");
        }
        if (r.matches("\\b(quarters?|quarterly)\\b")) {
            return Optional.of("quarter");
        }
        if (r.matches("\\b(month|months|monthly)\\b")) {
            return Optional.of("month");
        }
        if (r.matches("\\b(year|years|yearly)\\b") && r.period().isEmpty()) {
            return Optional.of("year");
        }
        if (r.matches("\\bweeks?\\b")) {
            return Optional.of("week");
        }
        if (r.matches("\\b(day|days|date)\\b")) {
            return Optional.of("day");
        }
        return Optional.empty();
    }

    @Override
    public Reply answer(Reading r, ToolCalls tools) {
        String groupBy = grouping(r).orElseThrow();
        CommitScope scope = CommitScope.of(r);
        boolean least = r.matches("\\b(quietest|least|slowest|fewest|least productive)\\b");
        // Quarters are summed from months (the tool groups by month at most).
        JsonNode activity = tools.call("get_activity_summary", scope.arguments(r, tools.args()
                .put("group_by", groupBy.equals("quarter") ? "month" : groupBy), true));
        // What "busiest" is measured in: commits unless the question names lines or active days.
        String measure = groupBy.equals("hour") ? "commits" : measure(r);
        List<String[]> series = new ArrayList<>();
        for (JsonNode item : activity.get("series")) {
            long value = switch (measure) {
                case "additions" -> item.path("additions").asLong();
                case "deletions" -> item.path("deletions").asLong();
                case "lines" -> item.path("additions").asLong() + item.path("deletions").asLong();
                case "active_days" -> item.path("active_days").asLong();
                default -> item.get("commits").asLong();
            };
            series.add(new String[] {item.get("period").asString(), Long.toString(value)});
        }
        if (groupBy.equals("quarter")) {
            Map<String, Long> quarters = new LinkedHashMap<>();
            for (String[] item : series) {
                YearMonth month = YearMonth.parse(item[0]);
                quarters.merge("Q" + ((month.getMonthValue() - 1) / 3 + 1) + " " + month.getYear(),
                        Long.parseLong(item[1]), Long::sum);
            }
            series.clear();
            quarters.forEach((quarter, value) -> series.add(new String[] {quarter, Long.toString(value)}));
        }
        // The quietest weekday or hour may be one without any commit, which the series leaves out.
        if (least && groupBy.equals("weekday")) {
            for (int day = 1; day <= 7; day++) {
                String name = Say.weekday(day);
                if (series.stream().noneMatch(item -> item[0].equals(name))) {
                    series.add(new String[] {name, "0"});
                }
            }
        }
        if (least && groupBy.equals("hour") && !series.isEmpty()) {
            for (int hour = 0; hour < 24; hour++) {
                String key = String.format(Locale.ROOT, "%02d", hour);
                if (series.stream().noneMatch(item -> item[0].equals(key))) {
                    series.add(new String[] {key, "0"});
                }
            }
            series.sort(Comparator.comparing(item -> item[0]));
        }
        String unit = switch (groupBy) {
            case "weekday" -> "weekday";
            case "hour" -> "hour of the day";
            default -> groupBy;
        };
        String readAs = Say.readAs(scope.whose(), "by " + unit, measure.equals("commits") ? "" : "measured in "
                + PLURALS.get(measure), Say.when(r.period(), "all time"), Say.zone(r.zone()),
                CommitScope.repoScope(r));
        if (series.isEmpty()) {
            return Reply.of("There are no commits to rank " + Say.when(r.period(), "") + ".", readAs, List.of());
        }
        List<String[]> inOrder = new ArrayList<>(series);
        series.sort((a, b) -> least ? Long.compare(Long.parseLong(a[1]), Long.parseLong(b[1]))
                : Long.compare(Long.parseLong(b[1]), Long.parseLong(a[1])));
        String[] top = series.get(0);
        String label = Say.period(groupBy, top[0]);
        String text = scope.possessive() + " " + (least ? "quietest " : "busiest ") + unit + " " + Say.when(r.period(), "overall")
                + " is **" + label + "** with " + Say.number(Long.parseLong(top[1])) + " " + PLURALS.get(measure) + (groupBy.equals("hour") || groupBy.equals("weekday")
                ? " (" + Say.zone(r.zone()) + ")" : "") + ".";
        List<String> silent = groupBy.equals("hour") ? hourSpans(series.stream().filter(item -> item[1].equals("0"))
                .map(item -> Integer.parseInt(item[0])).toList())
                : series.stream().filter(item -> item[1].equals("0")).map(item -> Say.period(groupBy, item[0])).toList();
        long zeros = series.stream().filter(item -> item[1].equals("0")).count();
        if (least && zeros >= 2) {
            text = scope.possessive() + " quietest " + (groupBy.equals("hour") ? "hours of the day" : unit + "s") + " "
                    + Say.when(r.period(), "overall") + " have no "
                    + PLURALS.get(measure) + " at all: " + Say.join(silent) + " (" + Say.zone(r.zone()) + ").";
            List<String[]> rest = series.stream().filter(item -> !item[1].equals("0")).toList();
            if (!rest.isEmpty()) {
                text += " The quietest with any: " + Say.period(groupBy, rest.get(0)[0]) + " ("
                        + Say.number(Long.parseLong(rest.get(0)[1])) + ").";
            }
        } else if (series.size() > 1) {
            text += " Then " + Say.join(series.subList(1, Math.min(3, series.size())), item -> Say.period(groupBy,
                    item[0]) + " (" + Say.number(Long.parseLong(item[1])) + ")") + ".";
        }
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        inOrder.forEach(item -> {
            labels.add(Say.period(groupBy, item[0]));
            values.add(Long.parseLong(item[1]));
        });
        Reply reply = Reply.of(text, readAs, List.of("What is my longest streak?", "How many commits did I make this year?"));
        String unitName = PLURALS.get(measure);
        return labels.size() > 60 ? reply : reply.withChart(new Chart("bar", Character.toUpperCase(unitName.charAt(0))
                + unitName.substring(1) + " by " + unit, unitName, labels, values));
    }

    /** Hours without commits as spans: [0..8, 23] → "00:00–09:00", "23:00–00:00". */
    static List<String> hourSpans(List<Integer> hours) {
        List<String> spans = new ArrayList<>();
        int i = 0;
        while (i < hours.size()) {
            int start = hours.get(i);
            int end = start;
            while (i + 1 < hours.size() && hours.get(i + 1) == end + 1) {
                end = hours.get(++i);
            }
            spans.add(String.format(Locale.ROOT, "%02d:00–%02d:00", start, (end + 1) % 24));
            i++;
        }
        return spans;
    }

    private static final Map<String, String> PLURALS = Map.of("commits", "commits", "additions",
            "lines added", "deletions", "lines deleted", "lines", "lines changed", "active_days", "active days");

    /** commits, additions, deletions, lines or active_days. */
    private static String measure(Reading r) {
        if (r.matches("\\b(lines? (added|written)|add(ed)? the most (lines|code)|most (lines|code) added|additions|wrote "
                + "the most( code)?|write the most( code)?|most code)\\b")) {
            return "additions";
        }
        if (r.matches("\\b(lines? (deleted|removed)|deletions|deleted the most|removed the most)\\b")) {
            return "deletions";
        }
        if (r.matches("\\b(lines|churn|loc)\\b")) {
            return "lines";
        }
        if (r.matches("\\b(active days|days active|most days|days with (a )?commits?)\\b")) {
            return "active_days";
        }
        return "commits";
    }

    @Override
    public boolean consumes(String word) {
        return word.matches("lines?|added|deleted|removed|additions|deletions|code|wrote|written|days|active|likely|unlikely");
    }
}
