package dev.bitofgit.answer;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Which languages the user writes most: by bytes of code, and as the main language of repositories; how many. */
final class LanguagesFamily implements Family {
    @Override
    public int fit(Reading r) {
        if (r.language().isPresent() || !r.repos().isEmpty()) {
            return 0;
        }
        if (r.any("language", "languages")) {
            return r.matches("\\b(most|top|main|mostly|favou?rite|primary)\\b") ? 76 : 60;
        }
        return r.matches("\\bwhat (do|did) i (mostly |mainly |usually |primarily )?(write|code|program|develop)"
                + "( code| stuff| things| software)? in\\b") ? 60 : 0;
    }

    @Override
    public Reply answer(Reading r, ToolCalls tools) {
        JsonNode breakdown = tools.call("get_language_breakdown", tools.args());
        List<String> byBytes = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (JsonNode item : breakdown.get("by_bytes")) {
            if (byBytes.size() < 6) {
                byBytes.add(item.get("language").asString() + " " + item.get("percent").asDouble() + "%");
            }
            labels.add(item.get("language").asString());
            values.add(item.get("bytes").asLong());
        }
        List<String> byRepos = new ArrayList<>();
        breakdown.get("by_repos").forEach(item -> byRepos.add(item.get("language").asString() + " ("
                + item.get("repos").asLong() + ")"));
        String readAs = Say.readAs("languages of all repositories you can see", "by bytes of code and by main language");
        if (breakdown.get("by_bytes").isEmpty()) {
            return Reply.of("No languages were detected in your repositories.", readAs, List.of());
        }
        String top = breakdown.get("by_bytes").get(0).get("language").asString();
        String text;
        if (r.matches("\\b(per|by|for each|each|every) (language|lang)\\b|\\bper language\\b")) {
            text = "Repositories per main language: " + String.join(", ", byRepos) + ".";
        } else if (r.measure() == Reading.Measure.COUNT) {
            text = "Your repositories use **" + Say.plural(breakdown.get("by_bytes").size(), "language") + "**: "
                    + String.join(", ", labels) + ".";
        } else {
            text = "You use **" + top + "** most. By bytes of code: " + String.join(", ", byBytes)
                    + ". As the main language of repositories: " + String.join(", ", byRepos.subList(0,
                    Math.min(6, byRepos.size()))) + ".";
        }
        return Reply.of(text, readAs, List.of("Which of my projects use " + top + "?"))
                .withChart(new Chart("bar", "Bytes of code per language", "bytes",
                        labels.subList(0, Math.min(10, labels.size())), values.subList(0, Math.min(10, values.size()))));
    }
}
