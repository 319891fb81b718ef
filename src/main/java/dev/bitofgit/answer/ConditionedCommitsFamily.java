package dev.bitofgit.answer;

import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Commits that meet conditions on single commits, counted and listed: "how many of my commits changed more than 5
 * files", "which commits deleted more lines than they added", "show my bug fixes made at night", "how many commits
 * over 1,000 lines did I push on weekends". Every condition goes to the tools; the answer says which were applied.
 */
final class ConditionedCommitsFamily implements CommitFamily {
    private static final int SHOWN = 10;

    @Override
    public boolean consumes(String word) {
        return CommitKindFamily.kindWord(word) || word.matches("files?|readme|readmes|longest|shortest|days|reviews?|"
                + "reviewed|requests?|prs?|issues?|watchers|merges|night|nights|mornings?|evenings?|afternoons?|weekends?|"
                + "weekdays|changed|deleted|added|lines|than|more|fewer|less");
    }

    @Override
    public boolean honours(Conditions.Type type) {
        return true;
    }

    @Override
    public int fit(Reading r) {
        Conditions conditions = Conditions.of(r);
        if (!conditions.any() || Superlatives.of(r).isPresent() && r.mentionsRepos()) {
            return 0;
        }
        boolean list = listing(r);
        if (CommitKindFamily.WHAT_DID_I.matcher(r.text()).find()) {
            return 86; // "what did I fix in chat-server": the fixes themselves
        }
        if (conditions.sized() || conditions.types().contains(Conditions.Type.NO_MERGES)
                && (list || r.measure() == Reading.Measure.COUNT || r.measure() == Reading.Measure.EXISTS)) {
            return 88;
        }
        if (conditions.types().size() >= 2 && (list || r.measure() == Reading.Measure.COUNT
                || r.measure() == Reading.Measure.EXISTS)) {
            return 88;
        }
        return list && (r.mentionsCommits() || conditions.kind().isPresent()) ? 80 : 0;
    }

    private static boolean listing(Reading r) {
        return r.measure() != Reading.Measure.COUNT && !r.matches("\\b(what|which) (number|share|percentage|percent|"
                + "fraction|proportion|part)\\b") && r.matches("^(which|what|show|list|give|find|display)\\b|\\b(show|list) "
                + "(me )?(my |the |all )?\\b");
    }

    @Override
    public Reply answer(Reading r, ToolCalls tools) {
        Conditions conditions = Conditions.of(r);
        CommitScope scope = CommitScope.of(r);
        ObjectNode arguments = conditions.apply(scope.arguments(r, tools.args(), false), r.zone());
        long matching = tools.call("get_commit_stats", arguments).get("commits").asLong();
        long all = tools.call("get_commit_stats", scope.arguments(r, tools.args(), false)).get("commits").asLong();
        String readAs = Say.readAs(scope.whose(), "that " + conditions.label(), Say.when(r.period(), "all time"),
                CommitScope.repoScope(r), conditions.hours().isPresent() || !conditions.weekdays().isEmpty()
                        ? Say.zone(r.zone()) : "");
        String share = all == 0 ? "" : String.format(Locale.ROOT, " (%.1f%%)", matching * 100.0 / all);
        String head = "**" + Say.number(matching) + "** of " + (scope.own() ? "your " : scope.author().map(a -> a + "'s ")
                .orElse("the ")) + Say.plural(all, "commit") + " " + Say.when(r.period(), "").strip()
                + (r.period().isPresent() ? " " : "") + conditions.label() + share + ".";
        if (r.measure() == Reading.Measure.EXISTS) {
            head = (matching > 0 ? "Yes — " : "No — ") + head;
        }
        if (matching == 0 || !listing(r)) {
            return Reply.of(head, readAs, List.of("What is my biggest commit?"));
        }
        JsonNode commits = tools.call("get_commit_timeline", arguments.put("limit", SHOWN)).get("commits");
        StringBuilder text = new StringBuilder(head + (matching > SHOWN ? " The " + SHOWN + " newest:" : "") + "\n");
        for (JsonNode c : commits) {
            text.append("\n- ").append(Say.day(c.get("date"))).append(" **").append(c.get("repo").asString())
                    .append("** ").append(c.get("sha").asString(), 0, 7).append(" — ")
                    .append(c.get("message").asString()).append(" (+").append(Say.number(c.get("additions").asLong()))
                    .append(" / −").append(Say.number(c.get("deletions").asLong()))
                    .append(c.has("changed_files") ? ", " + Say.plural(c.get("changed_files").asLong(), "file") : "")
                    .append(")");
        }
        return Reply.of(text.toString(), readAs, List.of("What is my biggest commit?"));
    }
}
