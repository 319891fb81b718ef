package dev.bitofgit.tools;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.store.ProfileQueries;
import dev.bitofgit.store.ProfileQueries.RepoSummary;
import dev.bitofgit.store.ProfileQueries.SignalRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** query_repos_by_signals: repositories matching engineering signals, a technology and a minimum score. */
final class ReposBySignalsTool implements Tool {
    private final ProfileQueries queries;

    ReposBySignalsTool(ProfileQueries queries) {
        this.queries = requireNonNull(queries, "queries == null");
    }

    @Override
    public ToolDefinition definition() {
        return new ToolDefinition("query_repos_by_signals", "Find repos by engineering signals",
                "Repos matching engineering signals and tech stack: CI (any, or a system such as 'GitHub Actions'), "
                        + "tests (any, or a framework such as pytest), Docker, license, pre-commit, a technology (language or "
                        + "framework, e.g. Python, React, Spring Boot) and a minimum score. Omitted filters do not filter.",
                JsonSchemas.object().username().string("tech_stack", "A language or framework the repo uses.")
                        .bool("has_ci", "Has CI configuration.", null).string("ci_system", "e.g. GitHub Actions, GitLab CI.")
                        .bool("has_tests", "Has tests.", null).string("test_framework", "e.g. pytest, JUnit 5, Jest.")
                        .bool("has_docker", "Has a Dockerfile or compose file.", null)
                        .bool("has_license", "Has a license file.", null)
                        .bool("has_precommit", "Has pre-commit hooks.", null)
                        .integer("min_automation_score", "Minimum automation score (0–100).", 0, 0, 100)
                        .bool("include_forks", "Include forks.", true)
                        .integer("limit", "Maximum repos.", 50, 1, 100).build(),
                JsonSchemas.object().out("matched", "integer", "repos matching").out("repos", "array", "matching repos")
                        .buildOutput(),
                this::call, JsonSchemas.demoExample());
    }

    private JsonNode call(ToolArguments args, ToolContext context) {
        Scope scope = Scope.of(queries, args, context);
        Optional<String> tech = args.optionalString("tech_stack").map(t -> t.toLowerCase(Locale.ROOT));
        Optional<Boolean> ci = args.optionalBool("has_ci");
        Optional<String> ciSystem = args.optionalString("ci_system");
        Optional<Boolean> tests = args.optionalBool("has_tests");
        Optional<String> framework = args.optionalString("test_framework");
        Optional<Boolean> docker = args.optionalBool("has_docker");
        Optional<Boolean> license = args.optionalBool("has_license");
        Optional<Boolean> precommit = args.optionalBool("has_precommit");
        int minAutomation = args.integer("min_automation_score");
        boolean forks = args.bool("include_forks");
        int limit = args.integer("limit");
        Map<Long, SignalRow> signals = scope.signals();
        Map<Long, List<String>> technologies = scope.technologies();
        List<RepoSummary> matches = new ArrayList<>();
        for (RepoSummary repo : scope.repositories()) {
            SignalRow s = signals.get(repo.id());
            if (s == null || (!forks && repo.fork())) {
                continue;
            }
            List<String> techs = technologies.getOrDefault(repo.id(), List.of());
            Predicate<SignalRow> keep = row -> ci.map(want -> want == row.hasCi()).orElse(true)
                    && ciSystem.map(want -> containsIgnoringCase(row.ciSystems(), want)).orElse(true)
                    && tests.map(want -> want == row.hasTests()).orElse(true)
                    && framework.map(want -> containsIgnoringCase(row.testFrameworks(), want)).orElse(true)
                    && docker.map(want -> want == row.hasDocker()).orElse(true)
                    && license.map(want -> want == row.hasLicense()).orElse(true)
                    && precommit.map(want -> want == row.hasPrecommit()).orElse(true)
                    && row.automationScore() >= minAutomation
                    && tech.map(want -> techs.stream().anyMatch(t -> t.equalsIgnoreCase(want))
                            || repo.primaryLanguage().map(l -> l.equalsIgnoreCase(want)).orElse(false)).orElse(true);
            if (keep.test(s)) {
                matches.add(repo);
            }
        }
        matches.sort(ListReposTool.order("pushed"));
        ObjectNode result = scope.result();
        result.put("matched", matches.size());
        ArrayNode items = result.putArray("repos");
        matches.stream().limit(limit).forEach(repo -> {
            ObjectNode item = items.addObject();
            item.put("name", repo.name()).put("language", repo.primaryLanguage().orElse(null));
            SignalRow s = signals.get(repo.id());
            Shapes.signals(item, s);
            ArrayNode techs = item.putArray("technologies");
            technologies.getOrDefault(repo.id(), List.of()).forEach(techs::add);
            item.putObject("scores").put("automation", s.automationScore())
                    .put("coding_standards", s.codingStandardsScore()).put("organization", s.organizationScore());
        });
        return result;
    }

    private static boolean containsIgnoringCase(List<String> values, String wanted) {
        return values.stream().anyMatch(v -> v.equalsIgnoreCase(wanted));
    }
}
