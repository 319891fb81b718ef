package dev.bitofgit.answer;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The time of year, over every year: "do I commit more in summer or winter", "which month of the year am I most
 * active", "is December my quietest month usually". Months are added up across years from the monthly series;
 * seasons are the northern hemisphere's meteorological ones, and the answer says so.
 */
final class SeasonFamily implements CommitFamily {
    private static final Pattern SEASON = Pattern.compile("\\b(spring|summer|autumn|fall|winter)s?\\b");
    private static final String SEASONALITY = "\\b(month of the year|months of the year|time of (the )?year|seasonal(ity)?|"
            + "seasons?|every year|each year|in general|usually|typically|generally|tend to)\\b";

    @Override
    public int fit(Reading r) {
        List<String> seasons = seasons(r);
        if (r.periods().size() >= 2) {
            return 0;
        }
        if (seasons.size() >= 2 && r.matches("\\b(or|vs\\.?|versus|than|compared?|more|less|fewer)\\b")) {
            return 87;
        }
        boolean monthOfYear = r.matches("\\b(month of the year|months of the year|time of (the )?year|seasonal(ity)?|"
                + "seasons?)\\b") || r.matches("\\b(which|what) month\\b") && r.matches("\\b(usually|typically|generally|"
                + "tend to|every year|each year|in general|across (the )?years)\\b");
        if (monthOfYear && (r.mentionsCommits() || r.matches("\\b(busiest|most|least|quietest|active|productive)\\b"))) {
            return 87;
        }
        return seasons.size() == 1 && r.period().isEmpty() && r.matches(SEASONALITY + "|\\b(summers|winters|springs|"
                + "autumns)\\b") ? 80 : 0;
    }

    private static List<String> seasons(Reading r) {
        List<String> found = new ArrayList<>();
        Matcher matcher = SEASON.matcher(r.text());
        while (matcher.find()) {
            String season = matcher.group(1).equals("fall") ? "autumn" : matcher.group(1);
            if (!found.contains(season)) {
                found.add(season);
            }
        }
        return found;
    }

    @Override
    public boolean consumes(String word) {
        return word.matches("springs?|summers?|autumns?|falls?|winters?|seasons?|seasonal|seasonality|year|usually|"
                + "typically|generally");
    }

    private static final Map<String, List<Integer>> MONTHS = Map.of("spring", List.of(3, 4, 5), "summer",
            List.of(6, 7, 8), "autumn", List.of(9, 10, 11), "winter", List.of(12, 1, 2));

    @Override
    public Reply answer(Reading r, ToolCalls tools) {
        CommitScope scope = CommitScope.of(r);
        JsonNode activity = tools.call("get_activity_summary", scope.arguments(r, tools.args().put("group_by", "month"),
                true));
        long[] byMonth = new long[13];
        Set<Integer> years = new TreeSet<>();
        for (JsonNode item : activity.get("series")) {
            String period = item.get("period").asString();
            years.add(Integer.parseInt(period.substring(0, 4)));
            byMonth[Integer.parseInt(period.substring(5, 7))] += item.get("commits").asLong();
        }
        long all = activity.get("commits").asLong();
        String span = years.isEmpty() ? "" : years.size() == 1 ? "in " + years.iterator().next()
                : "over " + years.size() + " years (" + ((TreeSet<Integer>) years).first() + "–"
                + ((TreeSet<Integer>) years).last() + ")";
        String readAs = Say.readAs(scope.whose(), "months added up across years", Say.when(r.period(), "all time"),
                Say.zone(r.zone()), CommitScope.repoScope(r));
        List<String> seasons = seasons(r);
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        if (!seasons.isEmpty()) {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String season : seasons) {
                counts.put(season, MONTHS.get(season).stream().mapToLong(m -> byMonth[m]).sum());
            }
            readAs = Say.readAs(readAs, "seasons of the northern hemisphere (spring March–May, summer June–August, "
                    + "autumn September–November, winter December–February)");
            List<String> parts = new ArrayList<>();
            counts.forEach((season, n) -> {
                parts.add("**" + season + "** " + Say.plural(n, "commit") + String.format(Locale.ROOT, " (%.1f%%)",
                        all == 0 ? 0 : n * 100.0 / all));
                labels.add(season);
                values.add(n);
            });
            String text;
            if (counts.size() >= 2) {
                List<Map.Entry<String, Long>> ranked = new ArrayList<>(counts.entrySet());
                ranked.sort(Map.Entry.<String, Long>comparingByValue().reversed());
                boolean tie = ranked.get(0).getValue().equals(ranked.get(1).getValue());
                text = (tie ? "Just as much in " + ranked.get(0).getKey() + " as in " + ranked.get(1).getKey()
                        : "More in **" + ranked.get(0).getKey() + "**") + ": " + Say.join(parts) + ", of "
                        + Say.plural(all, "commit") + " " + span + ".";
            } else {
                text = scope.subject() + " made " + Say.join(parts) + " in " + seasons.get(0) + "s, of "
                        + Say.plural(all, "commit") + " " + span + ".";
            }
            return Reply.of(text, readAs, List.of("Which month of the year am I most active?"))
                    .withChart(new Chart("bar", "Commits by season", "commits", labels, values));
        }
        boolean least = r.matches("\\b(least|quietest|fewest|slowest)\\b");
        List<Integer> months = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
        months.sort((a, b) -> least ? Long.compare(byMonth[a], byMonth[b]) : Long.compare(byMonth[b], byMonth[a]));
        for (int m = 1; m <= 12; m++) {
            labels.add(name(m));
            values.add(byMonth[m]);
        }
        int top = months.get(0);
        String text = "Across the years, " + (scope.own() ? "your " : "the ") + (least ? "quietest" : "busiest")
                + " month of the year is **" + name(top) + "** with " + Say.plural(byMonth[top], "commit") + " " + span
                + ". Then " + Say.join(months.subList(1, 3).stream().map(m -> name(m) + " (" + Say.number(byMonth[m])
                + ")").toList()) + ".";
        return Reply.of(text, readAs, List.of("Do I commit more in summer or winter?"))
                .withChart(new Chart("bar", "Commits by month of the year", "commits", labels, values));
    }

    private static String name(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
