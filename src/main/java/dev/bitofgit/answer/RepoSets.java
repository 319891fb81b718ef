package dev.bitofgit.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
