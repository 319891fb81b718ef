package dev.bitofgit.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One pull request or issue named by its number: "who reviewed sensor-hub #65?", "what is issue #116 in
 * graphql-gateway about?", "PR 7 of url-shortener". Named with its title, author, dates, state and — for a pull
 * request — its reviewers; a number the store does not hold is said to be missing, not guessed.
 */
final class WorkItemFamily implements Family {
    private static final Pattern NUMBER = Pattern.compile("(?:#|\\b(?:pr|pull request|pull-request|issue|ticket|bug)"
            + "\\s+(?:number\\s+|no\\.?\\s*|nr\\.?\\s*)?#?)(\\d{1,7})\\b");

    @Override
    public boolean followsPeople() {
        return true;
    }

    @Override
    public boolean consumes(String word) {
        return word.matches("#?\\d+|number|no|reviewed|reviewers?|opened|about|title|status|state|closed|merged");
    }

    @Override
    public int fit(Reading r) {
        // "my #1 language" is a rank: a number names a pull request or issue with one of those words or a repository
        boolean named = !r.repos().isEmpty() || WorkSubjects.pullRequests(r) || r.matches("\\b(issues?|tickets?|bugs?)\\b");
        return named && number(r).isPresent() ? WorkSubjects.FIT + 5 : 0;
    }

    static Optional<Integer> number(Reading r) {
        Matcher m = NUMBER.matcher(r.text());
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    @Override
    public Reply answer(Reading r, ToolCalls tools) {
        int number = number(r).orElseThrow();
        boolean issue = r.matches("\\b(issues?|tickets?|bugs?)\\b") && !WorkSubjects.pullRequests(r);
        boolean pull = WorkSubjects.pullRequests(r) && !r.matches("\\b(issues?|tickets?)\\b");
        String where = r.repo().map(repo -> " in **" + repo + "**").orElse("");
        String readAs = Say.readAs((issue ? "issue" : pull ? "pull request" : "pull request or issue") + " #" + number,
                CommitScope.repoScope(r));
        List<String> found = new ArrayList<>();
        if (!issue) {
            JsonNode prs = tools.call("list_pull_requests", lookup(r, tools, number)).get("pull_requests");
            prs.forEach(pr -> found.add("Pull request " + PullRequestFamily.describe(pr) + "."));
        }
        if (!pull && found.isEmpty()) {
            JsonNode issues = tools.call("list_issues", lookup(r, tools, number)).get("issues");
            issues.forEach(item -> found.add("Issue " + describeIssue(item) + "."));
        }
        if (found.isEmpty()) {
            return Reply.of("There is no " + (issue ? "issue" : pull ? "pull request" : "pull request or issue") + " #"
                    + number + where + " in the store" + (r.repo().isEmpty() ? " (naming the repository helps)" : "")
                    + ".", readAs, List.of("What's my oldest open issue?", "What was my latest merged PR?"));
        }
        String text = found.size() == 1 ? found.get(0)
                : "#" + number + " is in " + found.size() + " repositories:\n\n- " + String.join("\n- ", found);
        return Reply.of(text, readAs, List.of("Who reviews my code most?"));
    }

    private static ObjectNode lookup(Reading r, ToolCalls tools, int number) {
        ObjectNode arguments = tools.args().put("number", number).put("state", "all").put("limit", 10);
        r.repo().ifPresent(repo -> arguments.put("repo", repo));
        return arguments;
    }

    /** "**graphql-gateway #116** "Auth flow fails on empty input" (by pjhyett) — opened …, still open; 3 comments". */
    static String describeIssue(JsonNode item) {
        StringBuilder text = new StringBuilder("**").append(item.get("repo").asString()).append(" #")
                .append(item.get("number").asInt()).append("** \"").append(item.get("title").asString()).append("\"");
        if (item.path("author").isString()) {
            text.append(" (by ").append(item.get("author").asString()).append(")");
        }
        text.append(" — opened ").append(Say.day(item.get("created_at")));
        if (item.path("closed_at").isString()) {
            text.append(", closed ").append(Say.day(item.get("closed_at")));
            if (item.path("state_reason").isString()) {
                text.append(" (").append(item.get("state_reason").asString().replace('_', ' ')).append(")");
            }
            if (item.path("closed_by_pull_request").isNumber()) {
                text.append(" by pull request #").append(item.get("closed_by_pull_request").asInt());
            }
        } else {
            text.append(", still open");
        }
        List<String> labels = new ArrayList<>();
        item.path("labels").forEach(label -> labels.add(label.asString()));
        text.append("; ").append(Say.plural(item.get("comments").asLong(), "comment"));
        if (!labels.isEmpty()) {
            text.append(", labels: ").append(String.join(", ", labels));
        }
        return text.toString();
    }
}
