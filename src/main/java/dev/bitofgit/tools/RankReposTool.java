package dev.bitofgit.tools;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.store.ProfileQueries;
import dev.bitofgit.store.ProfileQueries.CommitFilter;
import dev.bitofgit.store.RepoMeasures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * rank_repos: every repository with one number from {@link RepoMeasures} — of its commits, of the repository itself
 * or of its pull requests, issues and reviews — highest (or lowest) first.
 */
final class RankReposTool implements Tool {
    private static final List<String> MEASURES = RepoMeasures.Measure.keys();

    private final ProfileQueries queries;

    RankReposTool(ProfileQueries queries) {
        this.queries = requireNonNull(queries, "queries == null");
    }

    @Override
    public ToolDefinition definition() {
        return new ToolDefinition("rank_repos", "Rank repos by any measure",
                "Every repository with one number, highest first (order 'lowest' for the other end), zero included: "
                        + "measures of commits (commits, lines, additions, deletions, active_days, people, merges, "
                        + "files_changed — under any conditions on single commits: kind, hours, weekdays, files, lines), "
                        + "of the repository itself (stars, forks, watchers, size_kb, open_issues, topics, files, "
                        + "readme_length, automation_score, coding_standards_score, organization_score — facts of today, "
                        + "no period) and of its work (pull_requests, "
                        + "merged_pull_requests, issues, reviews). own_only counts the user's own commits, pull "
                        + "requests, issues or reviews. Use for 'which repo has the most files', 'where do I fix most "
                        + "bugs', 'which repo do I commit to most at night', 'which repo got the most reviews'.",
                JsonSchemas.object().username()
                        .enumeration("measure", "What to rank by.", MEASURES, "commits")
                        .enumeration("order", "highest (default) or lowest first.", List.of("highest", "lowest"), "highest")
                        .repoOrRepos().date("since", "From this instant (commits, pull requests, issues, reviews).")
                        .date("until", "Before this instant.")
                        .bool("own_only", "Count only the user's own.", false)
                        .string("author", "Only commits by this login, name or email.")
                        .bool("exclude_bots", CommitFilters.EXCLUDE_BOTS, false)
                        .commitConditions()
                        .integer("limit", "Maximum repos.", 10, 1, 300).build(),
                JsonSchemas.object().out("measure", "string", "the measure").out("description", "string", "what it counts")
                        .out("repos_ranked", "integer", "repositories ranked (all the filters allow)")
                        .out("total", "integer", "the measure summed over them")
                        .out("ranking", "array", "repo and value, in the order asked").buildOutput(),
                this::call, JsonSchemas.demoExample());
    }

    private JsonNode call(ToolArguments args, ToolContext context) {
        Scope scope = Scope.of(queries, args, context);
        RepoMeasures.Measure measure = RepoMeasures.Measure.of(args.choice("measure"));
        boolean own = args.bool("own_only");
        CommitFilter filter = CommitFilters.of(scope, args, own);
        if (!measure.ofCommits() && (filter.conditions().any() || filter.author().isPresent())) {
            throw new ToolException("conditions on commits and 'author' apply to commit measures only, not "
                    + measure.key());
        }
        if (measure.ofRepository() && (filter.since().isPresent() || filter.until().isPresent())) {
            throw new ToolException(measure.key() + " is a fact of today's repository: it takes no period");
        }
        List<RepoMeasures.Value> ranked = new ArrayList<>(queries.measures().rank(scope.accountId(),
                scope.privateVisible(), measure, filter));
        if (args.choice("order").equals("lowest")) {
            Collections.reverse(ranked);
        }
        ObjectNode result = scope.result();
        result.put("measure", measure.key());
        result.put("description", measure.description());
        result.put("repos_ranked", ranked.size());
        result.put("total", ranked.stream().mapToLong(RepoMeasures.Value::value).sum());
        ArrayNode ranking = result.putArray("ranking");
        ranked.stream().limit(args.integer("limit")).forEach(value -> ranking.addObject()
                .put("repo", value.repo()).put("value", value.value()));
        return result;
    }
}
