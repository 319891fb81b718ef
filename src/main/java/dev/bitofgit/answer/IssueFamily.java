package dev.bitofgit.answer;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issues of the user's repositories: which repository has the most open, the oldest open one, how many are open,
 * opened or closed in a period, and how many a pull request closed.
 */
final class IssueFamily implements Family {
    @Override
    public int fit(Reading r) {
        return WorkSubjects.issues(r) && !WorkSubjects.pullRequests(r) && !WorkSubjects.ranksRepos(r) ? WorkSubjects.FIT : 0;
    }

    @Override
    public Reply answer(Reading r, ToolCalls tools) {
        ObjectNode arguments = Say.range(tools.args(), r.period());
        r.repo().ifPresent(repo -> arguments.put("repo", repo));
        JsonNode stats = tools.call("get_issue_stats", arguments);
        String scope = Say.readAs(Say.repoScope(r.repo()));
        if (r.matches("\\b(oldest|longest open|longest[- ]standing|earliest|stalest|been open longest)\\b")) {
            JsonNode oldest = stats.get("oldest_open");
            String readAs = Say.readAs("the open issue created first", scope);
            if (oldest == null || oldest.isNull()) {
                return Reply.of("You have no open issue" + r.repo().map(repo -> " in **" + repo + "**").orElse("") + ".",
                        readAs, List.of());
            }
            return Reply.of("Your oldest open issue is **" + oldest.get("repo").asString() + "** #"
                    + oldest.get("number").asInt() + " \"" + oldest.get("title").asString() + "\", opened "
                    + Say.day(oldest.get("created_at")) + " (" + Say.plural(oldest.get("age_days").asLong(), "day")
                    + " ago).", readAs, List.of("Which of my repos has the most open issues?"))
                    .about(oldest.get("repo").asString());
        }
        if (r.matches("\\b(which|what) (of my )?(repos?|repositories|projects?)\\b|\\b(most|fewest|least) (open )?issues\\b"
                + "|\\bper (repo|repository|project)\\b")) {
            JsonNode perRepo = stats.get("open_per_repo");
            String readAs = Say.readAs("open issues now, per repository", scope);
            if (perRepo.isEmpty()) {
                return Reply.of("None of your repositories has an open issue.", readAs, List.of());
            }
            JsonNode top = perRepo.get(0);
            StringBuilder text = new StringBuilder("**" + top.get("repo").asString() + "** has the most open issues: **"
                    + Say.number(top.get("open").asLong()) + "**");
            if (perRepo.size() > 1) {
                List<JsonNode> next = new java.util.ArrayList<>();
                perRepo.forEach(next::add);
                text.append(", then ").append(Say.join(next.subList(1, Math.min(4, next.size())), item -> "**"
                        + item.get("repo").asString() + "** (" + Say.number(item.get("open").asLong()) + ")"));
            }
            text.append(". ").append(Say.plural(stats.get("open_now").asLong(), "issue")).append(" are open in all.");
            return Reply.of(text.toString(), readAs, List.of("What's my oldest open issue?")).about(top.get("repo").asString());
        }
        if (r.matches("\\b(by a (pr|pull request)|by (prs|pull requests)|closed by|fixed by)\\b")) {
            return Reply.of("**" + Say.plural(stats.get("closed_by_pull_request").asLong(), "issue") + "** "
                    + Say.when(r.period(), "in all") + " were closed by a pull request, of "
                    + Say.number(stats.get("closed").asLong()) + " closed.", Say.readAs("issues closed in the period "
                    + "that a pull request of the same repository closes", Say.when(r.period(), "all time"), scope),
                    List.of("What's my oldest open issue?"));
        }
        if (r.matches("\\b(closed|close|resolved|fixed|solved)\\b")) {
            JsonNode days = stats.get("days_to_close");
            return Reply.of("**" + Say.plural(stats.get("closed").asLong(), "issue") + "** "
                    + (stats.get("closed").asLong() == 1 ? "was" : "were") + " closed " + Say.when(r.period(), "in all")
                    + (days.get("count").asLong() > 0 ? "; the median took " + days.get("median").asDouble() + " days" : "")
                    + ".", Say.readAs("issues closed in the period", Say.when(r.period(), "all time"), scope),
                    List.of("Which of my repos has the most open issues?"));
        }
        if (r.matches("\\b(opened|filed|created|reported|raised|new)\\b") || r.period().isPresent()) {
            return Reply.of("**" + Say.plural(stats.get("opened").asLong(), "issue") + "** "
                    + (stats.get("opened").asLong() == 1 ? "was" : "were") + " opened " + Say.when(r.period(), "in all")
                    + " (" + Say.number(stats.get("closed").asLong()) + " closed in the same period).",
                    Say.readAs("issues opened in the period", Say.when(r.period(), "all time"), scope),
                    List.of("Which of my repos has the most open issues?"));
        }
        return Reply.of("You have **" + Say.plural(stats.get("open_now").asLong(), "open issue") + "**"
                + r.repo().map(repo -> " in **" + repo + "**").orElse(" across your repositories") + ".",
                Say.readAs("open issues now", scope), List.of("Which of my repos has the most open issues?",
                        "What's my oldest open issue?"));
    }
}
