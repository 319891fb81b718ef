package dev.bitofgit.answer;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The labels on the issues: "the most common label on my issues", "which labels do my issues carry". */
final class IssueLabelsFamily implements Family {
    @Override
    public int fit(Reading r) {
        // the labels themselves asked about — not issues filtered by one ("open issues labeled bug")
        boolean aboutLabels = r.matches("\\b(which|what|top|most (common|used|frequent|popular)|commonest|favou?rite|"
                + "how many (different |distinct )?)( \\w+){0,2} (labels?|tags?)\\b|\\blabels? (do|does|did|are|is|used|"
                + "show|shows|appear)\\b|\\b(labels?|tags?) (used )?(most|the most)\\b");
        return WorkSubjects.issues(r) && aboutLabels && !r.matches("\\b(labell?ed|tagged|with (the )?label)\\b") ? 90 : 0;
    }

    @Override
    public boolean consumes(String word) {
        return word.matches("labels?|labell?ed|tags?|tagged|common|commonest|frequent|used|popular|carry|carries|have|has");
    }

    @Override
    public Reply answer(Reading r, ToolCalls tools) {
        var arguments = Say.range(tools.args(), r.period());
        r.repo().ifPresent(repo -> arguments.put("repo", repo));
        JsonNode labels = tools.call("get_issue_stats", arguments).get("labels");
        String where = r.repo().map(repo -> " in **" + repo + "**").orElse(" in your repositories");
        String readAs = Say.readAs("labels of the issues opened in the period, counted once per issue",
                Say.when(r.period(), "all time"), r.repo().map(repo -> "repository " + repo).orElse("all repositories"));
        if (labels.isEmpty()) {
            return Reply.of("None of the issues" + where + " " + Say.when(r.period(), "").strip() + " carries a label.",
                    readAs, List.of("How many open issues do I have?"));
        }
        JsonNode top = labels.get(0);
        List<String> rest = new ArrayList<>();
        for (int i = 1; i < Math.min(labels.size(), 6); i++) {
            rest.add(labels.get(i).get("label").asString() + " (" + Say.number(labels.get(i).get("issues").asLong()) + ")");
        }
        String text = "The most common label on the issues" + where + " " + Say.when(r.period(), "").strip() + " is **"
                + top.get("label").asString() + "**, on " + Say.plural(top.get("issues").asLong(), "issue") + "."
                + (rest.isEmpty() ? "" : " Then " + Say.join(rest) + ".");
        return Reply.of(text.replace("  ", " ").replace(" .", "."), readAs, List.of("How many open issues do I have?"));
    }
}
