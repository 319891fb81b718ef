package dev.bitofgit.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * What the user's repositories have in common, tallied: which licenses (SPDX ids), topics, technologies and
 * frameworks they use, and how many use each.
 */
final class AccountTalliesFamily implements Family {
    @Override
    public int fit(Reading r) {
        if (!r.repos().isEmpty()) {
            return 0;
        }
        String kind = kind(r);
        if (kind.isEmpty()) {
            return 0;
        }
        boolean tally = kind.equals("licenses") || kind.equals("ci_systems") || kind.equals("test_frameworks");
        // "which CI systems, and how many repositories use each": the tally per system is the answer
        return kind.startsWith("ci_system:") ? 80 : tally && r.matches("\\b(each|per (system|license|licence|framework)|"
                + "breakdown|break down|split|tally)\\b") ? 82 : tally ? 75 : 64;
    }

    /** CI systems as questions name them, and as the signal detector does. */
    private static final Map<String, String> CI_SYSTEMS = new LinkedHashMap<>();

    static {
        CI_SYSTEMS.put("\\bgithub actions?\\b|\\bgh actions\\b|\\bgithub workflows?\\b", "GitHub Actions");
        CI_SYSTEMS.put("\\bgitlab( ci)?\\b", "GitLab CI");
        CI_SYSTEMS.put("\\bcircle ?ci\\b", "CircleCI");
        CI_SYSTEMS.put("\\btravis( ci)?\\b", "Travis CI");
        CI_SYSTEMS.put("\\bjenkins\\b", "Jenkins");
        CI_SYSTEMS.put("\\bazure (pipelines|devops)\\b", "Azure Pipelines");
        CI_SYSTEMS.put("\\bbitbucket pipelines\\b", "Bitbucket Pipelines");
        CI_SYSTEMS.put("\\bdrone( ci)?\\b", "Drone CI");
        CI_SYSTEMS.put("\\bappveyor\\b", "AppVeyor");
        CI_SYSTEMS.put("\\bcirrus( ci)?\\b", "Cirrus CI");
        CI_SYSTEMS.put("\\bteamcity\\b", "TeamCity");
        CI_SYSTEMS.put("\\bbuildkite\\b", "Buildkite");
        CI_SYSTEMS.put("\\bwoodpecker( ci)?\\b", "Woodpecker CI");
        CI_SYSTEMS.put("\\bsemaphore( ci)?\\b", "Semaphore");
    }

    private static Optional<String> ciSystem(Reading r) {
        return CI_SYSTEMS.entrySet().stream().filter(e -> r.matches(e.getKey())).map(Map.Entry::getValue).findFirst();
    }

    @Override
    public boolean consumes(String word) {
        return word.matches("gitlab|github|actions|circleci|circle|travis|jenkins|azure|pipelines|bitbucket|drone|"
                + "appveyor|cirrus|teamcity|buildkite|woodpecker|semaphore|frameworks?|testing|systems?|providers?|"
                + "services?|tools");
    }

    private static String kind(Reading r) {
        boolean negated = r.signals().containsValue(false);
        Optional<String> system = ciSystem(r);
        if (system.isPresent() && !r.mentionsCommits()) {
            return "ci_system:" + system.get();
        }
        if (r.matches("\\b(ci|continuous integration) (systems?|providers?|services?|tools?|platforms?)\\b|\\b(which|what) "
                + "(kinds? of |sorts? of )?ci\\b(?! (do|does) (i|my))|\\bci do i use\\b")) {
            return "ci_systems";
        }
        if (r.matches("\\b(test(ing)?|unit[- ]test(ing)?) (frameworks?|libraries|tools|runners?)\\b|\\bhow do i test\\b|"
                + "\\bwhat do i (use to )?test with\\b")) {
            return "test_frameworks";
        }
        if (r.matches("\\b(most (common|used|popular|frequent)|commonest|usual|typical|favou?rite|go-to) (licen[cs]e|"
                + "topic|tag|technolog(y|ies)|framework|stack|tool|library)\\b")) {
            return r.matches("\\blicen[cs]e") ? "licenses" : r.matches("\\b(topic|tag)\\b") ? "topics" : "technologies";
        }
        if (r.matches("\\b(licen[cs]es|licen[cs]e types?|kinds? of licen[cs]es?|which licen[cs]e|what licen[cs]e|"
                + "every licen[cs]e|all (the )?licen[cs]es|licen[cs]es? (that )?(shows?|appears?|used)|"
                + "spdx|licen[cs]es? do i use|licen[cs]es? are used)\\b") && !negated) {
            return "licenses";
        }
        if (r.matches("\\b(topics?|tags?)\\b") && RepoListFamily.topic(r).isEmpty()) {
            return "topics";
        }
        if (r.language().isEmpty() && r.technology().isEmpty() && r.matches("\\b(tech(nology)? stacks?|stacks?|"
                + "frameworks?|technolog(y|ies)|libraries|tools do i use|tooling)\\b")) {
            return "technologies";
        }
        return "";
    }

    @Override
    public Reply answer(Reading r, ToolCalls tools) {
        String kind = kind(r);
        if (kind.startsWith("ci_system:")) {
            String system = kind.substring("ci_system:".length());
            boolean negated = r.matches("\\b(no|not|without|don't|doesn't|lack|lacks|missing)\\b");
            JsonNode found = tools.call("query_repos_by_signals", tools.args().put("ci_system", system).put("limit", 100));
            List<String> names = Say.names(found.get("repos"), "name");
            String readAs = Say.readAs("repositories whose CI configuration is " + system + "'s (" + ciFile(system)
                    + ")", "repositories you can see");
            if (negated) {
                return Reply.of("I list repositories by the CI they have; for those without " + system + ", ask which "
                        + "repos have no CI, or which CI systems you use.", readAs, List.of("Which repos have no CI?",
                        "Which CI systems do I use?"));
            }
            String text = names.isEmpty() ? "None of your repositories uses " + system + "."
                    : (names.size() == 1 ? "**1** of your repositories uses " : "**" + names.size() + "** of your "
                    + "repositories use ") + system + ": " + Say.boldList(names) + ".";
            return Reply.of(text, readAs, List.of("Which CI systems do I use?"));
        }
        String field = kind.equals("ci_systems") || kind.equals("test_frameworks") ? kind : kind;
        JsonNode metrics = tools.call("aggregate_repo_metrics", tools.args());
        List<String> parts = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        long covered = 0;
        for (Map.Entry<String, JsonNode> entry : metrics.get(field).properties()) {
            long count = entry.getValue().asLong();
            covered += count;
            parts.add((kind.equals("topics") ? "`" + entry.getKey() + "`" : "**" + entry.getKey() + "**") + " ("
                    + Say.plural(count, "repo") + ")");
            labels.add(entry.getKey());
            values.add(count);
        }
        long repos = metrics.get("repos").asLong();
        String text = switch (kind) {
            case "licenses" -> parts.isEmpty() ? "None of your " + Say.plural(repos, "repository")
                    + " declares a license GitHub recognises."
                    : "Your repositories use " + Say.plural(parts.size(), "license") + ": " + Say.join(parts) + "; "
                    + Say.number(repos - covered) + " of " + Say.number(repos) + " have none GitHub recognises.";
            case "ci_systems" -> parts.isEmpty() ? "None of your repositories has CI configuration I recognise."
                    : "Your repositories use " + Say.plural(parts.size(), "CI system") + ": " + Say.join(parts) + "; "
                    + Say.number(repos - metrics.get("signals").get("ci").asLong()) + " of " + Say.number(repos)
                    + " have no CI.";
            case "test_frameworks" -> parts.isEmpty() ? "I found no test framework in your repositories."
                    : "Your test frameworks: " + Say.join(parts) + "; " + Say.number(metrics.get("signals").get("tests")
                    .asLong()) + " of " + Say.number(repos) + " repositories have tests.";
            case "topics" -> parts.isEmpty() ? "None of your repositories has topics."
                    : "Your repositories' topics: " + Say.join(parts) + ".";
            default -> parts.isEmpty() ? "No technologies were detected in your repositories."
                    : "Your stack, by number of repositories: " + Say.join(parts.subList(0, Math.min(12, parts.size())))
                    + ". Main languages: " + Say.join(primaryLanguages(metrics)) + ".";
        };
        Reply reply = Reply.of(text, Say.readAs(kind.replace('_', ' ') + " of all repositories you can see",
                "counted per repository", kind.equals("ci_systems") ? "read from their CI configuration files"
                        : kind.equals("test_frameworks") ? "read from their manifests and test files" : ""),
                List.of("Which repos have no license?", "Which languages do I use most?"));
        return labels.isEmpty() ? reply : reply.withChart(new Chart("bar", "Repositories per " + kind.replaceAll("s$", "")
                .replace("technologie", "technology"), "repos", labels.subList(0, Math.min(12, labels.size())),
                values.subList(0, Math.min(12, values.size()))));
    }

    private static List<String> primaryLanguages(JsonNode metrics) {
        List<String> languages = new ArrayList<>();
        metrics.get("languages").properties().stream().limit(6).forEach(e -> languages.add(e.getKey() + " ("
                + e.getValue().asLong() + ")"));
        return languages;
    }

    private static String ciFile(String system) {
        return switch (system) {
            case "GitHub Actions" -> ".github/workflows/";
            case "GitLab CI" -> ".gitlab-ci.yml";
            case "CircleCI" -> ".circleci/";
            case "Travis CI" -> ".travis.yml";
            case "Jenkins" -> "Jenkinsfile";
            default -> "its configuration file";
        };
    }
}
