package dev.bitofgit.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A number of each repository summed up over them: the total, average, median, largest or smallest of their stars,
 * forks, watchers, size, files, README length or topics — "what's the average number of stars across my repos", "the
 * total size of all my Python repos", "median files per repo". Every value comes from rank_repos, so repository
 * filters in the question apply.
 */
final class RepoAggregateFamily implements Family {
    private static final Map<String, String> FIELDS = Map.of(
            "stars", "\\b(stars?|stargazers|starred)\\b",
            "forks", "\\bforks\\b",
            "watchers", "\\bwatchers\\b",
            "size_kb", "\\b(size|sizes|disk space|on disk|storage|kb|mb|megabytes|big)\\b",
            "files", "\\bfiles\\b",
            "readme_length", "\\breadmes?\\b.*\\b(length|long|characters|size)\\b|\\b(length|long|characters)\\b.*\\breadmes?\\b",
            "topics", "\\btopics\\b");
    private static final String AVERAGE = "\\b(average|avg|mean|typical|per (repo|repository|project)|on average)\\b";
    private static final String MEDIAN = "\\bmedian\\b";
    private static final String TOTAL = "\\b(total|sum|combined|altogether|in all|all together|overall)\\b";

    @Override
    public int fit(Reading r) {
        if (!r.repos().isEmpty() || field(r).isEmpty() || r.mentionsCommits()) {
            return 0;
        }
        boolean aggregate = r.matches(AVERAGE) || r.matches(MEDIAN);
        // Totals of stars and forks are the account tallies' already; totals of the rest are this family's.
        boolean total = (r.matches(TOTAL) || r.matches("\\bhow many\\b")) && (!field(r).get().matches("stars|forks")
                || RepoSets.filtersRepos(r) && r.matches("\\bhow many (stars|forks)\\b|\\b(stars|forks) (in total|altogether"
                + "|combined)\\b|\\btotal (stars|forks)\\b"));
        return aggregate || total ? 79 : 0;
    }

    private static Optional<String> field(Reading r) {
        // Checked in a fixed order: README length before size, files before size.
        for (String field : List.of("readme_length", "files", "topics", "watchers", "forks", "stars", "size_kb")) {
            if (r.matches(FIELDS.get(field))) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean consumes(String word) {
        return word.matches("average|avg|mean|median|typical|total|sum|combined|altogether|size|sizes|files|readme|"
                + "readmes|length|characters|topics|watchers|forks|stars|across|per");
    }

    @Override
    public Reply answer(Reading r, ToolCalls tools) {
        String field = field(r).orElseThrow();
        ObjectNode arguments = tools.args().put("measure", field).put("limit", 300);
        String condition = RepoListFamily.condition(r.withoutPeriod());
        Optional<Reading.RepoSet> set = RepoSets.narrow(r, tools, arguments);
        if (set.isPresent() && set.get().names().isEmpty()) {
            return RepoSets.none(condition, set.get());
        }
        String scope = set.map(Reading.RepoSet::label).orElse("all your repositories");
        JsonNode result = tools.call("rank_repos", arguments);
        List<Long> values = new ArrayList<>();
        result.get("ranking").forEach(item -> values.add(item.get("value").asLong()));
        String description = result.get("description").asString();
        int n = values.size();
        long total = result.get("total").asLong();
        List<Long> sorted = values.stream().sorted().toList();
        double median = n == 0 ? 0 : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        double average = n == 0 ? 0 : total / (double) n;
        String unit = field.equals("size_kb") ? "KB" : description;
        String text;
        if (r.matches(MEDIAN)) {
            text = "The median is **" + decimal(median) + " " + unit + "** per repository";
        } else if (r.matches(AVERAGE)) {
            text = "On average **" + decimal(average) + " " + unit + "** per repository";
        } else {
            text = "In total **" + Say.number(total) + " " + unit + "**" + (field.equals("size_kb") ? " ("
                    + String.format(Locale.ROOT, "%.1f MB", total / 1024.0) + ")" : "");
        }
        text += " over " + Say.plural(n, "repository") + " (total " + Say.number(total) + ", average " + decimal(average)
                + ", median " + decimal(median) + (n == 0 ? "" : ", most " + Say.number(sorted.get(n - 1)) + " in **"
                + result.get("ranking").get(0).get("repo").asString() + "**, fewest " + Say.number(sorted.get(0))) + ").";
        return Reply.of(text, Say.readAs(description + " of each repository, as of the last sync", scope),
                List.of("Which repo has the most " + (field.equals("size_kb") ? "files" : field.replace('_', ' ')) + "?"));
    }

    private static String decimal(double value) {
        return value == Math.rint(value) ? Say.number((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
