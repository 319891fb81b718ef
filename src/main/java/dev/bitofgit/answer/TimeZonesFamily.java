package dev.bitofgit.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * Where in the world the commits were made, as far as commits tell: the UTC offsets their timestamps carry ("what
 * time zones do I commit from", "did I commit from different time zones", "how often did I travel"). An offset is not
 * a place — Berlin in summer and Cairo share +02:00 — and the answer says so.
 */
final class TimeZonesFamily implements CommitFamily {
    @Override
    public boolean honours(Conditions.Type type) {
        return true;
    }

    @Override
    public int fit(Reading r) {
        // About the zones themselves — not "my busiest hour in my own time zone".
        boolean zonesAsked = r.matches("\\b(which|what|how many|different|multiple|several|various|many|all( the)?|list"
                + "( the)?|my) (utc )?(time ?zones?|timezones|offsets)\\b(?! (do|does|did) (my|i) (busiest|most))")
                && !r.matches("\\bin (my|the|their|your) (own |local |home )?(time ?zone|timezone)\\b")
                || r.matches("\\b(time ?zones?|timezones|utc offsets) (do|did|have) i (commit|code|work|push)")
                || r.matches("\\bwhere (in the world )?(do|did|have) i (commit|code|work)(ted|ed)? from\\b");
        if (atOffset(r).isPresent() && (r.measure() == Reading.Measure.COUNT || r.matches("\\b(share|percent(age)?|"
                + "proportion)\\b")) && !r.matches("\\b(busiest|most active|peak|hour|weekday|streak)\\b")) {
            return 86; // "how many of my commits were made at UTC-5": the commits carrying that offset
        }
        return zonesAsked && !r.matches("\\b(busiest|most active|peak)\\b") ? 83 : 0;
    }

    /** The offset a count is about: "made at UTC-5", "committed in GMT+2" → "-05:00", "+02:00". */
    private static java.util.Optional<String> atOffset(Reading r) {
        java.util.regex.Matcher m = Regex.of("\\b(?:made|committed|authored|pushed|written|done|created|carry|carrying|"
                + "with|at|in|from) (?:the )?(?:utc|gmt) ?([+-]) ?(\\d{1,2})(?::?(\\d\\d))?\\b").matcher(r.text());
        return m.find() ? java.util.Optional.of(String.format(Locale.ROOT, "%s%02d:%s", m.group(1),
                Integer.parseInt(m.group(2)), m.group(3) == null ? "00" : m.group(3))) : java.util.Optional.empty();
    }

    @Override
    public boolean consumes(String word) {
        return word.matches("time|zones?|timezones?|offsets?|utc|different|world|where|travel|traveled|travelled");
    }

    @Override
    public Reply answer(Reading r, ToolCalls tools) {
        CommitScope scope = CommitScope.of(r);
        JsonNode stats = tools.call("get_commit_stats", Conditions.of(r).apply(scope.arguments(r, tools.args()
                .put("by_utc_offset", true), false), r.zone()));
        JsonNode offsets = stats.get("utc_offsets");
        long all = stats.get("commits").asLong();
        String readAs = Say.readAs("the UTC offset each commit's timestamp carries (an offset, not a place: "
                + "daylight saving moves it)", scope.whose(), Say.when(r.period(), "all time"), CommitScope.repoScope(r));
        if (offsets.isEmpty()) {
            return Reply.of("There are no commits " + Say.when(r.period(), "").strip() + " to place.", readAs, List.of());
        }
        List<String> parts = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (JsonNode offset : offsets) {
            long commits = offset.get("commits").asLong();
            String name = "UTC" + offset.get("offset").asString();
            labels.add(name);
            values.add(commits);
            if (parts.size() < 8) {
                parts.add("**" + name + "** " + Say.plural(commits, "commit") + String.format(Locale.ROOT,
                        " (%.1f%%, ", commits * 100.0 / all) + Say.day(offset.get("first")) + " to "
                        + Say.day(offset.get("last")) + ")");
            }
        }
        java.util.Optional<String> asked = atOffset(r);
        if (asked.isPresent()) {
            long at = 0;
            for (JsonNode offset : offsets) {
                if (offset.get("offset").asString().equals(asked.get())) {
                    at = offset.get("commits").asLong();
                }
            }
            return Reply.of("**" + Say.number(at) + "** of " + scope.possessive().toLowerCase(Locale.ROOT) + " "
                    + Say.plural(all, "commit") + " " + Say.when(r.period(), "").strip() + " carry the offset **UTC"
                    + asked.get() + "**" + String.format(Locale.ROOT, " (%.1f%%).", all == 0 ? 0 : at * 100.0 / all)
                    .replace("  ", " "), readAs, List.of("Which time zones do I commit from?"));
        }
        String text = (offsets.size() == 1 ? scope.possessive() + " commits " + Say.when(r.period(), "").strip()
                + " all carry one time zone: " : scope.possessive() + " " + Say.plural(all, "commit") + " "
                + Say.when(r.period(), "").strip() + " were made in **" + offsets.size() + "** time zones (UTC offsets), "
                + "most used first: ") + Say.join(parts) + (offsets.size() > 8 ? " and " + (offsets.size() - 8)
                + " more" : "") + ".";
        return Reply.of(text.replace("  ", " "), readAs, List.of("What is my busiest hour?"))
                .withChart(new Chart("bar", "Commits by UTC offset", "commits", labels, values));
    }
}
