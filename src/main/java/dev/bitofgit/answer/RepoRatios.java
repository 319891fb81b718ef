package dev.bitofgit.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.node.ObjectNode;

/**
 * Repositories ranked by a ratio of two measures: "most lines per commit", "stars per commit", "highest share of
 * its commits by other people".
 */
final class RepoRatios {
    private RepoRatios() {
    }

    /**
     * A ratio of two measures per repository: {numerator measure, numerator own?, denominator measure, denominator
     * own?, what it is, unit}. "highest share of its commits by other people", "most lines per commit", "stars per
     * commit".
     */
    static Optional<String[]> ratio(Reading r) {
        if (r.matches("\\b(share|percent(age)?|proportion|fraction|ratio)\\b.*\\b(by|from) (other people|others|"
                + "someone else|contributors|collaborators)\\b")) {
            return Optional.of(new String[] {"commits", "others", "commits", "all", "share of its commits made by other "
                    + "people", "%"});
        }
        if (r.matches("\\b(share|percent(age)?|proportion|fraction)\\b.*\\b(my|mine|by me|my own)\\b.*\\bcommits\\b|"
                + "\\bmost mine\\b")) {
            return Optional.of(new String[] {"commits", "own", "commits", "all", "share of its commits that are yours",
                    "%"});
        }
        if (r.matches("\\b(lines|loc|size|biggest|chunkiest|largest) (changed )?(per|each|an average|a) commit\\b|"
                + "\\b(average|mean|typical) (commit size|size of (a |my )?commits?|lines (changed )?per commit)\\b|"
                + "\\bper commit\\b.*\\blines\\b|\\blines\\b.*\\bper commit\\b")) {
            return Optional.of(new String[] {"lines", "own", "commits", "own", "lines changed per commit of yours", ""});
        }
        if (r.matches("\\bstars? per commit\\b")) {
            return Optional.of(new String[] {"stars", "repo", "commits", "all", "stars per commit", ""});
        }
        return Optional.empty();
    }

    static Reply ratio(Reading r, Superlatives rank, int n, String[] ratio, ToolCalls tools) {
        Map<String, Long> top = values(r, ratio[0], ratio[1], tools);
        Map<String, Long> bottom = values(r, ratio[2], ratio[3], tools);
        if (ratio[1].equals("others")) {
            Map<String, Long> all = values(r, "commits", "all", tools);
            Map<String, Long> own = values(r, "commits", "own", tools);
            top = new HashMap<>();
            for (var entry : all.entrySet()) {
                top.put(entry.getKey(), entry.getValue() - own.getOrDefault(entry.getKey(), 0L));
            }
        }
        boolean percent = ratio[5].equals("%");
        List<Object[]> rows = new ArrayList<>();
        for (var entry : bottom.entrySet()) {
            if (entry.getValue() > 0) {
                double value = top.getOrDefault(entry.getKey(), 0L) * (percent ? 100.0 : 1.0) / entry.getValue();
                rows.add(new Object[] {entry.getKey(), value, top.getOrDefault(entry.getKey(), 0L), entry.getValue()});
            }
        }
        rows.sort((a, b) -> rank.highest() ? Double.compare((double) b[1], (double) a[1])
                : Double.compare((double) a[1], (double) b[1]));
        String readAs = Say.readAs("repositories ranked by " + ratio[4], Say.when(r.period(), "all time"),
                "repositories without commits left out");
        if (rows.isEmpty()) {
            return Reply.of("No repository has commits to measure.", readAs, List.of());
        }
        Function<Object[], String> shown = row -> "**" + row[0] + "** (" + String.format(
                Locale.ROOT, "%.1f", (double) row[1]) + ratio[5] + ": " + Say.number((long) row[2]) + " of "
                + Say.number((long) row[3]) + ")";
        int count = Math.max(1, Math.min(Math.max(n, 1), rows.size()));
        String text = count == 1
                ? "Highest by " + ratio[4] + ": " + shown.apply(rows.get(0)) + (rows.size() > 1 ? ". Next: "
                + Say.join(rows.subList(1, Math.min(4, rows.size())).stream().map(shown).toList()) : "") + "."
                : "By " + ratio[4] + ":\n\n" + String.join("\n", rows.subList(0, count).stream().map(row -> "- "
                + shown.apply(row)).toList());
        if (!rank.highest()) {
            text = text.replaceFirst("^Highest", "Lowest");
        }
        return Reply.of(text, readAs, List.of()).about((String) rows.get(0)[0]);
    }

    private static Map<String, Long> values(Reading r, String measure, String whose, ToolCalls tools) {
        ObjectNode arguments = tools.args().put("measure", measure).put("limit", 300);
        if (!measure.equals("stars")) {
            Say.range(arguments, r.period());
            arguments.put("own_only", whose.equals("own"));
        }
        Map<String, Long> values = new HashMap<>();
        tools.call("rank_repos", arguments).get("ranking").forEach(item -> values.put(item.get("repo").asString(),
                item.get("value").asLong()));
        return values;
    }
}
