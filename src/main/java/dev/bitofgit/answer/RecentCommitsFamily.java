package dev.bitofgit.answer;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** The latest N commits (or the first N), across all repositories or one, in a period. */
final class RecentCommitsFamily implements CommitFamily {
    @Override
    public int fit(Reading r) {
        if (!r.any("commits", "commit")) {
            return 0;
        }
        boolean listing = r.matches("\\b(last|latest|recent|newest|most recent) (\\d+ |few |couple of )?commits\\b")
                || r.matches("\\b(show|list|see|display) (me )?(the |my )?(\\d+ )?(last |latest |recent )?commits\\b")
                || r.matches("\\bcommit (log|history)\\b") || (r.top().isPresent() && r.matches("\\bcommits\\b"));
        return listing && !r.mentionsRepos() && !r.matches("\\b(who|whom|person|people|collaborat\\w*|contributors?)\\b") && !r.matches("\\b(biggest|largest|first|earliest|oldest)\\b") ? 78 : 0;
    }

    @Override
    public Reply answer(Reading r, ToolCalls tools) {
        int n = Math.min(r.top().orElse(5), 50);
        boolean own = r.own().orElse(false) && r.matches("\\bmy (own )?commits\\b|\\bi (made|pushed|wrote)\\b");
        var arguments = tools.args().put("limit", n).put("own_only", own);
        r.author().ifPresent(person -> arguments.put("author", person));
        CommitScope.where(r, arguments);
        Say.range(arguments, r.period());
        JsonNode commits = tools.call("get_commit_timeline", arguments).get("commits");
        String readAs = Say.readAs("the latest " + n + " of " + (own ? "your own commits"
                        : r.author().map(person -> "commits by " + person).orElse("everyone's commits")),
                Say.when(r.period(), ""), CommitScope.repoScope(r));
        if (commits.isEmpty()) {
            return Reply.of("There are no commits to show" + r.repo().map(repo -> " in " + repo).orElse("") + ".",
                    readAs, List.of());
        }
        StringBuilder text = new StringBuilder(r.author().map(person -> person + "'s latest ").orElse("The latest ")
                + commits.size() + " commits" + r.repo()
                .map(repo -> " to **" + repo + "**").orElse("") + ":\n\n");
        for (JsonNode commit : commits) {
            text.append("- ").append(Say.day(commit.get("date"))).append(" **").append(commit.get("repo").asString())
                    .append("** ").append(commit.get("sha").asString(), 0, 7).append(" — ")
                    .append(commit.get("message").asString()).append(" (").append(commit.get("author").asString())
                    .append(")\n");
        }
        return Reply.of(text.toString().trim(), readAs, List.of("What did I work on last month?"))
                .about(r.repo().orElse(""));
    }
}
