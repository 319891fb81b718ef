package dev.bitofgit.answer;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A month or a day of the year in every year, not one: "repos I created in July, in any year", "how many commits on
 * Christmas across all years", "do I ever commit on New Year's Day". Commits are summed per year from the day or month
 * series; repositories are picked by the month (and day) of their creation date.
 */
final class RecurringDateFamily implements Family {
    /** Words that lift the year off a date: the same month or day, each year. */
    static final Pattern ANY_YEAR = Pattern.compile("\\b(in|of|across|over|for) (any|every|each|all|all the|all of the|"
            + "all my|the) years?\\b|\\b(any|every|each) year\\b|\\bover the years\\b|\\bacross (the )?years\\b|"
            + "\\byear after year\\b|\\bregardless of (the )?year\\b|\\bwhatever (the )?year\\b|\\bever\\b");

    private static final Pattern MONTH = Pattern.compile("\\b(january|february|march|april|may|june|july|august|"
            + "september|october|november|december)\\b(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b)?|\\b(\\d{1,2})(?:st|nd|rd|th)? "
            + "(?:of )?(january|february|march|april|may|june|july|august|september|october|november|december)\\b");

    private static final Map<String, MonthDay> HOLIDAYS = Map.ofEntries(
            Map.entry("christmas eve", MonthDay.of(12, 24)), Map.entry("christmas day", MonthDay.of(12, 25)),
            Map.entry("christmas", MonthDay.of(12, 25)), Map.entry("new year eve", MonthDay.of(12, 31)),
            Map.entry("new years eve", MonthDay.of(12, 31)), Map.entry("new year day", MonthDay.of(1, 1)),
            Map.entry("new years day", MonthDay.of(1, 1)), Map.entry("halloween", MonthDay.of(10, 31)),
            Map.entry("valentine day", MonthDay.of(2, 14)), Map.entry("valentines day", MonthDay.of(2, 14)));

    /** A month, with the day when one is named. */
    record Recurring(Month month, Optional<Integer> day, String label) {
    }

    static Optional<Recurring> of(Reading r) {
        if (!ANY_YEAR.matcher(r.text()).find() || r.text().matches(".*\\b(19|20)\\d\\d\\b.*")) {
            return Optional.empty();
        }
        String text = r.text().replace("’", "'");
        String holiday = null;
        for (String name : HOLIDAYS.keySet()) {
            if (text.contains(name) && (holiday == null || name.length() > holiday.length())) {
                holiday = name;
            }
        }
        if (holiday != null) {
            MonthDay day = HOLIDAYS.get(holiday);
            String name = switch (holiday) {
                case "christmas eve" -> "Christmas Eve";
                case "christmas", "christmas day" -> "Christmas Day";
                case "new year eve", "new years eve" -> "New Year's Eve";
                case "new year day", "new years day" -> "New Year's Day";
                case "halloween" -> "Halloween";
                default -> "Valentine's Day";
            };
            String label = name + " (" + TimeRanges.monthName(day.getMonth()) + " " + day.getDayOfMonth() + ")";
            return Optional.of(new Recurring(day.getMonth(), Optional.of(day.getDayOfMonth()), label));
        }
        Matcher matcher = MONTH.matcher(text);
        if (!matcher.find() || matcher.group(1) != null && matcher.group(1).equals("may") && !text.matches(".*\\bin may\\b.*")) {
            return Optional.empty();
        }
        Month month = Month.valueOf((matcher.group(1) != null ? matcher.group(1) : matcher.group(4)).toUpperCase(Locale.ROOT));
        String digits = matcher.group(1) != null ? matcher.group(2) : matcher.group(3);
        Optional<Integer> day = Optional.ofNullable(digits).map(Integer::parseInt)
                .filter(d -> d >= 1 && d <= month.maxLength());
        return Optional.of(new Recurring(month, day, TimeRanges.monthName(month) + day.map(d -> " " + d).orElse("")));
    }

    @Override
    public boolean consumes(String word) {
        return word.matches("christmas|eve|halloween|valentines?|new|years?|ever|regardless|whatever");
    }

    @Override
    public int fit(Reading r) {
        if (of(r).isEmpty()) {
            return 0;
        }
        return r.mentionsCommits() || RepoListFamily.created(r) && r.mentionsRepos() || r.matches("\\b(code|coded|work|"
                + "worked|active)\\b") ? 92 : 0;
    }

    @Override
    public Reply answer(Reading r, ToolCalls tools) {
        Recurring when = of(r).orElseThrow();
        boolean repos = RepoListFamily.created(r) && r.mentionsRepos() && !r.mentionsCommits();
        return repos ? created(r, when, tools) : commits(r, when, tools);
    }

    private static Reply created(Reading r, Recurring when, ToolCalls tools) {
        Reading filters = r.withoutPeriod();
        List<String> picked = new ArrayList<>();
        for (JsonNode repo : tools.allRepos(RepoListFamily.filters(filters, tools.args()), "created")) {
            LocalDate created = OffsetDateTime.parse(repo.get("created_at").asString()).toLocalDate();
            if (created.getMonth() == when.month() && when.day().map(d -> d == created.getDayOfMonth()).orElse(true)) {
                picked.add("**" + repo.get("name").asString() + "** (" + created + ")");
            }
        }
        String readAs = Say.readAs("repositories created in " + when.label() + " of any year",
                "repositories you can see");
        String text = picked.isEmpty() ? "None of your repositories was created in " + when.label() + ", in any year."
                : "**" + picked.size() + "** of your repositories " + (picked.size() == 1 ? "was" : "were") + " created in "
                + when.label() + " (any year): " + Say.join(picked) + ".";
        return Reply.of(text, readAs, List.of());
    }

    private static Reply commits(Reading r, Recurring when, ToolCalls tools) {
        CommitScope scope = CommitScope.of(r.withoutPeriod());
        JsonNode activity = tools.call("get_activity_summary", scope.arguments(r.withoutPeriod(), tools.args()
                .put("group_by", when.day().isPresent() ? "day" : "month"), true));
        TreeMap<String, Long> perYear = new TreeMap<>();
        for (JsonNode item : activity.get("series")) {
            String key = item.get("period").asString(); // 2024-12-25 or 2024-12
            int month = Integer.parseInt(key.substring(5, 7));
            boolean match = month == when.month().getValue() && when.day().map(d -> key.length() >= 10
                    && Integer.parseInt(key.substring(8, 10)) == d).orElse(true);
            if (match) {
                perYear.merge(key.substring(0, 4), item.get("commits").asLong(), Long::sum);
            }
        }
        long total = perYear.values().stream().mapToLong(Long::longValue).sum();
        String on = when.day().isPresent() ? "on " + when.label() : "in " + when.label();
        String readAs = Say.readAs(scope.whose(), on + " of every year", Say.zone(r.zone()), CommitScope.repoScope(r));
        String who = scope.own() ? "You made" : scope.author().map(a -> "**" + a + "** made").orElse("There were");
        String text = (r.measure() == Reading.Measure.EXISTS ? (total > 0 ? "Yes — " : "No — ") + who.toLowerCase(Locale.ROOT) : who) + " **" + Say.number(total) + "** " + (total == 1 ? "commit" : "commits") + " "
                + on + " across all years" + (perYear.isEmpty() ? "." : ": " + Say.join(perYear.entrySet().stream()
                .map(e -> e.getKey() + ": " + Say.number(e.getValue())).toList()) + ".");
        return Reply.of(text, readAs, List.of("What is my busiest month?"));
    }
}
