package dev.bitofgit.answer;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Totals over commits that no roll-up answers: lines added and deleted, the largest commit, merge commits — for the
 * user's own or everyone's commits, a period and a repository.
 */
final class CommitStatsFamily implements Family {
    @Override
    public boolean countsCommits(Reading r) {
        return true;
    }

    @Override
    public boolean followsPeople() {
        return true;
    }

    @Override
    public int fit(Reading r) {
        if (biggest(r)) {
            return 78;
        }
        if (r.matches("\\bmerge(s|d)?\\b") && (r.mentionsCommits() || r.measure() == Reading.Measure.COUNT)) {
            return 78;
        }
        if (r.matches("\\b(lines?|loc|additions|deletions|churn|code (added|removed|deleted|written|changed))\\b")
                && !r.matches("\\b(most|least|which (repo|repository|project))\\b")) {
            return 72;
        }
        return 0;
    }

    private static boolean biggest(Reading r) {
        return r.matches("\\b(biggest|largest|huge|hugest|heaviest|most lines|giant|massive|largest single)\\b")
                && r.any("commit", "commits", "change", "changes", "changeset");
    }

    @Override
    public Reply answer(Reading r, ToolCalls tools) {
        CommitScope scope = CommitScope.of(r);
        if (biggest(r)) {
            JsonNode stats = tools.call("get_commit_stats", scope.arguments(r, tools.args(), false));
            JsonNode commit = stats.get("largest_commit");
            String readAs = Say.readAs("the commit with most lines changed (added + deleted)", scope.whose(),
                    Say.when(r.period(), "all time"), CommitScope.repoScope(r));
            if (commit == null || commit.isNull()) {
                return Reply.of("There is no commit to measure.", readAs, List.of());
            }
            long added = commit.get("additions").asLong();
            long deleted = commit.get("deletions").asLong();
            String text = "The biggest commit" + r.repo().map(repo -> " in **" + repo + "**").orElse("") + " is "
                    + commit.get("sha").asString().substring(0, 7) + " in **" + commit.get("repo").asString()
                    + "** on " + Say.day(commit.get("date")) + ": **" + Say.number(added + deleted)
                    + " lines changed** (+" + Say.number(added) + " / −" + Say.number(deleted) + "), \""
                    + commit.get("message").asString() + "\" by " + commit.get("author").asString() + ".";
            return Reply.of(text, readAs, List.of("How many lines did I add this year?"))
                    .about(commit.get("repo").asString());
        }
        if (r.matches("\\bmerge(s|d)?\\b")) {
            JsonNode stats = tools.call("get_commit_stats", scope.arguments(r, tools.args(), false));
            long merges = stats.get("merge_commits").asLong();
            String text = r.repo().map(repo -> "**" + repo + "** has **" + Say.plural(merges, "merge commit") + "**")
                    .orElse((scope.own() || scope.author().isPresent() ? scope.subject() + " made **" : "There are **")
                            + Say.plural(merges, "merge commit") + "**")
                    + " " + Say.when(r.period(), "in total") + ", out of " + Say.plural(stats.get("commits").asLong(),
                    "commit") + (stats.get("commits").asLong() == 0 ? "." : String.format(java.util.Locale.ROOT,
                    " (%.1f%%).", 100.0 * merges / stats.get("commits").asLong()));
            return Reply.of(text, Say.readAs("commits with two or more parents", scope.whose(),
                    Say.when(r.period(), "all time"), CommitScope.repoScope(r)), List.of("What is my biggest commit?"));
        }
        JsonNode activity = tools.call("get_activity_summary", scope.arguments(r, tools.args()
                .put("group_by", "year"), true));
        long added = activity.get("additions").asLong();
        long deleted = activity.get("deletions").asLong();
        String who = scope.subject() + " added **";
        String text = who + Say.number(added) + " lines** and deleted **" + Say.number(deleted) + "**"
                + r.repo().map(repo -> " in **" + repo + "**").orElse("") + " " + Say.when(r.period(), "in total")
                + " (net " + (added - deleted >= 0 ? "+" : "−") + Say.number(Math.abs(added - deleted)) + ", over "
                + Say.plural(activity.get("commits").asLong(), "commit") + ").";
        return Reply.of(text, Say.readAs("lines added and deleted by " + scope.whose(), Say.when(r.period(), "all time"),
                Say.zone(r.zone()), CommitScope.repoScope(r)), List.of("What is my biggest commit?"))
                .about(r.repo().orElse(""));
    }
}
