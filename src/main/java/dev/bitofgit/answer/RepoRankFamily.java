package dev.bitofgit.answer;

import java.util.ArrayList;
import java.util.Collections;
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
        if (!r.repos().isEmpty() || r.inactive().isPresent() && r.top().isEmpty()) {
            return 0; // "repositories whose latest commit is over a year old": a list of the inactive ones
        }
        if (Superlatives.of(r).isEmpty()) {
            // "how many pull requests does each repo have": every repository with its number, by any measure but commits
            // (CommitCountFamily lists those).
            return breakdown(r) && !Superlatives.measure(r, false).dimension().matches("commits|unknown:.*") ? 74 : 0;
        }
        return RepoRatios.ratio(r).isPresent() && r.mentionsRepos() ? 87 : 72;
    }

    private static boolean breakdown(Reading r) {
        return r.matches("\\b(per|for each|(?<!across )each|every|by) (repo|repository|project)\\b|\\bbroken down by (repo|"
                + "repository|project)\\b|\\bbreakdown by (repo|repository|project)\\b");
    }

    @Override
    public Reply answer(Reading r, ToolCalls tools) {
        Superlatives rank = Superlatives.of(r).orElseGet(() -> Superlatives.measure(r, false));
        int n = Superlatives.of(r).isEmpty() ? 300 : r.top().orElse(1);
        Reading filters = forRanking(r, rank);
        if (rank.dimension().startsWith("unknown:")) {
            String word = rank.dimension().substring("unknown:".length());
            return Reply.of("I can't rank repositories by \"" + word + "\": the store has no such number. I can rank "
                    + "them by commits (of any kind, at any hour or weekday), lines added or deleted, active days, "
                    + "people, merges, files, files changed, README length, pull requests, issues, reviews, stars, "
                    + "forks, watchers, size, creation date or latest commit.", Say.readAs("a ranking of repositories "
                    + "by '" + word + "', which no tool measures"), List.of("Which repo has the most files?",
                    "Which repo do I commit to most at night?"));
        }
        Optional<String[]> ratio = RepoRatios.ratio(r);
        if (ratio.isPresent() && !Superlatives.of(r).isEmpty()) {
            return RepoRatios.ratio(r, rank, n, ratio.get(), tools);
        }
        Conditions conditions = Conditions.of(r);
        if (MEASURED.contains(rank.dimension()) || conditions.any() && ACTIVITY.contains(rank.dimension())) {
            return measured(r, rank, n, filters, conditions, tools);
        }
        String condition = RepoListFamily.condition(filters);
        boolean filtered = !condition.isEmpty();
        List<String[]> ranked;
        String measure;
        if (Set.of("commits", "lines", "people", "additions", "deletions").contains(rank.dimension())) {
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
                Collections.reverse(ranked);
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
                    case "first_commit" -> "name";
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
                case "first_commit" -> repo.path("first_commit_at").isNull() || repo.path("first_commit_at").isMissingNode()
                        ? "" : Say.day(repo.get("first_commit_at"));
                default -> repo.get("last_commit_at").isNull() ? "never" : Say.day(repo.get("last_commit_at"));
            };
            ranked.add(new String[] {repo.get("name").asString(), value});
        }
        if (rank.dimension().equals("first_commit")) {
            ranked.removeIf(item -> item[1].isEmpty()); // no commit yet: no first commit to rank
            ranked.sort((a, b) -> rank.highest() ? b[1].compareTo(a[1]) : a[1].compareTo(b[1]));
        } else if (!rank.highest() && !rank.dimension().equals("created")) {
            Collections.reverse(ranked);
        }
        measure = switch (rank.dimension()) {
            case "created" -> "created on";
            case "first_commit" -> "first commit on";
            case "stars" -> "stars";
            case "forks" -> "forks";
            case "size" -> "KB on disk (GitHub's size)";
            default -> "latest commit on";
        };
        String readAs = Say.readAs("repositories ranked by " + switch (rank.dimension()) {
            case "created" -> "creation date, " + (rank.highest() ? "newest" : "oldest") + " first";
            case "last_commit" -> "latest commit";
            case "first_commit" -> "first commit, " + (rank.highest() ? "latest" : "earliest") + " first";
            default -> rank.dimension();
        }, filtered ? "that " + condition : "", r.period().map(p -> "created " + p.label()).orElse(""));
        return reply(ranked, n, measure, r, readAs, rank);
    }

    /** Dimensions only rank_repos measures; and the activity ones it measures under conditions on commits. */
    private static final Set<String> MEASURED = Set.of("files", "files_changed", "readme_length", "pull_requests",
            "merged_pull_requests", "open_pull_requests", "reviews", "issues", "closed_issues", "open_issues", "watchers",
            "merges", "active_days",
            "automation_score", "coding_standards_score", "organization_score");
    private static final Set<String> ACTIVITY = Set.of("commits", "lines", "additions", "deletions", "people");
    /** Facts of today's repository: no period bounds them. */
    private static final Set<String> TODAY = Set.of("files", "readme_length", "open_issues", "watchers",
            "automation_score", "coding_standards_score", "organization_score");
    private static final Set<String> WORK = Set.of("pull_requests", "merged_pull_requests", "open_pull_requests",
            "reviews", "issues", "closed_issues");

    @Override
    public boolean consumes(String word) {
        return CommitKindFamily.kindWord(word) || word.matches("files?|readme|readmes|longest|shortest|days|reviews?|"
                + "reviewed|requests?|prs?|issues?|watchers|merges|night|nights|mornings?|evenings?|afternoons?|weekends?|"
                + "weekdays|changed|deleted|added|lines|than|more|fewer|less|automation|automated|score|scores|coding|standards|"
                + "quality|organization|organisation|organized|organised|highest|lowest|most|least|fewest|top|rank|ranked|"
                + "ranking|share|percentage|proportion|fraction|per|average|mean|ratio|chunkiest|biggest|largest");
    }

    @Override
    public boolean honours(Conditions.Type type) {
        return true; // every condition goes to rank_repos, which refuses the ones a measure cannot take
    }

    private static Reply measured(Reading r, Superlatives rank, int n, Reading filters, Conditions conditions,
                                  ToolCalls tools) {
        String dimension = rank.dimension();
        boolean own = WORK.contains(dimension) ? CommitScope.explicitlyMine(r) && r.own().orElse(true)
                : !dimension.equals("people") && r.own().orElse(true);
        ObjectNode arguments = tools.args().put("measure", dimension).put("order", rank.highest() ? "highest" : "lowest")
                .put("limit", Math.min(300, Math.max(n, 10)));
        if (!TODAY.contains(dimension)) {
            Say.range(arguments, r.period());
            arguments.put("own_only", own);
        }
        String condition = RepoListFamily.condition(filters);
        Optional<Reading.RepoSet> set = RepoSets.narrow(filters, tools, arguments);
        if (set.isPresent() && set.get().names().isEmpty()) {
            return RepoSets.none(condition, set.get());
        }
        conditions.apply(arguments, r.zone());
        JsonNode result = tools.call("rank_repos", arguments);
        List<String[]> ranked = new ArrayList<>();
        result.get("ranking").forEach(item -> ranked.add(new String[] {item.get("repo").asString(),
                Long.toString(item.get("value").asLong())}));
        if (Superlatives.of(r).isEmpty()) {
            return breakdown(r, result, ranked, conditions, own && !TODAY.contains(dimension));
        }
        String whose = TODAY.contains(dimension) ? "" : WORK.contains(dimension) ? (own ? "yours" : "everyone's")
                : own ? "your own commits" : "everyone's commits";
        String that = conditions.any() ? " that " + conditions.label() : "";
        String measure = dimension.equals("commits") ? (own ? "of your commits" : "commits") + that
                : result.get("description").asString() + (own && !TODAY.contains(dimension)
                && !dimension.equals("people") ? " by you" : "") + (that.isEmpty() ? "" : ", in commits" + that);
        String readAs = Say.readAs("repositories ranked by " + result.get("description").asString(), whose,
                that.strip(), TODAY.contains(dimension) ? "as of the last sync"
                        + (r.period().isPresent() ? " (not limited by \"" + r.period().get().label() + "\")" : "")
                        : Say.when(r.period(), "all time"),
                condition.isEmpty() ? "" : "that " + condition, rank.highest() ? "" : "lowest first, zeros included",
                conditions.hours().isPresent() || !conditions.weekdays().isEmpty() ? Say.zone(r.zone())
                        : dimension.equals("active_days") ? "days of each commit's own calendar" : "");
        return reply(ranked, n, measure, r, readAs, rank);
    }

    /** Every repository with its number: "how many pull requests does each repo have". */
    private static Reply breakdown(Reading r, JsonNode result, List<String[]> ranked, Conditions conditions, boolean own) {
        String description = result.get("description").asString();
        List<String[]> some = ranked.stream().filter(item -> !item[1].equals("0")).toList();
        StringBuilder text = new StringBuilder(Character.toUpperCase(description.charAt(0)) + description.substring(1)
                + (own ? " by you" : "") + " per repository " + Say.when(r.period(), "over all time").strip()
                + ", **" + Say.number(result.get("total").asLong()) + "** in all:\n");
        some.stream().limit(50).forEach(item -> text.append("\n- **").append(item[0]).append("**: ")
                .append(Say.number(Long.parseLong(item[1]))));
        if (some.size() > 50) {
            text.append("\n- … and ").append(some.size() - 50).append(" more");
        }
        int none = ranked.size() - some.size();
        if (none > 0) {
            text.append("\n\n").append(Say.plural(none, "other repository")).append(" ").append(none == 1 ? "has" : "have")
                    .append(" none.");
        }
        return withChart(Reply.of(text.toString(), Say.readAs(description + " per repository", conditions.any()
                ? "commits that " + conditions.label() : "", Say.when(r.period(), "all time")), List.of()), ranked,
                description);
    }

    private static Reply reply(List<String[]> ranked, int n, String measure, Reading r, String readAs,
                               Superlatives rank) {
        if (ranked.isEmpty()) {
            return Reply.of("No repository matches" + (r.period().isPresent() ? " " + r.period().get().label() : "")
                    + ".", readAs, List.of("Which repositories do I have?"));
        }
        String adjective = switch (rank.dimension()) {
            case "created" -> rank.highest() ? "newest" : "oldest";
            case "first_commit" -> rank.highest() ? "most recently started (by first commit)" : "longest-running (by first commit)";
            case "stars" -> rank.highest() ? "most starred" : "least starred";
            case "forks" -> rank.highest() ? "most forked" : "least forked";
            case "last_commit" -> rank.highest() ? "most recently active" : "least recently active";
            case "size" -> rank.highest() ? "largest" : "smallest";
            case "lines" -> rank.highest() ? "most changed" : "least changed";
            case "people" -> rank.highest() ? "most collaborative" : "least collaborative";
            case "additions" -> rank.highest() ? "most added-to" : "least added-to";
            case "deletions" -> rank.highest() ? "most pruned" : "least pruned";
            case "files" -> rank.highest() ? "largest (by files)" : "smallest (by files)";
            case "readme_length" -> rank.highest() ? "best documented (longest README)" : "least documented (shortest README)";
            case "pull_requests", "merged_pull_requests", "open_pull_requests" -> rank.highest() ? "busiest (by pull requests)"
                    : "quietest (by pull requests)";
            case "reviews" -> rank.highest() ? "most reviewed" : "least reviewed";
            case "issues", "open_issues", "closed_issues" -> rank.highest() ? "busiest (by issues)" : "quietest (by issues)";
            case "watchers" -> rank.highest() ? "most watched" : "least watched";
            case "automation_score" -> rank.highest() ? "most automated" : "least automated";
            case "coding_standards_score" -> rank.highest() ? "best kept (coding standards)" : "least kept (coding standards)";
            case "organization_score" -> rank.highest() ? "best organized" : "least organized";
            case "merges" -> rank.highest() ? "most merged-into" : "least merged-into";
            case "active_days" -> rank.highest() ? "most worked-on (by days)" : "least worked-on (by days)";
            case "files_changed" -> rank.highest() ? "most changed (by files)" : "least changed (by files)";
            default -> rank.highest() ? "most active" : "least active";
        };
        String[] top = ranked.get(0);
        if (n <= 1) {
            String text = "Your " + adjective + " repository " + (r.period().isPresent() && !rank.dimension()
                    .equals("created") ? r.period().get().label() : r.repoSet().isPresent() ? "of those" : "overall")
                    + " is **" + top[0] + "** ("
                    + value(measure, top[1]) + ").";
            List<String> tied = ranked.stream().skip(1).filter(item -> item[1].equals(top[1]) && item[1].matches("\\d+"))
                    .map(item -> "**" + item[0] + "**").toList();
            if (!tied.isEmpty()) {
                text += " Tied with it: " + Say.join(tied) + ".";
            } else if (ranked.size() > 1) {
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
            long number = Long.parseLong(value);
            // "1 star", "1 fork", "1 open issue": a unit in the plural takes the singular for one.
            return Say.number(number) + " " + (number == 1 && measure.matches("(stars|forks|commits|watchers|(open )?issues|(merged )?pull requests|reviews)")
                    ? measure.substring(0, measure.length() - 1) : measure);
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
