package dev.bitofgit.answer;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** The longest run of consecutive days with a commit by the user, over a period, in a zone. */
final class StreakFamily implements Family {
    @Override
    public boolean countsCommits(Reading r) {
        return true;
    }

    @Override
    public int fit(Reading r) {
        return r.matches("\\b(streaks?|consecutive days|days in a row|in a row|straight days|days straight|"
                + "back[- ]to[- ]back|consecutive)\\b")
                ? 80 : 0;
    }

    @Override
    public Reply answer(Reading r, ToolCalls tools) {
        if (r.matches("\\b(current|currently|right now|ongoing|active streak|still going|at the moment|now)\\b")) {
            return current(r, tools);
        }
        JsonNode activity = tools.call("get_activity_summary", new CommitScope(true, "your own commits")
                .arguments(r, tools.args().put("group_by", "year"), true));
        JsonNode streak = activity.get("longest_streak");
        long days = streak.get("days").asLong();
        String readAs = Say.readAs("days with at least one of your own commits", Say.when(r.period(), "all time"),
                Say.zone(r.zone()), CommitScope.repoScope(r));
        if (days == 0) {
            return Reply.of("You have no commits " + Say.when(r.period(), "yet") + ", so no streak.", readAs, List.of());
        }
        String text = "Your longest streak " + Say.when(r.period(), "ever") + " is **" + Say.plural(days, "day")
                + "** in a row, from " + streak.get("start").asString() + " to " + streak.get("end").asString()
                + ". You committed on " + Say.plural(activity.get("active_days").asLong(), "day") + " in all.";
        return Reply.of(text, readAs, List.of("What is my busiest weekday?", "How many commits did I make this year?"));
    }

    /** The run of consecutive days with a commit of yours that reaches today (or yesterday: today may be young). */
    private static Reply current(Reading r, ToolCalls tools) {
        LocalDate today = tools.today();
        var arguments = new CommitScope(true, "your own commits").arguments(r, tools.args().put("group_by", "day"), true);
        arguments.put("since", today.minusDays(400).toString()).put("until", today.plusDays(1).toString());
        JsonNode activity = tools.call("get_activity_summary", arguments);
        Set<LocalDate> active = new HashSet<>();
        activity.get("series").forEach(item -> active.add(LocalDate.parse(item.get("period").asString())));
        LocalDate end = active.contains(today) ? today : today.minusDays(1);
        int days = 0;
        while (active.contains(end.minusDays(days))) {
            days++;
        }
        String readAs = Say.readAs("days with at least one of your own commits, up to today (" + today + ")",
                Say.zone(r.zone()), CommitScope.repoScope(r));
        if (days == 0) {
            Optional<LocalDate> last = active.stream().max(LocalDate::compareTo);
            return Reply.of("No — you are not on a streak right now: you made no commit today or yesterday"
                    + last.map(day -> " (your latest active day was " + day + ")").orElse("") + ".", readAs,
                    List.of("What is my longest streak?"));
        }
        return Reply.of("Yes — you are on a **" + Say.plural(days, "day") + "** streak, since " + end.minusDays(days - 1)
                + ".", readAs, List.of("What is my longest streak?"));
    }
}
