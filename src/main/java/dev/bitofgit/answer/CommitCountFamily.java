package dev.bitofgit.answer;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** How many commits: in a period, a repository, the user's own or everyone's, on weekends, in a time zone. */
final class CommitCountFamily implements CommitFamily {
    @Override
    public boolean honours(Conditions.Type type) {
        return type == Conditions.Type.WEEKDAYS;
    }

    @Override
    public int fit(Reading r) {
        if (!r.mentionsCommits() && !r.matches("\\bhow (many times|often) did i (commit|push|code)")) {
            return 0;
        }
        if (r.measure() == Reading.Measure.COUNT) {
            return 66;
        }
        if (r.measure() == Reading.Measure.EXISTS && r.any("weekend", "weekends", "saturday", "saturdays", "sunday",
                "sundays")) {
            return 60;
        }
        if (r.measure() == Reading.Measure.EXISTS && (r.period().isPresent() || r.repo().isPresent())) {
            return 55;
        }
        return 0;
    }

    @Override
    public Reply answer(Reading r, ToolCalls tools) {
        CommitScope scope = CommitScope.of(r);
        if (r.matches("\\b(per|by|for each|(?<!across )each) (repo|repository|project)\\b|\\bbroken down by (repo|"
                + "repository|project)\\b|\\bbreakdown by (repo|repository|project)\\b")) {
            var arguments = Say.range(tools.args().put("metric", "commits").put("own_only", scope.own()).put("limit", 50),
                    r.period());
            JsonNode ranking = tools.call("rank_repos_by_activity", arguments).get("ranking");
            StringBuilder text = new StringBuilder((scope.own() ? "Your commits" : "Commits") + " per repository "
                    + Say.when(r.period(), "over all time") + ":\n");
            ranking.forEach(item -> text.append("\n- **").append(item.get("repo").asString()).append("**: ")
                    .append(Say.number(item.get("commits").asLong())));
            return Reply.of(text.toString(), scope.readAs(r, false) + ", per repository", List.of());
        }
        // Days of the week as a condition — "on Mondays", "on weekends", "Monday to Friday", "Tuesdays and Thursdays":
        // one weekday series, summed over the days asked.
        Conditions conditions = Conditions.of(r);
        JsonNode activity = tools.call("get_activity_summary", scope.arguments(r, tools.args()
                .put("group_by", "weekday"), true));
        long commits = activity.get("commits").asLong();
        String where = r.repo().map(repo -> " to **" + repo + "**").orElse("");
        String when = Say.when(r.period(), "in total");
        if (!conditions.weekdays().isEmpty()) {
            Set<String> days = new HashSet<>();
            conditions.weekdays().forEach(day -> days.add(DayOfWeek.of(day)
                    .getDisplayName(TextStyle.FULL, Locale.ENGLISH)));
            long count = 0;
            for (JsonNode item : activity.get("series")) {
                if (days.contains(item.get("period").asString())) {
                    count += item.get("commits").asLong();
                }
            }
            String label = conditions.weekdayLabel();
            String plainLabel = label.equals("on weekends") ? "on weekends (Saturdays and Sundays)"
                    : label.equals("on weekdays") ? "on weekdays (Monday to Friday)" : label;
            String text = r.measure() == Reading.Measure.EXISTS
                    ? (count > 0 ? "Yes — " : "No — ") + (scope.own() ? "you made **" : "there were **")
                    + Say.number(count) + "** " + (count == 1 ? "commit" : "commits") + where + " " + plainLabel + " "
                    + when + ", out of " + Say.number(commits) + "."
                    : made(scope) + Say.number(count) + "** " + (count == 1 ? "commit" : "commits") + where + " "
                    + plainLabel + " " + when + ", out of " + Say.number(commits) + ".";
            return Reply.of(text, scope.readAs(r, true) + ", " + label.replaceFirst("^on ", "") + " only",
                    List.of("What is my busiest weekday?"));
        }
        String text;
        if (r.measure() == Reading.Measure.EXISTS) {
            text = (commits > 0 ? "Yes — " : "No — ") + (scope.own() ? "you made **" : "there were **")
                    + Say.number(commits) + "** " + (commits == 1 ? "commit" : "commits") + where + " " + when + ".";
        } else if (scope.author().isPresent()) {
            text = made(scope) + Say.number(commits) + " " + (commits == 1 ? "commit" : "commits") + "**" + where + " "
                    + when + ".";
        } else if (scope.own() && r.repo().isPresent()) {
            long everyone = tools.call("get_activity_summary", new CommitScope(false, "everyone's commits")
                    .arguments(r, tools.args().put("group_by", "year"), true)).get("commits").asLong();
            text = "You made **" + Say.number(commits) + " " + (commits == 1 ? "commit" : "commits") + "**" + where
                    + " " + when + ", out of **" + Say.number(everyone) + "** commits by everyone.";
        } else if (scope.own()) {
            text = "You made **" + Say.number(commits) + " " + (commits == 1 ? "commit" : "commits") + "**" + where
                    + " " + when + ".";
        } else {
            text = r.repo().map(repo -> "**" + repo + "** has **" + Say.number(commits) + " " + (commits == 1 ? "commit"
                    : "commits") + "** " + when + " (by everyone; " + Say.number(activity.get("own_commits").asLong())
                    + " of them yours).").orElse("There were **" + Say.number(commits) + " commits** " + when
                    + " by everyone (" + Say.number(activity.get("own_commits").asLong()) + " of them yours).");
        }
        return Reply.of(text, scope.readAs(r, true), List.of("What is my busiest month?", "What is my longest streak?"))
                .about(r.repo().orElse(""));
    }

    /** "You made **", "**hubot** made **", "There were **". */
    private static String made(CommitScope scope) {
        return scope.own() ? "You made **" : scope.author().map(person -> "**" + person + "** made **")
                .orElse("There were **");
    }
}
