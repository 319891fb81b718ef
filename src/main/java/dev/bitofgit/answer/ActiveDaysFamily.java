package dev.bitofgit.answer;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** On how many days the user committed, over a period, in a repository, in a zone. */
final class ActiveDaysFamily implements Family {
    @Override
    public boolean countsCommits(Reading r) {
        return true;
    }

    @Override
    public int fit(Reading r) {
        return r.matches("\\b(active days|distinct days|different days|days on which|days (when|that) i|days i made|"
                + "days (with|did i|have i|i) (at least one |a )?(commit|code|push|work)|how many days|"
                + "number of days|days of (coding|activity|commits)|days i (committed|coded|pushed|was active))\\b")
                ? 74 : 0;
    }

    @Override
    public Reply answer(Reading r, ToolCalls tools) {
        JsonNode activity = tools.call("get_activity_summary", new CommitScope(true, "your own commits")
                .arguments(r, tools.args().put("group_by", "year"), true));
        long days = activity.get("active_days").asLong();
        String text = "You committed on **" + Say.plural(days, "day") + "** " + Say.when(r.period(), "in total")
                + r.repo().map(repo -> " in **" + repo + "**").orElse("") + " (" + Say.plural(
                activity.get("own_commits").asLong(), "commit") + " of yours).";
        return Reply.of(text, Say.readAs("days with at least one of your own commits", Say.when(r.period(), "all time"),
                Say.zone(r.zone()), CommitScope.repoScope(r)), List.of("What is my longest streak?"));
    }
}
