package dev.bitofgit.tools;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.store.ProfileQueries;
import dev.bitofgit.store.ProfileQueries.RepoSummary;
import dev.bitofgit.store.ProfileQueries.SignalRow;
import dev.bitofgit.store.Readme;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * get_repo_overview: everything about one repository. The README comes as a short excerpt unless asked for whole
 * (up to 8,000 characters), because a README is the longest text a tool returns.
 */
final class RepoOverviewTool implements Tool {
    static final int README_EXCERPT = 600;
    static final int README_FULL = 8_000;

    private final ProfileQueries queries;

    RepoOverviewTool(ProfileQueries queries) {
        this.queries = requireNonNull(queries, "queries == null");
    }

    @Override
    public ToolDefinition definition() {
        return new ToolDefinition("get_repo_overview", "Repository overview",
                "Everything about one repository: metadata, language breakdown, tech stack, engineering signals and "
                        + "scores, commit totals (all / the user's own), first and last commit, top contributors and a README "
                        + "excerpt (set include_readme for up to 8,000 characters). Repo names match case-insensitively.",
                JsonSchemas.object().username().requiredString("repo", "Repository name, e.g. url-shortener.")
                        .bool("include_readme", "Return up to 8,000 characters of README instead of a short excerpt.", false)
                        .build(),
                JsonSchemas.object().out("name", "string", "repository name").out("languages", "array", "bytes per language")
                        .out("signals", "object", "CI, tests, Docker, license, …").out("scores", "object", "0–100 scores")
                        .out("commits", "object", "totals and first/last commit").out("top_contributors", "array", "by commits")
                        .nullable("readme", "object", "README path and text excerpt").buildOutput(),
                this::call, JsonSchemas.demoExample().put("repo", "dotfiles"));
    }

    private JsonNode call(ToolArguments args, ToolContext context) {
        Scope scope = Scope.of(queries, args, context);
        RepoSummary repo = scope.repo(args.string("repo"));
        boolean full = args.bool("include_readme");
        ObjectNode result = scope.result();
        Shapes.repo(result, repo);
        result.put("html_url", repo.htmlUrl());
        result.put("default_branch", repo.defaultBranch());
        result.put("created_at", repo.createdAt().toString());
        result.put("open_issues", repo.openIssues());
        result.put("size_kb", repo.sizeKb());
        result.put("license", repo.licenseSpdx().orElse(null));
        Map<String, Long> languages = scope.languages()
                .getOrDefault(repo.id(), Map.of());
        long totalBytes = languages.values().stream().mapToLong(Long::longValue).sum();
        ArrayNode languageItems = result.putArray("languages");
        languages.forEach((language, bytes) -> languageItems.addObject().put("language", language)
                .put("bytes", bytes).put("percent", Figures.percent(bytes, totalBytes)));
        ArrayNode technologies = result.putArray("technologies");
        scope.technologies().getOrDefault(repo.id(), List.of())
                .forEach(technologies::add);
        SignalRow signals = scope.signals().get(repo.id());
        if (signals != null) {
            Shapes.signals(result.putObject("signals"), signals);
            Shapes.scores(result, signals);
        }
        ObjectNode commits = result.putObject("commits");
        commits.put("total", repo.commits()).put("own", repo.ownCommits());
        repo.firstCommitAt().ifPresent(at -> commits.put("first_commit_at", at.toString()));
        repo.lastCommitAt().ifPresent(at -> commits.put("last_commit_at", at.toString()));
        ArrayNode contributors = result.putArray("top_contributors");
        queries.contributors(repo.id(), 5).forEach(c -> contributors.addObject().put("name", c.name())
                .put("login", c.login().orElse(null)).put("commits", c.commits()).put("is_user", c.own()));
        Optional<Readme> readme = queries.readme(repo.id());
        if (readme.isPresent()) {
            ObjectNode readmeNode = result.putObject("readme");
            readmeNode.put("path", readme.get().path());
            readmeNode.put("text", Shapes.cut(readme.get().content(), full ? README_FULL : README_EXCERPT,
                    full ? "README continues" : "call with include_readme=true for more"));
        } else {
            result.putNull("readme");
        }
        return result;
    }
}
