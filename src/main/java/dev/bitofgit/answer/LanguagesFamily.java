package dev.bitofgit.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/** Which languages the user writes most: by bytes of code, and as the main language of repositories; how many. */
final class LanguagesFamily implements Family {
    @Override
    public int fit(Reading r) {
        if (r.language().isPresent() && r.repos().isEmpty() && share(r)) {
            return 82;
        }
        if (r.language().isPresent() || !r.repos().isEmpty()) {
            return 0;
        }
        if (r.any("language", "languages") && r.matches("\\b(fewest|least|rarest|least used|least common)\\b")) {
            return 80;
        }
        // "which three languages make up the largest share of code": the languages are what is asked for
        if (r.matches("\\b(which|what)( (are|were|is) (my|the))?( (top|main|biggest|strongest|\\d+|two|three|four|five|"
                + "ten))? (programming )?languages?\\b")) {
            return 78;
        }
        if (r.any("language", "languages")) {
            return r.matches("\\b(most|top|main|mostly|favou?rite|primary)\\b") ? 76 : 60;
        }
        return r.matches("\\bwhat (do|did) i (mostly |mainly |usually |primarily )?(write|code|program|develop)"
                + "( code| stuff| things| software)? in\\b") ? 60 : 0;
    }

    /** "What percentage of my code is TypeScript", "how many bytes of Rust do I have". */
    private static boolean share(Reading r) {
        return r.matches("\\b(percent(age)?|share|proportion|fraction|how much of (my|the) code|bytes?|how much)\\b|%")
                && !r.matches("\\b(every|each|all|any) (of my )?(repo|repos|repository|repositories|project|projects)\\b|\\b(repos?|"
                + "repositories|projects?)( of mine)? (where|that|which|with|in which)\\b")
                && !r.matches("\\b(which|what) (repo|repos|repositories|projects?)\\b");
    }

    @Override
    public Reply answer(Reading r, ToolCalls tools) {
        JsonNode breakdown = tools.call("get_language_breakdown", tools.args());
        String readAsShare = Say.readAs("languages of all repositories you can see", "by bytes of code");
        if (r.language().isPresent()) {
            String language = r.language().get();
            long total = 0;
            long bytes = 0;
            for (JsonNode item : breakdown.get("by_bytes")) {
                total += item.get("bytes").asLong();
                if (item.get("language").asString().equalsIgnoreCase(language)) {
                    bytes = item.get("bytes").asLong();
                }
            }
            long repos = 0;
            for (JsonNode item : breakdown.get("by_repos")) {
                if (item.get("language").asString().equalsIgnoreCase(language)) {
                    repos = item.get("repos").asLong();
                }
            }
            return Reply.of(total == 0 ? "No languages were detected in your repositories."
                    : "**" + language + "** is **" + String.format(Locale.ROOT, "%.1f%%", 100.0 * bytes / total)
                    + "** of your code by bytes (" + Say.number(bytes) + " of " + Say.number(total) + " bytes), and the "
                    + "main language of " + Say.plural(repos, "repository") + ".",
                    readAsShare, List.of("Which of my projects use " + language + "?"));
        }
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
        if (r.matches("\\b(fewest|least|rarest|least used|least common)\\b")) {
            JsonNode last = breakdown.get("by_repos").get(breakdown.get("by_repos").size() - 1);
            List<String> fewest = new ArrayList<>();
            breakdown.get("by_repos").forEach(item -> {
                if (item.get("repos").asLong() == last.get("repos").asLong()) {
                    fewest.add(item.get("language").asString());
                }
            });
            text = "The main language of the fewest repositories: **" + String.join("**, **", fewest) + "** ("
                    + Say.plural(last.get("repos").asLong(), "repository")
                    + (fewest.size() > 1 ? " each" : "") + "). All: " + String.join(", ", byRepos) + ".";
        } else if (r.matches("\\b(per|by|for each|each|every) (language|lang)\\b|\\bper language\\b")) {
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
