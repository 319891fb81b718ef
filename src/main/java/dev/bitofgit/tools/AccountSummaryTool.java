package dev.bitofgit.tools;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.store.ProfileQueries;
import dev.bitofgit.store.ProfileQueries.RepoSummary;
import dev.bitofgit.store.ProfileQueries.SignalRow;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** get_account_summary: the one call for "tell me about my GitHub" — counts, totals, tops and coverage. */
final class AccountSummaryTool implements Tool {
    private final ProfileQueries queries;

    AccountSummaryTool(ProfileQueries queries) {
        this.queries = requireNonNull(queries, "queries == null");
    }

    @Override
    public ToolDefinition definition() {
        return new ToolDefinition("get_account_summary", "Account summary",
                "One call for 'tell me about my GitHub': repository counts (public, private, forks, archived), commit "
                        + "totals (all and the user's own), stars, activity span and active days, top repositories, top "
                        + "languages, and CI / tests / Docker / license coverage. Use it first for broad questions.",
                JsonSchemas.object().username().build(),
                JsonSchemas.object().out("username", "string", "login").out("repos", "object", "counts of repositories")
                        .out("commits", "object", "commit totals and span").out("stars", "integer", "stars over all repos")
                        .out("top_repos", "array", "most active repos by the user's own commits")
                        .out("top_languages", "array", "primary languages by repo count")
                        .out("coverage", "object", "how many repos have CI, tests, Docker, a license")
                        .out("data_status", "string", "complete, or partial while an ingest is running").buildOutput(),
                this::call, JsonSchemas.demoExample());
    }

    private JsonNode call(ToolArguments args, ToolContext context) {
        Scope scope = Scope.of(queries, args, context);
        List<RepoSummary> repos = scope.repositories();
        Map<Long, SignalRow> signals = scope.signals();
        ObjectNode result = scope.result();
        scope.account().name().ifPresent(name -> result.put("name", name));
        scope.account().bio().ifPresent(bio -> result.put("bio", bio));
        ObjectNode counts = result.putObject("repos");
        counts.put("total", repos.size());
        counts.put("public", repos.stream().filter(r -> !r.isPrivate()).count());
        counts.put("private", repos.stream().filter(RepoSummary::isPrivate).count());
        counts.put("forks", repos.stream().filter(RepoSummary::fork).count());
        counts.put("archived", repos.stream().filter(RepoSummary::archived).count());
        ObjectNode commits = result.putObject("commits");
        commits.put("total", repos.stream().mapToLong(RepoSummary::commits).sum());
        commits.put("own", repos.stream().mapToLong(RepoSummary::ownCommits).sum());
        repos.stream().flatMap(r -> r.firstCommitAt().stream()).min(Instant::compareTo)
                .ifPresent(first -> commits.put("first_commit_at", first.toString()));
        repos.stream().flatMap(r -> r.lastCommitAt().stream()).max(Instant::compareTo)
                .ifPresent(last -> commits.put("last_commit_at", last.toString()));
        commits.put("active_days", queries.ownActiveDays(scope.accountId(), scope.privateVisible()));
        result.put("stars", repos.stream().mapToLong(RepoSummary::stars).sum());
        ArrayNode top = result.putArray("top_repos");
        repos.stream().sorted(Comparator.comparingLong(RepoSummary::ownCommits).reversed()
                        .thenComparing(RepoSummary::name, String.CASE_INSENSITIVE_ORDER))
                .limit(5).forEach(r -> top.addObject().put("name", r.name()).put("own_commits", r.ownCommits())
                        .put("language", r.primaryLanguage().orElse(null)).put("stars", r.stars()));
        ArrayNode languages = result.putArray("top_languages");
        Figures.primaryLanguageCounts(repos).entrySet().stream().limit(5).forEach(e ->
                languages.addObject().put("language", e.getKey()).put("repos", e.getValue()));
        ObjectNode coverage = result.putObject("coverage");
        coverage.put("repos_with_signals", signals.size());
        coverage.put("ci", Figures.count(signals.values(), SignalRow::hasCi));
        coverage.put("tests", Figures.count(signals.values(), SignalRow::hasTests));
        coverage.put("docker", Figures.count(signals.values(), SignalRow::hasDockerfile));
        coverage.put("license", Figures.count(signals.values(), SignalRow::hasLicense));
        return result;
    }
}
