package dev.bitofgit.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * When the user commits most (or least): the busiest month, weekday, hour, day or year, in each commit's own time
 * zone or the zone the question names, over a period and within a repository.
 */
final class BusiestPeriodFamily implements Family {
    @Override
    public boolean countsCommits(Reading r) {
        return true;
    }

    @Override
    public boolean followsPeople() {
        return true;
    }

    @Override
    public int fit(Reading r) {
        boolean ranked = r.matches("\\b(busiest|most active|most productive|most commits|peak|quietest|least active|"
                + "slowest|least productive|fewest commits|most often|most frequently|usually|typically|tend to|"
                + "mostly|favou?rite|prime|highest|go-to|preferred)\\b") || r.matches("\\bwhen (do|did) i\\b")
                || r.matches("\\b(what|which) (time|hour|day|weekday|month|year)s?\\b")
                || r.matches("\\b(night owl|early bird|time of (the )?day|day of (the )?week|o'?clock)\\b")
                || (r.mentionsCommits() && r.matches("\\b(most(?! recent)|top|highest|peak|biggest)\\b"));
        if (!ranked || grouping(r).isEmpty() || r.matches("\\b(most recent(ly)?|latest|last time|when did i last|"
                + "first time|very first|earliest)\\b")) {
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
        JsonNode activity = tools.call("get_activity_summary", scope.arguments(r, tools.args()
                .put("group_by", groupBy), true));
        List<String[]> series = new ArrayList<>();
        for (JsonNode item : activity.get("series")) {
            series.add(new String[] {item.get("period").asString(), Long.toString(item.get("commits").asLong())});
        }
        if (least && groupBy.equals("weekday")) {
            for (int day = 1; day <= 7; day++) {
                String name = Say.weekday(day);
                if (series.stream().noneMatch(item -> item[0].equals(name))) {
                    series.add(new String[] {name, "0"});
                }
            }
        }
        String unit = switch (groupBy) {
            case "weekday" -> "weekday";
            case "hour" -> "hour of the day";
            default -> groupBy;
        };
        String readAs = Say.readAs(scope.whose(), "by " + unit, Say.when(r.period(), "all time"), Say.zone(r.zone()),
                CommitScope.repoScope(r));
        if (series.isEmpty()) {
            return Reply.of("There are no commits to rank " + Say.when(r.period(), "") + ".", readAs, List.of());
        }
        series.sort((a, b) -> least ? Long.compare(Long.parseLong(a[1]), Long.parseLong(b[1]))
                : Long.compare(Long.parseLong(b[1]), Long.parseLong(a[1])));
        String[] top = series.get(0);
        String label = Say.period(groupBy, top[0]);
        String text = scope.possessive() + " " + (least ? "quietest " : "busiest ") + unit + " " + Say.when(r.period(), "overall")
                + " is **" + label + "** with " + Say.plural(Long.parseLong(top[1]), "commit") + (groupBy.equals("hour") || groupBy.equals("weekday")
                ? " (" + Say.zone(r.zone()) + ")" : "") + ".";
        if (series.size() > 1) {
            text += " Then " + Say.join(series.subList(1, Math.min(3, series.size())), item -> Say.period(groupBy,
                    item[0]) + " (" + Say.number(Long.parseLong(item[1])) + ")") + ".";
        }
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (JsonNode item : activity.get("series")) {
            labels.add(Say.period(groupBy, item.get("period").asString()));
            values.add(item.get("commits").asLong());
        }
        Reply reply = Reply.of(text, readAs, List.of("What is my longest streak?", "How many commits did I make this year?"));
        return labels.size() > 60 ? reply : reply.withChart(new Chart("bar", "Commits by " + unit, "commits", labels, values));
    }
}
