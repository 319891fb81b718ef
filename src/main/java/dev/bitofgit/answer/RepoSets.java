package dev.bitofgit.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * The repositories a commit question narrows to by their properties — "commits to my private repos in 2025", "on
 * weekends in my TypeScript projects", "lines added in repos with CI" — found through list_repos with the same
 * filters a repository list would use, so "my TypeScript repos" means the same set in both kinds of question.
 */
final class RepoSets {
    private RepoSets() {
    }

    /** Whether the question names properties of repositories (not the period, which bounds the commits). */
    static boolean filtersRepos(Reading r) {
        return r.language().isPresent() || r.technology().isPresent() || !r.signals().isEmpty()
                || r.privateRepos().isPresent() || r.forks().isPresent() || r.archived().isPresent()
                || RepoListFamily.topic(r).isPresent();
    }

    /**
     * Narrows a call's arguments to the repositories the question's filters select (their names under "repos") and
     * returns that set; empty when the question names no properties. A set without names means none passed.
     */
    static Optional<Reading.RepoSet> narrow(Reading r, ToolCalls tools, ObjectNode arguments) {
        if (!filtersRepos(r)) {
            return Optional.empty();
        }
        Reading.RepoSet set = resolve(r, tools);
        set.names().forEach(arguments.withArray("repos")::add);
        return Optional.of(set);
    }

    /** The answer when the question's filters select no repository: "None of your repositories that …". */
    static Reply none(String condition, Reading.RepoSet set) {
        return Reply.of("None of your repositories " + condition + ".", Say.readAs(set.label()), List.of());
    }

    static Reading.RepoSet resolve(Reading r, ToolCalls tools) {
        Reading properties = new Reading(r.text(), r.words(), List.of(), r.language(), r.primaryLanguage(),
                r.technology(), r.signals(), r.privateRepos(), r.forks(), r.archived(), Optional.empty(), List.of(),
                Optional.empty(), r.zone(), r.own(), r.top(), r.measure(), r.term(), r.corrections(), Optional.empty(),
                r.author(), List.of(), Optional.empty());
        List<String> names = new ArrayList<>();
        tools.allRepos(RepoListFamily.filters(properties, tools.args()), "name")
                .forEach(repo -> names.add(repo.get("name").asString()));
        String condition = RepoListFamily.condition(properties);
        String label = names.isEmpty() ? "no repository " + condition
                : names.size() == 1 ? "your one repository that " + condition + " (" + names.get(0) + ")"
                : "your " + names.size() + " repositories that " + condition
                + (names.size() <= 6 ? " (" + String.join(", ", names) + ")" : "");
        return new Reading.RepoSet(names, label);
    }
}
