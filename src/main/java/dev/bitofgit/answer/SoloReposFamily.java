package dev.bitofgit.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Who else works in the user's repositories: the ones only the user ever committed to ("which repos have I worked on
 * alone", "solo projects") and the ones with other committers ("which repos have contributors besides me").
 */
final class SoloReposFamily implements Family {
    private static final String ALONE = "\\b(alone|by myself|on my own|solo|single[- ]handed(ly)?|only me|just me|nobody "
            + "else|no one else|no other (people|person|contributors?|committers?|collaborators?|authors?)|no "
            + "(contributors?|collaborators?)|without (any )?(help|contributors?|collaborators?|others)|(only|solely|exclusively)"
            + "( ever)? (had |got |received |have |has )?(commits? )?(from|by) me|(commits?|authors?) (are |were )?(only|all|"
            + "exclusively) (from |by )?(me|mine)|nobody but me|no one but me)\\b";
    private static final String SHARED = "\\b(other (people|contributors?|committers?|authors?|developers?)|someone else|"
            + "others|besides me|apart from me|other than me|collaborat(ed|ive)|with (contributors?|collaborators?))\\b";

    @Override
    public int fit(Reading r) {
        if (!r.mentionsRepos() || !r.repos().isEmpty() || r.forks().isPresent() || r.matches("\\bfork(s|ed)?\\b")) {
            return 0;
        }
        if (r.matches(ALONE)) {
            return 81;
        }
        return r.matches(SHARED) && r.matches("^(which|what|list|show|how many)\\b") && !r.matches("\\b(most|top)\\b")
                ? 74 : 0;
    }

    @Override
    public boolean consumes(String word) {
        return word.matches("alone|solo|myself|own|nobody|else|contributors?|collaborators?|committers?|others?|besides|"
                + "apart|people|single|handed|singlehandedly|help");
    }

    @Override
    public Reply answer(Reading r, ToolCalls tools) {
        boolean alone = r.matches(ALONE);
        ObjectNode base = Say.range(tools.args().put("limit", 300), r.period());
        Optional<Reading.RepoSet> set = RepoSets.narrow(r, tools, base);
        if (set.isPresent() && set.get().names().isEmpty()) {
            return RepoSets.none(RepoListFamily.condition(r), set.get());
        }
        Map<String, Long> people = values(tools.call("rank_repos", base.deepCopy().put("measure", "people")));
        Map<String, Long> mine = values(tools.call("rank_repos", base.deepCopy().put("measure", "commits")
                .put("own_only", true)));
        List<String> picked = new ArrayList<>();
        people.forEach((repo, count) -> {
            long own = mine.getOrDefault(repo, 0L);
            if (alone ? own > 0 && count == 1 : count > (own > 0 ? 1 : 0)) {
                picked.add(repo);
            }
        });
        picked.sort(String.CASE_INSENSITIVE_ORDER);
        String when = Say.when(r.period(), "").strip();
        String readAs = Say.readAs(alone ? "repositories where every commit is yours" : "repositories with commits by "
                + "someone other than you", "people by GitHub login, else e-mail", when.isEmpty() ? "all time" : when);
        String text = alone
                ? picked.isEmpty() ? "Every repository you committed to " + when + " has commits by someone else too."
                : "**" + picked.size() + "** of your repositories " + (picked.size() == 1 ? "has" : "have")
                + " only your commits" + (when.isEmpty() ? "" : " " + when)
                + ": " + Say.boldList(picked) + "."
                : picked.isEmpty() ? "Nobody else has committed to your repositories" + (when.isEmpty() ? "" : " " + when) + "."
                : "**" + picked.size() + "** of your repositories " + (picked.size() == 1 ? "has" : "have")
                + " commits by other people" + (when.isEmpty() ? ""
                : " " + when) + ": " + Say.boldList(picked) + ".";
        return Reply.of(text, readAs, List.of("Who is my most frequent collaborator?"));
    }

    private static Map<String, Long> values(JsonNode ranking) {
        Map<String, Long> values = new HashMap<>();
        ranking.get("ranking").forEach(item -> values.put(item.get("repo").asString(), item.get("value").asLong()));
        return values;
    }
}
