package dev.bitofgit.tools;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.store.ProfileQueries;
import dev.bitofgit.store.ProfileQueries.CommitFilter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** list_collaborators: the people other than the user who committed to the user's repositories, most commits first. */
final class CollaboratorsTool implements Tool {
    private final ProfileQueries queries;

    CollaboratorsTool(ProfileQueries queries) {
        this.queries = requireNonNull(queries, "queries == null");
    }

    @Override
    public ToolDefinition definition() {
        return new ToolDefinition("list_collaborators", "List collaborators",
                "People other than the user who committed to the user's repositories (all repos or one, over a "
                        + "period), most commits first (or most lines added, or latest commit first), with how many of "
                        + "the repos each touched and the lines each added and deleted. Use for 'who do I work "
                        + "with most', 'my most frequent collaborator', 'who else contributed to X'.",
                JsonSchemas.object().username().repoOrRepos()
                        .date("since", "From this instant.").date("until", "Before this instant.")
                        .bool("exclude_bots", CommitFilters.EXCLUDE_BOTS, false)
                        .enumeration("sort", "Order: most commits, most lines added, or the latest commit first.",
                                List.of("commits", "additions", "latest"), "commits")
                        .integer("limit", "Maximum people.", 10, 1, 50).build(),
                JsonSchemas.object().out("collaborators", "array", "in the order asked").buildOutput(),
                this::call, JsonSchemas.demoExample());
    }

    private JsonNode call(ToolArguments args, ToolContext context) {
        Scope scope = Scope.of(queries, args, context);
        CommitFilter filter = CommitFilters.of(scope, args, false);
        int limit = args.integer("limit");
        ObjectNode result = scope.result();
        ArrayNode people = result.putArray("collaborators");
        ProfileQueries.CollaboratorOrder order = ProfileQueries.CollaboratorOrder.valueOf(
                args.choice("sort").toUpperCase(Locale.ROOT));
        queries.collaborators(scope.accountId(), scope.privateVisible(), filter, order, limit).forEach(person ->
                people.addObject().put("name", person.name()).put("login", person.login().orElse(null))
                        .put("commits", person.commits()).put("repos", person.repos())
                        .put("last_commit_at", person.lastCommitAt().map(Instant::toString).orElse(null))
                        .put("additions", person.additions()).put("deletions", person.deletions()));
        return result;
    }
}
