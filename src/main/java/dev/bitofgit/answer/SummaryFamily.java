package dev.bitofgit.answer;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** The account at a glance ("tell me about my GitHub"), and its totals: stars, forks, repositories by kind. */
final class SummaryFamily implements Family {
    @Override
    public int fit(Reading r) {
        if (!r.repos().isEmpty()) {
            return 0;
        }
        if (r.matches("\\b(summar(y|ise|ize)|overview|tell me about (my|me)|about me|in a nutshell|at a glance|"
                + "big picture|recap)\\b")) {
            return 58;
        }
        if (r.matches("\\b(my (github|profile|account)|profile)\\b")) {
            return 40; // "… on my account" is where, not what
        }
        if (totals(r)) {
            return 62;
        }
        return 0;
    }

    /** "How many stars do I have in total", "total forks", "stars on my public non-fork repos altogether". */
    private static boolean totals(Reading r) {
        return r.matches("\\b(stars?|starred|stargazers|forks|forked)\\b") && r.matches("\\b(how many|total|all|altogether|"
                + "in total|overall|sum|count|collected|combined)\\b") && !r.matches("\\b(most|which|summar|overview|profile)\\b")
                && r.forks().isEmpty() || r.matches("\\b(stars?|forks) (across|in total|altogether)\\b");
    }

    /** Stars or forks summed over the repositories the question's filters select. */
    private static Reply totalsAnswer(Reading r, ToolCalls tools) {
        boolean forks = r.matches("\\b(forks|forked)\\b") && !r.matches("\\bstars?\\b");
        String field = forks ? "forks" : "stars";
        long sum = 0;
        long count = 0;
        for (JsonNode repo : tools.allRepos(RepoListFamily.filters(r, tools.args()), "name")) {
            sum += repo.get(field).asLong();
            count++;
        }
        String condition = RepoListFamily.condition(r);
        String which = condition.isEmpty() ? "" : " that " + RepoListFamily.condition(r);
        return Reply.of("Your repositories" + which + " have " + (forks ? "been forked **" + Say.plural(sum, "time")
                + "**" : "**" + Say.plural(sum, "star") + "**") + " in total, across " + Say.plural(count, "repository")
                + ".", Say.readAs(field + " summed over repositories" + which, "repositories you can see"),
                List.of(forks ? "Which is my most forked repository?" : "Which is my most starred repository?"));
    }

    @Override
    public Reply answer(Reading r, ToolCalls tools) {
        if (totals(r)) {
            return totalsAnswer(r, tools);
        }
        JsonNode s = tools.call("get_account_summary", tools.args());
        JsonNode repos = s.get("repos");
        JsonNode commits = s.get("commits");
        String readAs = Say.readAs("the whole account, repositories you can see");
        StringBuilder text = new StringBuilder();
        text.append("**").append(s.get("username").asString()).append("**");
        if (s.hasNonNull("name")) {
            text.append(" (").append(s.get("name").asString()).append(")");
        }
        text.append(" has **").append(Say.plural(repos.get("total").asLong(), "repository")).append("** (")
                .append(Say.number(repos.get("public").asLong())).append(" public, ")
                .append(Say.number(repos.get("private").asLong())).append(" private, ")
                .append(Say.plural(repos.get("forks").asLong(), "fork")).append(", ")
                .append(Say.number(repos.get("archived").asLong())).append(" archived) with **")
                .append(Say.plural(commits.get("total").asLong(), "commit")).append("**, ")
                .append(Say.number(commits.get("own").asLong())).append(" of them your own, on ")
                .append(Say.plural(commits.get("active_days").asLong(), "active day"));
        if (commits.hasNonNull("first_commit_at")) {
            text.append(" between ").append(Say.day(commits.get("first_commit_at"))).append(" and ")
                    .append(Say.day(commits.get("last_commit_at")));
        }
        text.append(". Total stars: **").append(Say.number(s.get("stars").asLong())).append("**.\n\n");
        text.append("Top repositories by your own commits: ").append(Say.join(s.get("top_repos"), repo ->
                "**" + repo.get("name").asString() + "** (" + Say.number(repo.get("own_commits").asLong()) + ")"))
                .append(".\n\n");
        text.append("Main languages (by repositories): ").append(Say.join(s.get("top_languages"), language ->
                language.get("language").asString() + " (" + language.get("repos").asLong() + ")")).append(".\n\n");
        JsonNode coverage = s.get("coverage");
        text.append("Engineering: ").append(Say.number(coverage.get("ci").asLong())).append(" repositories with CI, ")
                .append(Say.number(coverage.get("tests").asLong())).append(" with tests, ")
                .append(Say.number(coverage.get("docker").asLong())).append(" with Docker, ")
                .append(Say.number(coverage.get("license").asLong())).append(" with a license.");
        String top = s.get("top_repos").isEmpty() ? null : s.get("top_repos").get(0).get("name").asString();
        return Reply.of(text.toString(), readAs, top == null ? List.of() : List.of("What is " + top + " about?",
                "What did I work on last month?", "Which languages do I use most?")).about(top);
    }
}
