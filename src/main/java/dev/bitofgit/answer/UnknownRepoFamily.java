package dev.bitofgit.answer;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A question about a repository the account does not have ("what is quantum-ledger about?"), or about "the repo"
 * with none named and none in the conversation: say so and ask which one, naming real ones — never answer about
 * another repository or the whole account instead.
 */
final class UnknownRepoFamily implements Family {
    @Override
    public int fit(Reading r) {
        if (!r.repos().isEmpty()) {
            return 0;
        }
        if (r.unknownRepo().isPresent()) {
            return 92;
        }
        boolean saidOfOne = r.matches("\\b(in|of|on|to|for|from|into) (the|that|this) (repo|repository|project|codebase)\\b(?!s)")
                && !r.matches("\\b(which|what) (repo|repository|project)\\b") && !r.hasRepoFilters();
        boolean pronoun = !saidOfOne && r.matches("\\b(does it|is it|it has|did it|was it|in it|to it|of it|about it|its)\\b")
                && !r.matches("\\b(my (repos|repositories|projects)|all|every|each|account)\\b");
        if (pronoun) {
            // "committed to it", "its stars": the question needs one repository; "when was it" may be the commit.
            return r.matches("\\b(to|in|on|into|for|of|about) it\\b|\\bits (commits?|contributors|stars|license|"
                    + "language|branch|topics|readme)\\b|\\bdoes it have\\b") ? 80 : 64;
        }
        boolean aboutOne = r.matches("\\b(the|that|this|its) (repo|repository|project|codebase)\\b(?!s)|\\bmy (repo|"
                + "repository|project|codebase)\\b(?!s)(?! (count|total|number|list|collection|stats|portfolio|names?))")
                && !r.matches("\\b(which|what) (repo|repository|project)\\b")
                // "the biggest commit in that project" needs the project; "the project with most commits" does not
                && (Superlatives.of(r).isEmpty() || r.matches("\\b(in|of|on|to|for|from|into) (the|that|this) (repo|"
                + "repository|project|codebase)\\b(?!s)"))
                && !r.hasRepoFilters();
        // "how many lines were added in the repo over its history": said of one repository, none named
        return aboutOne ? r.matches("\\b(in|of|on|to|for|from|into) (the|that|this) (repo|repository|project|codebase)\\b(?!s)")
                ? 90 : 86 : 0;
    }

    @Override
    public Reply answer(Reading r, ToolCalls tools) {
        JsonNode repos = tools.call("list_repos", tools.args().put("sort", "pushed").put("limit", 3)).get("repos");
        List<String> examples = Say.names(repos, "name");
        String text = r.unknownRepo().map(name -> "I'm not sure which repository you mean: you have no repository "
                        + "named **" + name + "**. Which repository do you mean? Your most recently pushed ones are "
                        + Say.boldList(examples) + ".")
                .orElse("Which repository do you mean? Name one — for example " + Say.boldList(examples) + ".");
        return Reply.of(text, r.unknownRepo().map(name -> "a question about a repository named " + name
                + ", which you do not have").orElse("a question about one repository, without its name"),
                examples.stream().map(name -> "What is " + name + " about?").toList());
    }
}
