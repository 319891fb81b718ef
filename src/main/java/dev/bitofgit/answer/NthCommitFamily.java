package dev.bitofgit.answer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import tools.jackson.databind.JsonNode;
import dev.bitofgit.tools.ToolArguments;

/**
 * A commit by its place in the history: "my 1000th commit", "the 500th commit to chat-server", "commit number 42" —
 * counted from the oldest, over the commits the question selects.
 */
final class NthCommitFamily implements CommitFamily {
    private static final Map<String, Integer> ORDINAL_WORDS = Map.of("hundredth", 100, "thousandth", 1_000,
            "ten thousandth", 10_000, "fiftieth", 50, "tenth", 10, "twentieth", 20, "five hundredth", 500,
            "two thousandth", 2_000);

    @Override
    public int fit(Reading r) {
        return ordinal(r).isPresent() && r.matches("\\bcommits?\\b") ? 88 : 0;
    }

    /** The N of "my 1000th commit", "commit number 250", "the thousandth commit". */
    static Optional<Integer> ordinal(Reading r) {
        Matcher digits = Regex.of("\\b(\\d{1,7})(?:st|nd|rd|th)\\b[^?.!]{0,30}\\bcommit|\\bcommit (?:number|no\\.?|#) ?(\\d{1,7})\\b")
                .matcher(r.text());
        if (digits.find()) {
            int n = Integer.parseInt(digits.group(1) != null ? digits.group(1) : digits.group(2));
            return n >= 1 ? Optional.of(n) : Optional.empty();
        }
        for (Map.Entry<String, Integer> word : ORDINAL_WORDS.entrySet()) {
            if (r.matches("\\b" + word.getKey() + "\\b[^?.!]{0,30}\\bcommit")) {
                return Optional.of(word.getValue());
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean consumes(String word) {
        return word.matches("\\d+(st|nd|rd|th)|hundredth|thousandth|milestone|number");
    }

    @Override
    public Reply answer(Reading r, ToolCalls tools) {
        int n = ordinal(r).orElseThrow();
        CommitScope scope = CommitScope.of(r);
        var arguments = scope.arguments(r, tools.args(), false).put("limit", 1).put("order", "oldest")
                .put("cursor", ToolArguments.cursorFor(n - 1));
        JsonNode commits = tools.call("get_commit_timeline", arguments).get("commits");
        String readAs = Say.readAs(scope.whose() + ", counted from the oldest", Say.when(r.period(), "all time"),
                CommitScope.repoScope(r));
        if (commits.isEmpty()) {
            long total = tools.call("get_activity_summary", scope.arguments(r, tools.args().put("group_by", "year"), false))
                    .get("commits").asLong();
            return Reply.of("There is no " + Say.ordinal(n) + " commit: " + scope.whose() + " number "
                    + Say.number(total) + " " + Say.when(r.period(), "in all").strip() + ".", readAs, List.of());
        }
        JsonNode commit = commits.get(0);
        String day = Say.day(commit.get("date"));
        String repo = commit.get("repo").asString();
        return Reply.of(scope.possessive() + " " + Say.ordinal(n) + " commit" + r.repo().map(name -> " to **" + name + "**")
                .orElse("") + " was on **" + day + "** (" + Say.ago(LocalDate.parse(day), tools.today()) + ")"
                + (r.repo().isEmpty() ? " in **" + repo + "**" : "") + ": \"" + commit.get("message").asString() + "\" ("
                + commit.get("sha").asString().substring(0, 7) + ").", readAs, List.of("When was my very first commit?"))
                .about(repo);
    }
}
