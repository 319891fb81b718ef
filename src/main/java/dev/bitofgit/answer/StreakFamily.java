package dev.bitofgit.answer;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** The longest run of consecutive days with a commit by the user, over a period, in a zone. */
final class StreakFamily implements Family {
    @Override
    public int fit(Reading r) {
        return r.matches("\\b(streaks?|consecutive days|days in a row|in a row|straight days|days straight|"
                + "back[- ]to[- ]back|consecutive)\\b")
                ? 80 : 0;
    }

    @Override
    public Reply answer(Reading r, ToolCalls tools) {
        JsonNode activity = tools.call("get_activity_summary", new CommitScope(true, "your own commits")
                .arguments(r, tools.args().put("group_by", "year"), true));
        JsonNode streak = activity.get("longest_streak");
        long days = streak.get("days").asLong();
        String readAs = Say.readAs("days with at least one of your own commits", Say.when(r.period(), "all time"),
                Say.zone(r.zone()), Say.repoScope(r.repo()));
        if (days == 0) {
            return Reply.of("You have no commits " + Say.when(r.period(), "yet") + ", so no streak.", readAs, List.of());
        }
        String text = "Your longest streak " + Say.when(r.period(), "ever") + " is **" + Say.plural(days, "day")
                + "** in a row, from " + streak.get("start").asString() + " to " + streak.get("end").asString()
                + ". You committed on " + Say.plural(activity.get("active_days").asLong(), "day") + " in all.";
        return Reply.of(text, readAs, List.of("What is my busiest weekday?", "How many commits did I make this year?"));
    }
}
