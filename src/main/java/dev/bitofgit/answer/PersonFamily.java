package dev.bitofgit.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One person the question names, across repositories: where they committed ("which repos has hubot worked on"),
 * where both of you did ("repos where Linus and I both committed"), where they did and you never did, and who they
 * are in your history ("tell me about Ada") — from the repository ranking narrowed to their commits.
 */
final class PersonFamily implements CommitFamily {
    /** The most repositories one ranking returns (the tool's bound). */
    private static final int LIMIT = 50;

    @Override
    public int fit(Reading r) {
        if (r.author().isEmpty() || r.matches("\\b(lines?|loc|additions|deletions|churn)\\b|\\b(added|deleted|removed) "
                + "(in total|overall|altogether)\\b")) {
            return 0; // a measure of their commits: the commit families follow a named person
        }
        if (r.mentionsRepos() && r.matches("\\b(which|what|where|list|show|any|is there|are there|how many)\\b")) {
            return 80;
        }
        return r.matches("\\b(who is|who's|tell me about|what about|what has|what did|how active|how much)\\b") ? 70 : 0;
    }

    @Override
    public Reply answer(Reading r, ToolCalls tools) {
        String person = r.author().orElseThrow();
        Map<String, Long> theirs = perRepo(r, tools, Map.of("author", person));
        String when = r.period().map(period -> " " + period.label()).orElse("");
        String readAs = Say.readAs("repositories with commits by " + person, Say.when(r.period(), "all time"),
                "repositories you can see");
        boolean both = r.matches("\\b(both|and (i|me)|(i|me) and|together|we both|with me|as well as (me|i))\\b");
        boolean withoutMe = r.matches("\\b(but|and) (i|me) (never|didn'?t|did not|haven'?t|have not|not)\\b|\\b"
                + "(without|never) (me|my commits)\\b|\\bnot (me|i|mine)\\b");
        if (both || withoutMe) {
            Map<String, Long> mine = perRepo(r, tools, Map.of());
            List<String> names = new ArrayList<>();
            theirs.keySet().forEach(repo -> {
                if (mine.containsKey(repo) == both) {
                    names.add(repo);
                }
            });
            String what = both ? "both you and " + person + " committed to" : person + " committed to and you never did";
            names.sort(String.CASE_INSENSITIVE_ORDER);
            String text = names.isEmpty() ? (both ? "None: no repository has commits by both you and " + person
                    : "None: every repository " + person + " committed to also has commits of yours") + when + "."
                    : "**" + names.size() + "** " + (names.size() == 1 ? "repository" : "repositories") + " " + what
                    + when + ": " + Say.boldList(names) + ".";
            if (theirs.size() == LIMIT || mine.size() == LIMIT) {
                text += " (Among the " + LIMIT + " repositories with most commits on each side.)";
            }
            return Reply.of(text, readAs + (both ? ", and with yours" : ", and not with yours"),
                    List.of("How many commits did " + person + " make?"));
        }
        if (theirs.isEmpty()) {
            return Reply.of(person + " has no commits in your repositories" + when + ".", readAs, List.of());
        }
        long total = theirs.values().stream().mapToLong(Long::longValue).sum();
        List<String> listed = new ArrayList<>();
        theirs.forEach((repo, commits) -> listed.add("**" + repo + "** (" + Say.number(commits) + ")"));
        String text = "**" + person + "** committed to **" + theirs.size() + (theirs.size() == LIMIT ? "+" : "")
                + "** of your repositories" + when + " — "
                + Say.plural(total, "commit") + " in all: " + String.join(", ", listed) + ".";
        return Reply.of(text, readAs, List.of("When was the last commit by " + person + "?"));
    }

    /** Commits per repository, most first: the person's ({@code author}) or the user's own. */
    private static Map<String, Long> perRepo(Reading r, ToolCalls tools, Map<String, String> author) {
        var arguments = Say.range(tools.args().put("metric", "commits").put("own_only", author.isEmpty())
                .put("limit", LIMIT), r.period());
        author.forEach(arguments::put);
        Map<String, Long> commits = new LinkedHashMap<>();
        for (JsonNode item : tools.call("rank_repos_by_activity", arguments).get("ranking")) {
            commits.put(item.get("repo").asString(), item.get("commits").asLong());
        }
        return commits;
    }
}
