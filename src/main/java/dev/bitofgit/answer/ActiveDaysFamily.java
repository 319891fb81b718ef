package dev.bitofgit.answer;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** On how many days the user committed, over a period, in a repository, in a zone. */
final class ActiveDaysFamily implements Family {
    @Override
    public boolean countsCommits(Reading r) {
        return true;
    }

    @Override
    public int fit(Reading r) {
        if (r.matches("\\b(which|what) (repo|repos|repository|repositories|project|projects)\\b")
                && r.matches("\\b(most|fewest|least|highest|lowest)\\b")) {
            return 0; // "which repository have I worked on on the most distinct days": a ranking of repositories
        }
        return r.matches("\\b(active days|(distinct|different|separate|unique|individual) (calendar )?(days|dates)|days on which|"
                + "(how many|number of) (calendar )?(days|dates)\\b[^?.!]{0,40}\\b(at least one|any|a) commit|days (when|that) i|days i made|"
                + "days (with|did i|have i|i) (at least one |a )?(commit|code|push|work)|how many days|"
                + "number of days|days of (coding|activity|commits)|days i (committed|coded|pushed|was active)|days "
                + "(without|with no)( a| any)? (commits?|coding|activity)|(idle|inactive|commit-?free) days|days off|days i "
                + "(didn'?t|did not|haven'?t|never))\\b")
                ? 74 : 0;
    }

    /** "Days I did not commit", "days off", "days without a commit": the complement of the active days. */
    private static final Pattern IDLE = Pattern.compile("\\b(did ?n'?o?t|did not|didn't|did i not|not commit\\w*|"
            + "haven'?t|have not|had no|never|without (a |any )?(commits?|coding|pushe?s?)|with no (commits?|activity)|"
            + "no[- ]commit|idle|inactive|off|zero commits?|no commits?)\\b");

    /**
     * The days of the period without one of the user's commits. Over all time the period runs from the first commit
     * to today; a period still running ends today.
     */
    private static Reply idle(Reading r, ToolCalls tools, long active) {
        LocalDate today = tools.today();
        LocalDate since = r.period().map(TimeRange::since).orElse(null);
        LocalDate until = r.period().map(TimeRange::until).orElse(today.plusDays(1));
        if (since == null) {
            JsonNode first = tools.call("get_commit_stats", new CommitScope(true, "your own commits")
                    .arguments(r, tools.args(), false)).path("first_commit");
            if (!first.has("date")) {
                return Reply.of("You have no commits yet, so every day so far was without one.", "days without a commit",
                        List.of());
            }
            since = OffsetDateTime.parse(first.get("date").asString()).toLocalDate();
        }
        if (until.isAfter(today.plusDays(1))) {
            until = today.plusDays(1);
        }
        long span = Math.max(0, ChronoUnit.DAYS.between(since, until));
        long idle = Math.max(0, span - active);
        String text = "You did not commit on **" + Say.plural(idle, "day") + "** " + Say.when(r.period(), "since your "
                + "first commit (" + since + ")") + r.repo().map(repo -> " in **" + repo + "**").orElse("") + ": you "
                + "committed on " + Say.plural(active, "day") + " of " + Say.plural(span, "day") + ".";
        return Reply.of(text, Say.readAs("days without any of your own commits", Say.when(r.period(), "from your "
                + "first commit to today"), Say.zone(r.zone()), CommitScope.repoScope(r)), List.of("What is my longest "
                + "break?"));
    }

    @Override
    public Reply answer(Reading r, ToolCalls tools) {
        JsonNode activity = tools.call("get_activity_summary", new CommitScope(true, "your own commits")
                .arguments(r, tools.args().put("group_by", "year"), true));
        long days = activity.get("active_days").asLong();
        if (IDLE.matcher(r.text()).find()) {
            return idle(r, tools, days);
        }
        String text = "You committed on **" + Say.plural(days, "day") + "** " + Say.when(r.period(), "in total")
                + r.repo().map(repo -> " in **" + repo + "**").orElse("") + " (" + Say.plural(
                activity.get("own_commits").asLong(), "commit") + " of yours).";
        return Reply.of(text, Say.readAs("days with at least one of your own commits", Say.when(r.period(), "all time"),
                Say.zone(r.zone()), CommitScope.repoScope(r)), List.of("What is my longest streak?"));
    }
}
