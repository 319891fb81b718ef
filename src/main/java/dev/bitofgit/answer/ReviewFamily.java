package dev.bitofgit.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Code reviews: who reviews the user's code most, how many reviews the user gave or received in a period, and how
 * they split by state (approved, changes requested, commented).
 */
final class ReviewFamily implements Family {
    @Override
    public int fit(Reading r) {
        if (!WorkSubjects.reviews(r) || WorkSubjects.ranksRepos(r)) {
            return 0;
        }
        // "For my annual review …", "large commits are hard to review", "I'm reviewing which projects …": a review
        // of something else, asked about commits or repositories.
        if (r.matches("\\b(annual|performance|promotion|year[- ]in[- ]review|workflow) review\\b")
                || ((r.mentionsCommits() || r.mentionsRepos()) && !WorkSubjects.pullRequests(r)
                && !r.matches("\\b(reviews|reviewers)\\b (did|do|have|per|by|in|on)"))) {
            return 0;
        }
        // "Which PR got the most reviews", "who reviewed my first PR": one pull request, with its reviewers.
        if (WorkSubjects.pullRequests(r) && PullRequestFamily.picksOne(r)) {
            return 0;
        }
        // "PRs merged without anyone reviewing them" counts pull requests
        if (WorkSubjects.pullRequests(r) && r.matches("\\bmerg\\w*") && r.matches("\\b(without|unreviewed|no reviews?|"
                + "never (got )?reviewed|nobody|no one|not reviewed)\\b")) {
            return 0;
        }
        // "How long do my PRs wait for a review" is a pull request question.
        return WorkSubjects.pullRequests(r) && r.matches("\\b(how long|wait|waiting|time to|how (many|much) (hours|days|time)|"
                + "how (fast|quickly)|(hours|days) (pass|go by|elapse)|between open(ing)?)\\b") ? 0
                : WorkSubjects.FIT + 2;
    }

    @Override
    public Reply answer(Reading r, ToolCalls tools) {
        String scope = Say.readAs(Say.when(r.period(), "all time"), Say.repoScope(r.repo()));
        if (r.matches("\\b(who|whom|which (people|person|reviewers?)|top reviewers?|most reviews from|reviewers)\\b")
                && !r.matches("\\bdid i (review|give)\\b")) {
            return reviewers(r, tools, scope);
        }
        if (r.matches("\\b(approv\\w*|changes requested|request(ed)? changes|state|states|kind|kinds|types?)\\b")) {
            return states(r, tools, scope);
        }
        return counts(r, tools, scope);
    }

    private static ObjectNode arguments(Reading r, ToolCalls tools, String groupBy) {
        ObjectNode arguments = Say.range(tools.args(), r.period()).put("group_by", groupBy);
        r.repo().ifPresent(repo -> arguments.put("repo", repo));
        return arguments;
    }

    private static Reply reviewers(Reading r, ToolCalls tools, String scope) {
        JsonNode stats = tools.call("get_review_stats", arguments(r, tools, "reviewer").put("limit", 5));
        String readAs = Say.readAs("reviews of your own pull requests by others, by reviewer", scope);
        List<JsonNode> reviewers = new ArrayList<>();
        stats.get("groups").forEach(group -> {
            if (group.get("received").asLong() > 0) {
                reviewers.add(group);
            }
        });
        if (reviewers.isEmpty()) {
            return Reply.of("Nobody has reviewed your pull requests " + Say.when(r.period(), "yet") + ".", readAs,
                    List.of("How many reviews did I give this year?"));
        }
        JsonNode top = reviewers.get(0);
        StringBuilder text = new StringBuilder("**" + top.get("key").asString() + "** reviews your code most: "
                + Say.plural(top.get("received").asLong(), "review") + " of your pull requests "
                + Say.when(r.period(), "in all") + ", out of " + Say.number(stats.get("received").asLong()) + ".");
        if (reviewers.size() > 1) {
            text.append(" Then ").append(Say.join(reviewers.subList(1, reviewers.size()), group -> "**"
                    + group.get("key").asString() + "** (" + Say.number(group.get("received").asLong()) + ")")).append('.');
        }
        return Reply.of(text.toString(), readAs, List.of("How many reviews did I give this year?"));
    }

    private static Reply states(Reading r, ToolCalls tools, String scope) {
        JsonNode stats = tools.call("get_review_stats", arguments(r, tools, "state"));
        boolean given = !r.matches("\\b(received|got|get|my (prs?|pull requests?|code))\\b");
        String field = given ? "given" : "received";
        String readAs = Say.readAs(given ? "reviews you gave, by state" : "reviews your pull requests received, by state",
                scope);
        StringBuilder text = new StringBuilder(given ? "Of the **" + Say.plural(stats.get("given").asLong(), "review")
                + "** you gave " : "Of the **" + Say.plural(stats.get("received").asLong(), "review")
                + "** your pull requests received ");
        text.append(Say.when(r.period(), "in all")).append(": ");
        List<String> parts = new ArrayList<>();
        stats.get("groups").forEach(group -> {
            if (group.get(field).asLong() > 0) {
                parts.add(Say.number(group.get(field).asLong()) + " "
                        + group.get("key").asString().toLowerCase(Locale.ROOT).replace('_', ' '));
            }
        });
        text.append(parts.isEmpty() ? "none" : Say.join(parts)).append('.');
        return Reply.of(text.toString(), readAs, List.of("Who reviews my code most?"));
    }

    private static Reply counts(Reading r, ToolCalls tools, String scope) {
        JsonNode stats = tools.call("get_review_stats", arguments(r, tools, "state"));
        boolean received = r.matches("\\b(received|got|get|getting|on my (prs?|pull requests?|code))\\b")
                || r.matches("\\b(my (prs?|pull requests?|code)) (got|get|received)\\b");
        long given = stats.get("given").asLong();
        long got = stats.get("received").asLong();
        String when = Say.when(r.period(), "in all");
        if (received) {
            return Reply.of("Your pull requests received **" + Say.plural(got, "review") + "** from others " + when
                    + " (you gave " + Say.number(given) + ").", Say.readAs("reviews of your pull requests by others",
                    scope), List.of("Who reviews my code most?"));
        }
        return Reply.of("You gave **" + Say.plural(given, "review") + "** " + when + " (and received "
                + Say.number(got) + " on your own pull requests).",
                Say.readAs("reviews you submitted on pull requests the store holds (your repositories' and your own "
                        + "elsewhere)", scope), List.of("Who reviews my code most?"));
    }
}
