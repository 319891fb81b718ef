package dev.bitofgit.answer;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The repositories with the best engineering practices, by their automation, standards and organisation scores. */
final class GoodPracticesFamily implements Family {
    @Override
    public int fit(Reading r) {
        return r.matches("\\b(good|best|solid|strong|great) (engineering )?practices?\\b|\\bwell[- ]engineered\\b|"
                + "\\bengineering (practices|quality|hygiene)\\b|\\b(highest|best|code) quality\\b|"
                + "\\bbest[- ]maintained\\b|\\bmost professional\\b") ? 80 : 0;
    }

    @Override
    public Reply answer(Reading r, ToolCalls tools) {
        JsonNode result = tools.call("query_repos_by_signals", tools.args().put("limit", 100));
        List<JsonNode> repos = new ArrayList<>();
        result.get("repos").forEach(repos::add);
        repos.sort((a, b) -> total(b) != total(a) ? Integer.compare(total(b), total(a))
                : a.get("name").asString().compareToIgnoreCase(b.get("name").asString()));
        String readAs = Say.readAs("repositories ranked by automation + coding standards + organisation scores");
        if (repos.isEmpty()) {
            return Reply.of("No repositories have been analysed yet.", readAs, List.of());
        }
        StringBuilder text = new StringBuilder("These follow the best engineering practices (scores 0–100):\n\n");
        for (JsonNode repo : repos.subList(0, Math.min(5, repos.size()))) {
            JsonNode scores = repo.get("scores");
            List<String> present = new ArrayList<>();
            for (String[] flag : new String[][] {{"has_ci", "CI"}, {"has_tests", "tests"}, {"has_lint", "lint"},
                    {"has_docker", "Docker"}, {"has_license", "license"}}) {
                if (repo.get(flag[0]).asBoolean()) {
                    present.add(flag[1]);
                }
            }
            text.append("- **").append(repo.get("name").asString()).append("** — automation ")
                    .append(scores.get("automation").asInt()).append(", coding standards ")
                    .append(scores.get("coding_standards").asInt()).append(", organization ")
                    .append(scores.get("organization").asInt())
                    .append(present.isEmpty() ? "" : " (" + String.join(", ", present) + ")").append("\n");
        }
        String top = repos.get(0).get("name").asString();
        return Reply.of(text.toString().trim(), readAs, List.of("What is " + top + " about?",
                "Which repos have no tests?")).about(top);
    }

    private static int total(JsonNode repo) {
        JsonNode scores = repo.get("scores");
        return scores.get("automation").asInt() + scores.get("coding_standards").asInt()
                + scores.get("organization").asInt();
    }
}
