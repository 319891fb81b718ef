package dev.bitofgit.tools;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.store.ProfileQueries;
import dev.bitofgit.store.ProfileQueries.RepoSummary;
import dev.bitofgit.store.ProfileQueries.SignalRow;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** aggregate_repo_metrics: counts over all repositories — signals, CI systems, frameworks, languages, scores. */
final class AggregateMetricsTool implements Tool {
    private final ProfileQueries queries;

    AggregateMetricsTool(ProfileQueries queries) {
        this.queries = requireNonNull(queries, "queries == null");
    }

    @Override
    public ToolDefinition definition() {
        return new ToolDefinition("aggregate_repo_metrics", "Aggregate repository metrics",
                "Counts over all repos: how many have CI (per system), tests (per framework), Docker, a license, "
                        + "pre-commit, docs; primary languages; technologies; stars and forks totals; average scores. "
                        + "Use for 'how many of my repos…' and 'which tech stacks do I use most'.",
                JsonSchemas.object().username().build(),
                JsonSchemas.object().out("repos", "integer", "repos counted").out("signals", "object", "repos per signal")
                        .out("ci_systems", "object", "repos per CI system").out("test_frameworks", "object", "repos per framework")
                        .out("languages", "object", "repos per primary language").out("technologies", "object", "repos per technology")
                        .out("stars", "integer", "total stars").out("forks", "integer", "total forks")
                        .out("licenses", "object", "repos per license (SPDX id)").out("topics", "object", "repos per topic")
                        .out("average_scores", "object", "mean scores").buildOutput(),
                this::call, JsonSchemas.demoExample());
    }

    private JsonNode call(ToolArguments args, ToolContext context) {
        Scope scope = Scope.of(queries, args, context);
        List<RepoSummary> repos = scope.repositories();
        Map<Long, SignalRow> signals = scope.signals();
        ObjectNode result = scope.result();
        result.put("repos", repos.size());
        ObjectNode counts = result.putObject("signals");
        counts.put("ci", Figures.count(signals.values(), SignalRow::hasCi));
        counts.put("tests", Figures.count(signals.values(), SignalRow::hasTests));
        counts.put("docker", Figures.count(signals.values(), SignalRow::hasDocker));
        counts.put("license", Figures.count(signals.values(), SignalRow::hasLicense));
        counts.put("precommit", Figures.count(signals.values(), SignalRow::hasPrecommit));
        counts.put("lint", Figures.count(signals.values(), SignalRow::hasLint));
        counts.put("docs", Figures.count(signals.values(), SignalRow::hasDocs));
        counts.put("contributing", Figures.count(signals.values(), SignalRow::hasContributing));
        tally(result.putObject("ci_systems"), signals.values().stream().flatMap(s -> s.ciSystems().stream()).toList());
        tally(result.putObject("test_frameworks"), signals.values().stream().flatMap(s -> s.testFrameworks().stream()).toList());
        ObjectNode languages = result.putObject("languages");
        Figures.primaryLanguageCounts(repos).forEach(languages::put);
        tally(result.putObject("technologies"), scope.technologies()
                .values().stream().flatMap(List::stream).toList());
        result.put("stars", repos.stream().mapToLong(RepoSummary::stars).sum());
        result.put("forks", repos.stream().mapToLong(RepoSummary::forks).sum());
        tally(result.putObject("licenses"), repos.stream().flatMap(r -> r.licenseSpdx().stream()).toList());
        tally(result.putObject("topics"), repos.stream().flatMap(r -> r.topics().stream()).toList());
        ObjectNode averages = result.putObject("average_scores");
        averages.put("automation", Figures.average(signals.values().stream().mapToInt(SignalRow::automationScore).toArray()));
        averages.put("coding_standards", Figures.average(signals.values().stream().mapToInt(SignalRow::codingStandardsScore).toArray()));
        averages.put("organization", Figures.average(signals.values().stream().mapToInt(SignalRow::organizationScore).toArray()));
        return result;
    }

    /** The 25 most frequent values with their counts, most first (spellings differing in case count together). */
    private static void tally(ObjectNode target, List<String> values) {
        Figures.countsIgnoringCase(values, 25).forEach(target::put);
    }
}
