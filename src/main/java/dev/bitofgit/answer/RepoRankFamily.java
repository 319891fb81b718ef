package dev.bitofgit.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Repositories ranked: by commits (the user's own unless the question says everyone's) in a period, by creation
 * date (oldest, newest), by latest commit, by stars, forks or lines changed — the top one or the top N, from either
 * end, within any repository filters. "My top 3 repos by my own commits", "oldest repo", "most starred Python repo".
 */
final class RepoRankFamily implements Family {
    @Override
    public int fit(Reading r) {
        if (Superlatives.of(r).isEmpty() || !r.repos().isEmpty()) {
            return 0;
        }
        return 72;
    }

    @Override
    public Reply answer(Reading r, ToolCalls tools) {
        Superlatives rank = Superlatives.of(r).orElseThrow();
        int n = r.top().orElse(1);
        Reading filters = forRanking(r, rank);
        String condition = RepoListFamily.condition(filters);
        boolean filtered = !condition.isEmpty();
        List<String[]> ranked;
        String measure;
        if (java.util.Set.of("commits", "lines", "people", "additions", "deletions").contains(rank.dimension())) {
            boolean own = !rank.dimension().equals("people") && r.own().orElse(true);
            ObjectNode arguments = tools.args().put("metric", rank.dimension()).put("own_only", own).put("limit", 50);
            Say.range(arguments, r.period());
            JsonNode ranking = tools.call("rank_repos_by_activity", arguments).get("ranking");
            Set<String> allowed = filtered ? allowed(filters, tools) : null;
            ranked = new ArrayList<>();
            for (JsonNode item : ranking) {
                String name = item.get("repo").asString();
                if (allowed == null || allowed.contains(name)) {
                    long value = switch (rank.dimension()) {
                        case "lines" -> item.get("lines").asLong();
                        case "people" -> item.get("people").asLong();
                        case "additions" -> item.get("additions").asLong();
                        case "deletions" -> item.get("deletions").asLong();
                        default -> item.get("commits").asLong();
                    };
                    ranked.add(new String[] {name, Long.toString(value)});
                }
            }
            if (!rank.highest()) {
                java.util.Collections.reverse(ranked);
            }
            measure = switch (rank.dimension()) {
                case "lines" -> "lines changed" + (own ? " by you" : "");
                case "people" -> "different people";
                case "additions" -> "lines added" + (own ? " by you" : "");
                case "deletions" -> "lines deleted" + (own ? " by you" : "");
                default -> own ? "of your commits" : "commits";
            };
            String readAs = Say.readAs("repositories ranked by " + (own ? "your own " : "everyone's ")
                    + rank.dimension(), Say.when(r.period(), "all time"), filtered ? "that " + condition : "",
                    rank.highest() ? "" : "fewest first (repositories without commits are not ranked)");
            return reply(ranked, n, measure, r, readAs, rank);
        }
        ObjectNode arguments = RepoListFamily.filters(filters, tools.args()).put("limit", 100)
                .put("sort", switch (rank.dimension()) {
                    case "created" -> rank.highest() ? "created" : "oldest";
                    case "stars" -> "stars";
                    case "forks" -> "forks";
                    case "size" -> "size";
                    default -> "last_commit";
                });
        r.period().ifPresent(range -> arguments.put("created_since", range.since().toString())
                .put("created_until", range.until().toString()));
        JsonNode repos = tools.call("list_repos", arguments).get("repos");
        ranked = new ArrayList<>();
        for (JsonNode repo : repos) {
            String value = switch (rank.dimension()) {
                case "created" -> Say.day(repo.get("created_at"));
                case "stars" -> Long.toString(repo.get("stars").asLong());
                case "forks" -> Long.toString(repo.get("forks").asLong());
                case "size" -> Say.number(repo.get("size_kb").asLong());
                default -> repo.get("last_commit_at").isNull() ? "never" : Say.day(repo.get("last_commit_at"));
            };
            ranked.add(new String[] {repo.get("name").asString(), value});
        }
        if (!rank.highest() && !rank.dimension().equals("created")) {
            java.util.Collections.reverse(ranked);
        }
        measure = switch (rank.dimension()) {
            case "created" -> "created on";
            case "stars" -> "stars";
            case "forks" -> "forks";
            case "size" -> "KB on disk (GitHub's size)";
            default -> "latest commit on";
        };
        String readAs = Say.readAs("repositories ranked by " + switch (rank.dimension()) {
            case "created" -> "creation date, " + (rank.highest() ? "newest" : "oldest") + " first";
            case "last_commit" -> "latest commit";
            default -> rank.dimension();
        }, filtered ? "that " + condition : "", r.period().map(p -> "created " + p.label()).orElse(""));
        return reply(ranked, n, measure, r, readAs, rank);
    }

    private static Reply reply(List<String[]> ranked, int n, String measure, Reading r, String readAs,
                               Superlatives rank) {
        if (ranked.isEmpty()) {
            return Reply.of("No repository matches" + (r.period().isPresent() ? " " + r.period().get().label() : "")
                    + ".", readAs, List.of("Which repositories do I have?"));
        }
        String adjective = switch (rank.dimension()) {
            case "created" -> rank.highest() ? "newest" : "oldest";
            case "stars" -> rank.highest() ? "most starred" : "least starred";
            case "forks" -> rank.highest() ? "most forked" : "least forked";
            case "last_commit" -> rank.highest() ? "most recently active" : "least recently active";
            case "size" -> rank.highest() ? "largest" : "smallest";
            case "lines" -> rank.highest() ? "most changed" : "least changed";
            case "people" -> rank.highest() ? "most collaborative" : "least collaborative";
            case "additions" -> rank.highest() ? "most added-to" : "least added-to";
            case "deletions" -> rank.highest() ? "most pruned" : "least pruned";
            default -> rank.highest() ? "most active" : "least active";
        };
        String[] top = ranked.get(0);
        if (n <= 1) {
            String text = "Your " + adjective + " repository " + (r.period().isPresent() && !rank.dimension()
                    .equals("created") ? r.period().get().label() : "overall") + " is **" + top[0] + "** ("
                    + value(measure, top[1]) + ").";
            if (ranked.size() > 1) {
                text += " Next: " + Say.join(ranked.subList(1, Math.min(4, ranked.size())), item -> item[0] + " ("
                        + value(measure, item[1]) + ")") + ".";
            }
            return withChart(Reply.of(text, readAs, List.of("What is " + top[0] + " about?",
                    "How many commits does " + top[0] + " have?")).about(top[0]), ranked, measure);
        }
        List<String[]> shown = ranked.subList(0, Math.min(n, ranked.size()));
        StringBuilder text = new StringBuilder("Your top " + shown.size() + " " + adjective.replace("most ", "")
                + " repositories" + (r.period().isPresent() && !rank.dimension()
                .equals("created") ? " " + r.period().get().label() : "") + ":\n\n");
        int place = 1;
        for (String[] item : shown) {
            text.append(place++).append(". **").append(item[0]).append("** (").append(value(measure, item[1]))
                    .append(")\n");
        }
        return withChart(Reply.of(text.toString().trim(), readAs, List.of("What is " + top[0] + " about?"))
                .about(top[0]), ranked, measure);
    }

    /** A bar chart of the first ten, when the ranking is by a number. */
    private static Reply withChart(Reply reply, List<String[]> ranked, String measure) {
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (String[] item : ranked.subList(0, Math.min(10, ranked.size()))) {
            try {
                values.add(Long.parseLong(item[1]));
                labels.add(item[0]);
            } catch (NumberFormatException e) {
                return reply; // dates: no chart
            }
        }
        return reply.withChart(new Chart("bar", "Repositories by " + measure.replace("of your ", "your "), measure
                .replace("of your ", "your "), labels, values));
    }

    private static String value(String measure, String value) {
        if (measure.endsWith(" on")) {
            return measure + " " + value;
        }
        try {
            return Say.number(Long.parseLong(value)) + " " + measure;
        } catch (NumberFormatException e) {
            return value + " " + measure;
        }
    }

    private static Set<String> allowed(Reading filters, ToolCalls tools) {
        JsonNode repos = tools.call("list_repos", RepoListFamily.filters(filters, tools.args()).put("limit", 100))
                .get("repos");
        return new HashSet<>(Say.names(repos, "name"));
    }

    /**
     * The reading's repository filters for a ranking: without the period (it bounds the commits, not the
     * repositories), and without "forks" when forks are what is ranked.
     */
    private static Reading forRanking(Reading r, Superlatives rank) {
        return new Reading(r.text(), r.words(), r.repos(), r.language(), r.primaryLanguage(), r.technology(),
                r.signals(), r.privateRepos(), rank.dimension().equals("forks") ? Optional.empty() : r.forks(),
                r.archived(), Optional.empty(), List.of(), r.inactive(),
                r.zone(), r.own(), r.top(), r.measure(), r.term(), r.corrections(), r.unknownRepo(), r.author(), r.anyOf(), r.repoSet());
    }
}
