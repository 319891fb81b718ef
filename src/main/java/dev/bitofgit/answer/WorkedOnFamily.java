package dev.bitofgit.answer;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** What the user worked on in a period: repositories ranked by their commits, and a few of the latest commits. */
final class WorkedOnFamily implements Family {
    @Override
    public int fit(Reading r) {
        return r.matches("\\b(work(ed|ing)? on|what (did|have) i (do|done|build|built|code|coded|ship|shipped)|"
                + "been (up to|doing|working)|busy with|focus(ed)? on|what have i been|up to|spent (my )?time)\\b")
                ? 56 : 0;
    }

    @Override
    public Reply answer(Reading r, ToolCalls tools) {
        var arguments = Say.range(tools.args().put("metric", "commits").put("limit", 5), r.period());
        JsonNode ranking = tools.call("rank_repos_by_activity", arguments).get("ranking");
        String when = Say.when(r.period(), "overall");
        String readAs = Say.readAs("your own commits", Say.when(r.period(), "all time"), "each commit's own time zone",
                "repositories ranked by them");
        if (ranking.isEmpty()) {
            return Reply.of("You made no commits " + when + ".", readAs, List.of("What did I work on last year?"));
        }
        StringBuilder text = new StringBuilder("Here is what you worked on " + when + ": ");
        text.append(Say.join(ranking, item -> "**" + item.get("repo").asString() + "** (" + Say.plural(
                item.get("commits").asLong(), "commit") + ")")).append(".");
        var timeline = Say.range(tools.args().put("own_only", true).put("limit", 5), r.period());
        JsonNode commits = tools.call("get_commit_timeline", timeline).get("commits");
        if (!commits.isEmpty()) {
            text.append("\n\nLatest commits:\n");
            commits.forEach(c -> text.append("- ").append(Say.day(c.get("date"))).append(" **")
                    .append(c.get("repo").asString()).append("** — ").append(c.get("message").asString()).append("\n"));
        }
        String top = ranking.get(0).get("repo").asString();
        return Reply.of(text.toString().trim(), readAs, List.of("What is " + top + " about?")).about(top);
    }
}
