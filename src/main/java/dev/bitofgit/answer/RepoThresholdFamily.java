package dev.bitofgit.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Repositories picked by a bound on any measure: "which repos have more than 3 contributors", "repos with fewer
 * than 10 commits", "how many repos have at least 20 pull requests". Every value comes from rank_repos; stars and
 * forks stay with the repository listing, which filters by them itself.
 */
final class RepoThresholdFamily implements Family {
    private static final Pattern BOUND = Pattern.compile("\\b(more than|over|above|greater than|at least|fewer than|"
            + "less than|under|below|at most|no more than|exactly)\\s+(\\d[\\d,]*)\\s+(?:different |distinct |of my "
            + "|own )?((?:open )?[a-z]+(?: [a-z]+)?)");
    /** The measure a bound's noun names. */
    private static final Map<String, String> UNITS = Map.ofEntries(Map.entry("commits?", "commits"),
            Map.entry("contributors?|people|persons?|committers?|authors?|collaborators?|developers?", "people"),
            Map.entry("files?", "files"), Map.entry("pull requests?|prs?|pulls?", "pull_requests"),
            Map.entry("issues?", "issues"), Map.entry("open issues?", "open_issues"), Map.entry("reviews?", "reviews"), Map.entry("watchers?", "watchers"),
            Map.entry("lines?( changed)?|loc", "lines"), Map.entry("(active )?days?", "active_days"),
            Map.entry("merges?|merge commits?", "merges"), Map.entry("topics?", "topics"));

    private record Bound(String measure, String comparator, long value, String said) {
        boolean holds(long v) {
            return switch (comparator) {
                case "more than", "over", "above", "greater than" -> v > value;
                case "at least" -> v >= value;
                case "fewer than", "less than", "under", "below" -> v < value;
                case "at most", "no more than" -> v <= value;
                default -> v == value;
            };
        }
    }

    private static Optional<Bound> bound(Reading r) {
        Matcher matcher = BOUND.matcher(r.text());
        while (matcher.find()) {
            String noun = matcher.group(3);
            for (Map.Entry<String, String> unit : UNITS.entrySet()) {
                String word = noun.matches("(" + unit.getKey() + ")( .*)?") ? noun : "";
                if (!word.isEmpty()) {
                    return Optional.of(new Bound(unit.getValue(), matcher.group(1), Long.parseLong(matcher.group(2)
                            .replace(",", "")), matcher.group().trim()));
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public int fit(Reading r) {
        return r.mentionsRepos() && r.repos().isEmpty() && bound(r).isPresent() ? 84 : 0;
    }

    @Override
    public boolean consumes(String word) {
        return word.matches("contributors?|people|committers?|authors?|collaborators?|developers?|files?|requests?|"
                + "prs?|issues?|open|reviews?|watchers?|lines?|days?|merges?|topics?|different|distinct|exactly|least|most");
    }

    @Override
    public boolean honours(Conditions.Type type) {
        return true; // conditions on commits go to rank_repos with the commit measures
    }

    @Override
    public Reply answer(Reading r, ToolCalls tools) {
        Bound bound = bound(r).orElseThrow();
        boolean own = bound.measure().equals("commits") && CommitScope.explicitlyMine(r);
        ObjectNode arguments = tools.args().put("measure", bound.measure()).put("limit", 300);
        if (!List.of("files", "watchers", "topics", "open_issues").contains(bound.measure())) {
            Say.range(arguments, r.period());
            arguments.put("own_only", own);
        }
        Optional<Reading.RepoSet> set = RepoSets.narrow(r, tools, arguments);
        if (set.isPresent() && set.get().names().isEmpty()) {
            return RepoSets.none(RepoListFamily.condition(r), set.get());
        }
        String scope = set.map(Reading.RepoSet::label).orElse("");
        if (bound.measure().matches("commits|lines|active_days|people|merges")) {
            Conditions.of(r).apply(arguments, r.zone());
        }
        JsonNode result = tools.call("rank_repos", arguments);
        List<String> picked = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        result.get("ranking").forEach(item -> {
            long value = item.get("value").asLong();
            if (bound.holds(value)) {
                picked.add(item.get("repo").asString());
                shown.add("**" + item.get("repo").asString() + "** (" + Say.number(value) + ")");
            }
        });
        String description = result.get("description").asString() + (own ? " by you" : "");
        String when = Say.when(r.period(), "").strip();
        String note = bound.measure().equals("open_issues") ? " (GitHub's open count, which includes pull requests)" : "";
        String readAs = Say.readAs("repositories whose " + description + " " + (when.isEmpty() ? "" : when + " ")
                + "is " + bound.comparator() + " " + Say.number(bound.value()), scope);
        if (picked.isEmpty()) {
            return Reply.of((r.measure() == Reading.Measure.EXISTS ? "No — none" : "None") + " of your repositories has "
                    + bound.said() + (when.isEmpty() ? "" : " " + when) + ".", readAs, List.of());
        }
        String text = (r.measure() == Reading.Measure.EXISTS ? "Yes — " : "") + "**" + picked.size() + "** of your "
                + "repositories " + (picked.size() == 1 ? "has " : "have ") + bound.said() + note + (when.isEmpty() ? ""
                : " " + when) + ": " + Say.join(shown.subList(0, Math.min(40, shown.size())))
                + (shown.size() > 40 ? " and " + (shown.size() - 40) + " more" : "") + ".";
        return Reply.of(text.replace(" ,", ","), readAs, List.of("Which repo has the most " + bound.measure()
                .replace('_', ' ').toLowerCase(Locale.ROOT) + "?"));
    }
}
