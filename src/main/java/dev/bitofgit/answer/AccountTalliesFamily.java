package dev.bitofgit.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        return kind.equals("licenses") ? 75 : 64;
    }

    private static String kind(Reading r) {
        boolean negated = r.signals().containsValue(false);
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
        JsonNode metrics = tools.call("aggregate_repo_metrics", tools.args());
        List<String> parts = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        long covered = 0;
        for (Map.Entry<String, JsonNode> entry : metrics.get(kind).properties()) {
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
            case "topics" -> parts.isEmpty() ? "None of your repositories has topics."
                    : "Your repositories' topics: " + Say.join(parts) + ".";
            default -> parts.isEmpty() ? "No technologies were detected in your repositories."
                    : "Your stack, by number of repositories: " + Say.join(parts.subList(0, Math.min(12, parts.size())))
                    + ". Main languages: " + Say.join(primaryLanguages(metrics)) + ".";
        };
        Reply reply = Reply.of(text, Say.readAs(kind + " of all repositories you can see", "counted per repository"),
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
}
