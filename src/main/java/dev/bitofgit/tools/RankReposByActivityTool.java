package dev.bitofgit.tools;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.store.ProfileQueries;
import dev.bitofgit.store.ProfileQueries.CommitFilter;
import dev.bitofgit.store.ProfileQueries.RepoActivity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** rank_repos_by_activity: repositories ranked by commits, lines, active days or people in a period. */
final class RankReposByActivityTool implements Tool {
    private static final List<String> METRICS = List.of("commits", "lines", "additions", "deletions", "active_days", "people");

    private final ProfileQueries queries;

    RankReposByActivityTool(ProfileQueries queries) {
        this.queries = requireNonNull(queries, "queries == null");
    }

    @Override
    public ToolDefinition definition() {
        return new ToolDefinition("rank_repos_by_activity", "Rank repos by activity",
                "Repos ranked by activity in a period: commits, lines changed (added + deleted), active days or "
                        + "different people who committed, "
                        + "counting the user's own commits by default. Use for 'my most active repository' and 'what did I "
                        + "work on in March'. since/until select whole days of the author's local calendar.",
                JsonSchemas.object().username().date("since", "From this instant.").date("until", "Before this instant.")
                        .enumeration("metric", "Ranking metric.", METRICS, "commits")
                        .bool("own_only", "Count only the user's own commits.", true)
                        .string("author", "Only commits by this login, name or email (own_only is then ignored).")
                        .integer("limit", "Maximum repos.", 10, 1, 50).build(),
                JsonSchemas.object().out("metric", "string", "the ranking metric").out("ranking", "array", "most active first")
                        .buildOutput(),
                this::call, JsonSchemas.demoExample());
    }

    private JsonNode call(ToolArguments args, ToolContext context) {
        Scope scope = Scope.of(queries, args, context);
        String metric = args.choice("metric");
        boolean own = args.bool("own_only") && args.optionalString("author").isEmpty();
        int limit = args.integer("limit");
        CommitFilter filter = CommitFilters.of(scope, args, own);
        List<RepoActivity> activity = new ArrayList<>(queries.activityByRepo(scope.accountId(),
                scope.privateVisible(), filter));
        Map<String, Long> people = metric.equals("people")
                ? queries.peoplePerRepo(scope.accountId(), scope.privateVisible(), filter) : Map.of();
        Comparator<RepoActivity> order = switch (metric) {
            case "people" -> Comparator.comparingLong(a -> people.getOrDefault(a.repo(), 0L));
            case "lines" -> Comparator.comparingLong(a -> a.additions() + a.deletions());
            case "additions" -> Comparator.comparingLong(RepoActivity::additions);
            case "deletions" -> Comparator.comparingLong(RepoActivity::deletions);
            case "active_days" -> Comparator.comparingLong(RepoActivity::activeDays);
            default -> Comparator.comparingLong(RepoActivity::commits);
        };
        activity.sort(order.reversed().thenComparing(RepoActivity::repo, String.CASE_INSENSITIVE_ORDER));
        ObjectNode result = scope.result();
        result.put("metric", metric);
        result.put("own_only", own);
        ArrayNode ranking = result.putArray("ranking");
        activity.stream().limit(limit).forEach(a -> ranking.addObject().put("repo", a.repo())
                .put("commits", a.commits()).put("lines", a.additions() + a.deletions())
                .put("additions", a.additions()).put("deletions", a.deletions())
                .put("active_days", a.activeDays()).put("people", people.getOrDefault(a.repo(), null))
                .put("last_commit_at", a.lastCommitAt().map(Instant::toString).orElse(null)));
        return result;
    }
}
