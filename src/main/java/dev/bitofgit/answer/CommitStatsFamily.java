package dev.bitofgit.answer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Totals over commits that no roll-up answers: lines added and deleted, the largest commit, merge commits — for the
 * user's own or everyone's commits, a period and a repository.
 */
final class CommitStatsFamily implements CommitFamily {
    /** "how many files do my commits change", "which commit touched the most files". */
    private static final Pattern FILES = Pattern.compile("\\bfiles?\\b.*\\b(change[sd]?|"
            + "touch(e[sd])?|modif(y|ies|ied)|edit(s|ed)?|per commit|each commit|a commit|commits?)\\b|\\b(change[sd]?|"
            + "touch(e[sd])?|modif(y|ies|ied)|edit(s|ed)?)\\b.*\\bfiles?\\b");
    /** "how long are my commit messages", "average subject length". */
    private static final Pattern MESSAGE_LENGTH = Pattern.compile("\\b(long|length|"
            + "lengths|short|characters|chars|verbose|wordy)\\b.*\\b(messages?|subjects?|subject lines?|titles?)\\b|"
            + "\\b(messages?|subjects?|subject lines?|titles?)\\b.*\\b(long|length|lengths|short|characters|chars|verbose)\\b");

    @Override
    public boolean consumes(String word) {
        return word.matches("files?|changed|change|changes|touched|touch|touches|modified|edited|messages?|length|"
                + "lengths|long|characters|chars|subjects?|titles?|lines?|added|deleted|merges?|merged|biggest|largest");
    }

    private static boolean files(Reading r) {
        return FILES.matcher(r.text()).find() && !r.matches("\\b(repos?|repositories|projects?) (with|have|has|having)"
                + "\\b|\\bwhich (repos?|repositories|projects?)\\b");
    }

    private static boolean messageLength(Reading r) {
        return MESSAGE_LENGTH.matcher(r.text()).find();
    }

    @Override
    public boolean honours(Conditions.Type type) {
        return true; // every condition goes to get_commit_stats
    }

    @Override
    public int fit(Reading r) {
        if (files(r) || messageLength(r)) {
            return 86; // above the per-week average of commits: "on average" here is per commit

        }
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
        if (messageLength(r)) {
            return messageLength(r, tools, scope);
        }
        if (files(r)) {
            return files(r, tools, scope);
        }
        if (biggest(r)) {
            JsonNode stats = tools.call("get_commit_stats", args(r, scope, tools.args()));
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
            JsonNode stats = tools.call("get_commit_stats", args(r, scope, tools.args()));
            long merges = stats.get("merge_commits").asLong();
            String text = r.repo().map(repo -> "**" + repo + "** has **" + Say.plural(merges, "merge commit") + "**")
                    .orElse((scope.own() || scope.author().isPresent() ? scope.subject() + " made **" : "There are **")
                            + Say.plural(merges, "merge commit") + "**")
                    + " " + Say.when(r.period(), "in total") + ", out of " + Say.plural(stats.get("commits").asLong(),
                    "commit") + (stats.get("commits").asLong() == 0 ? "." : String.format(Locale.ROOT,
                    " (%.1f%%).", 100.0 * merges / stats.get("commits").asLong()));
            return Reply.of(text, Say.readAs("commits with two or more parents", scope.whose(),
                    Say.when(r.period(), "all time"), CommitScope.repoScope(r)), List.of("What is my biggest commit?"));
        }
        // Conditions on single commits need the commits themselves; the roll-ups behind the activity summary do not.
        JsonNode activity = Conditions.of(r).any() ? tools.call("get_commit_stats", args(r, scope, tools.args()))
                : tools.call("get_activity_summary", scope.arguments(r, tools.args().put("group_by", "year"), true));
        long added = activity.get("additions").asLong();
        long deleted = activity.get("deletions").asLong();
        String who = scope.subject() + " added **";
        String text = who + Say.number(added) + " lines** and deleted **" + Say.number(deleted) + "**"
                + r.repo().map(repo -> " in **" + repo + "**").orElse("") + " " + Say.when(r.period(), "in total")
                + " (net " + (added - deleted >= 0 ? "+" : "−") + Say.number(Math.abs(added - deleted)) + ", over "
                + Say.plural(activity.get("commits").asLong(), "commit") + ").";
        return Reply.of(text, Say.readAs("lines added and deleted by " + scope.whose(), Conditions.of(r).label(), Say.when(r.period(), "all time"),
                Say.zone(r.zone()), CommitScope.repoScope(r)), List.of("What is my biggest commit?"))
                .about(r.repo().orElse(""));
    }

    private static Reply files(Reading r, ToolCalls tools, CommitScope scope) {
        JsonNode stats = tools.call("get_commit_stats", args(r, scope, tools.args().put("most_files", true)));
        long commits = stats.get("commits").asLong();
        long known = stats.get("commits_with_file_counts").asLong();
        long files = stats.get("changed_files").asLong();
        String readAs = Say.readAs("files changed per commit, from each commit's file list", scope.whose(),
                Say.when(r.period(), "all time"), CommitScope.repoScope(r));
        if (known == 0) {
            return Reply.of(commits == 0 ? "There are no commits " + Say.when(r.period(), "") + " to measure."
                    : "The store does not know how many files these " + Say.plural(commits, "commit") + " changed "
                    + "(GitHub's commit lists leave it out; a re-sync with file details fills it in).", readAs, List.of());
        }
        JsonNode most = stats.get("most_files_commit");
        String average = String.format(Locale.ROOT, "%.1f", files / (double) known);
        String mostText = most == null || most.isNull() ? "" : "The commit that changed most files is "
                + most.get("sha").asString().substring(0, 7) + " in **" + most.get("repo").asString() + "** on "
                + Say.day(most.get("date")) + ": **" + Say.plural(most.get("changed_files").asLong(), "file") + "**, \""
                + most.get("message").asString() + "\" by " + most.get("author").asString() + ".";
        boolean askedMost = r.matches("\\b(most|biggest|largest|maximum|max|widest)\\b");
        String averageText = (scope.own() || scope.author().isPresent() ? scope.subject() + " changed " : "The commits changed ")
                + "**" + average + " files per commit** on average " + Say.when(r.period(), "over all time") + " ("
                + Say.number(files) + " file changes over " + Say.plural(known, "commit")
                + (known < commits ? ", of " + Say.number(commits) + " whose file counts are known" : "") + ").";
        String text = askedMost && !mostText.isEmpty() ? mostText + " " + averageText
                : averageText + (mostText.isEmpty() ? "" : " " + mostText);
        return Reply.of(text, readAs, List.of("What is my biggest commit?"))
                .about(most == null || most.isNull() ? "" : askedMost ? most.get("repo").asString() : "");
    }

    private static Reply messageLength(Reading r, ToolCalls tools, CommitScope scope) {
        JsonNode stats = tools.call("get_commit_stats", args(r, scope, tools.args().put("by_kind", true)));
        long commits = stats.get("commits").asLong();
        String readAs = Say.readAs("characters per commit message, and of its first line (the subject)", scope.whose(),
                Say.when(r.period(), "all time"), CommitScope.repoScope(r));
        if (commits == 0 || stats.get("average_message_length").isNull()) {
            return Reply.of("There are no commit messages " + Say.when(r.period(), "") + " to measure.", readAs, List.of());
        }
        String text = scope.possessive() + " commit messages are **"
                + decimal(stats.get("average_message_length").asDouble()) + " characters** long on average; their "
                + "subject lines (first line) **" + decimal(stats.get("average_subject_length").asDouble())
                + " characters** — over " + Say.plural(commits, "commit") + " " + Say.when(r.period(), "in all") + ".";
        return Reply.of(text, readAs, List.of("What kind of commits do I make most?"));
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** The scope's arguments with the question's conditions on single commits. */
    private static tools.jackson.databind.node.ObjectNode args(Reading r, CommitScope scope,
                                                               tools.jackson.databind.node.ObjectNode base) {
        return Conditions.of(r).apply(scope.arguments(r, base, false), r.zone());
    }
}
