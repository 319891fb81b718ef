package dev.bitofgit.answer;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** The very first or the latest commit — the user's own, or anyone's in one repository — with its date and repo. */
final class FirstLastCommitFamily implements Family {
    @Override
    public int fit(Reading r) {
        boolean recency = r.matches("\\b(how recently|how long ago|how long (has it been )?since|since when|when did i last|"
                + "(most recent|latest|last) (date|time|day|change|changes|update|edit|activity)|last (active|seen|worked)|"
                + "(latest|newest|most recent) (change|update|edit|push|contribution)|most recently (push|pushed|"
                + "commit|committed)|"
                + "last (touched|worked on|updated|modified|changed|contributed to)|most recently (touched|worked on|"
                + "updated|changed|contributed to))\\b");
        if (!r.mentionsCommits() && !recency && !r.matches("\\bwhen did i (last|first|start|begin)")) {
            return 0;
        }
        if (recency && !r.repos().isEmpty()) {
            return 75;
        }
        if (r.top().isPresent() || r.matches("\\b(commits|last \\d+|recent commits)\\b")
                && !r.matches("\\b(first|earliest|very first|oldest)\\b")) {
            return 0;
        }
        return first(r) || last(r) ? 75 : 0;
    }

    private static boolean first(Reading r) {
        return !r.matches("\\bsince (jan(uary)?\\.? )?first\\b|\\bthe start of the year\\b") && r.matches("\\b(first|earliest|very first|oldest|initial|start(ed)? committing|begin)\\b");
    }

    private static boolean last(Reading r) {
        return r.matches("\\b(latest|most recent|most recently|newest|lately|how recently|how long ago|how long "
                + "(has it been )?since)\\b")
                || r.matches("\\blast\\b(?! (week|month|year|quarter|weekend|few|couple|\\d+|days|weeks|months|years))");
    }

    @Override
    public Reply answer(Reading r, ToolCalls tools) {
        boolean first = first(r) && !r.matches("\\b(last|latest|most recent)\\b.*\\bcommit\\b");
        CommitScope scope = CommitScope.of(r);
        var arguments = scope.arguments(r, tools.args(), false).put("limit", 1).put("order", first ? "oldest" : "newest");
        JsonNode commits = tools.call("get_commit_timeline", arguments).get("commits");
        JsonNode commit = commits.isEmpty() ? null : commits.get(0);
        String readAs = Say.readAs((first ? "the oldest of " : "the newest of ") + scope.whose(),
                Say.when(r.period(), "all time"), Say.repoScope(r.repo()));
        if (commit == null || commit.isNull()) {
            return Reply.of("There is no commit " + Say.when(r.period(), "") + r.repo().map(repo -> " in " + repo)
                    .orElse("") + ".", readAs, List.of());
        }
        String repo = commit.get("repo").asString();
        String text = (scope.own() ? "Your " : "The ") + (first ? "very first" : "latest") + " commit"
                + r.repo().map(name -> " to **" + name + "**").orElse("") + " was on **"
                + Say.day(commit.get("date")) + "** (" + commit.get("date").asString() + ")"
                + (r.repo().isEmpty() ? " in **" + repo + "**" : "") + ": \"" + commit.get("message").asString()
                + "\" (" + commit.get("sha").asString().substring(0, 7) + (scope.own() ? "" : ", by "
                + commit.get("author").asString()) + ").";
        return Reply.of(text, readAs, List.of("What is " + repo + " about?", "Show my last 5 commits")).about(repo);
    }
}
