package dev.bitofgit.tools;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.store.ProfileQueries;
import dev.bitofgit.store.ProfileQueries.CommitFilter;
import dev.bitofgit.store.ProfileQueries.CommitRow;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** get_commit_timeline: commits newest (or oldest) first, filtered by repositories, period, author and conditions, paged. */
final class CommitTimelineTool implements Tool {
    private final ProfileQueries queries;

    CommitTimelineTool(ProfileQueries queries) {
        this.queries = requireNonNull(queries, "queries == null");
    }

    @Override
    public ToolDefinition definition() {
        return new ToolDefinition("get_commit_timeline", "Commit timeline",
                "Commits newest first (or oldest first), across all repos or one; filter by date range and author. Each commit has repo, "
                        + "sha, date (author's local time), author, whether it is the user's own, the first line of the "
                        + "message and line counts. Page with cursor. Use for 'what did I work on…' and 'last commits of X'; "
                        + "conditions on single commits (kind, hours, weekdays, files, lines, more deleted than added) "
                        + "list 'commits that deleted more than they added'.",
                JsonSchemas.object().username().repoOrRepos()
                        .date("since", "Only commits at or after this instant.").date("until", "Only commits before this instant.")
                        .string("author", "Only commits by this login, name or email.")
                        .bool("own_only", "Only the user's own commits (by login or known email).", false)
                        .enumeration("order", "newest first (default) or oldest first.", List.of("newest", "oldest"), "newest")
                        .bool("exclude_bots", CommitFilters.EXCLUDE_BOTS, false)
                        .integer("limit", "Page size.", 20, 1, 100).cursor().commitConditions().build(),
                JsonSchemas.object().out("commits", "array", "newest first")
                        .nullable("next_cursor", "string", "cursor of the next page").buildOutput(),
                this::call, JsonSchemas.demoExample());
    }

    private JsonNode call(ToolArguments args, ToolContext context) {
        Scope scope = Scope.of(queries, args, context);
        CommitFilter filter = CommitFilters.of(scope, args, args.bool("own_only"));
        int limit = args.integer("limit");
        int offset = args.cursorOffset();
        boolean oldest = args.choice("order").equals("oldest");
        List<CommitRow> rows = oldest
                ? queries.oldestFirst(scope.accountId(), scope.privateVisible(), filter, limit + 1, offset)
                : queries.timeline(scope.accountId(), scope.privateVisible(), filter, limit + 1, offset);
        ObjectNode result = scope.result();
        ArrayNode commits = result.putArray("commits");
        rows.stream().limit(limit).forEach(row -> Shapes.commit(commits.addObject(), row));
        result.put("next_cursor", rows.size() > limit ? ToolArguments.cursorFor(offset + limit) : null);
        return result;
    }
}
