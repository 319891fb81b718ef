package dev.bitofgit.tools;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.store.ProfileQueries;
import dev.bitofgit.store.WorkQueries;
import dev.bitofgit.store.WorkQueries.Author;
import dev.bitofgit.store.WorkQueries.Filter;
import dev.bitofgit.store.WorkQueries.Page;
import dev.bitofgit.store.WorkQueries.PullRequestRow;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * list_pull_requests: pull requests of the user's repositories and the user's elsewhere, filtered, sorted and paged,
 * each with its size, reviews and hours to merge and to first review.
 */
final class ListPullRequestsTool implements Tool {
    private static final List<String> SORTS = List.of("newest", "oldest", "updated", "merged", "largest",
            "most_comments", "most_files", "most_reviews", "most_approvals", "slowest_merge", "fastest_merge");

    private final ProfileQueries profile;
    private final WorkQueries work;

    ListPullRequestsTool(ProfileQueries profile) {
        this.profile = requireNonNull(profile, "profile == null");
        this.work = profile.work();
    }

    @Override
    public ToolDefinition definition() {
        return new ToolDefinition("list_pull_requests", "List pull requests",
                "Pull requests of the user's repositories and the ones the user opened in other people's "
                        + "repositories, newest first by default. Filters combine: state (open, closed, merged, "
                        + "unmerged = closed without merge), draft, elsewhere (true: in other people's repositories), author ("
                        + WorkFilters.AUTHOR_HELP + "), reviewer, label, repo, "
                        + "and a period on the created, updated, closed or merged date. Each item has its size, "
                        + "reviews (and its reviewers, each with the state of their last review), and hours to merge and to "
                        + "first review. Page with cursor; total counts all matches.",
                JsonSchemas.object().username().string("repo", "Only this repository (name, or owner/name elsewhere).")
                        .enumeration("state", "Which pull requests.", WorkFilters.PR_STATES, "all")
                        .string("author", "Whose: " + WorkFilters.AUTHOR_HELP)
                        .string("reviewer", "Only those reviewed by this login ('me' for the user).")
                        .string("label", "Only those with this label.")
                        .optionalInteger("number", "Only the pull request with this number (with repo).", 1, Integer.MAX_VALUE)
                        .bool("draft", "true: only drafts; false: no drafts.", null)
                        .bool("elsewhere", "true: only those opened in other people's repositories; false: only "
                                + "those of the user's repositories.", null)
                        .date("since", "Period start (inclusive) on the date chosen by 'date'.")
                        .date("until", "Period end (exclusive).")
                        .enumeration("date", "Which date the period bounds.", WorkFilters.PR_DATES, "created")
                        .enumeration("sort", "Order: newest or oldest created, recently updated, recently merged, "
                                + "largest (lines changed), most comments, most files changed, most reviews, most approvals, slowest or fastest from "
                                + "opening to merge (merged ones first).", SORTS, "newest")
                        .integer("limit", "Page size.", 20, 1, 100).cursor().build(),
                JsonSchemas.object().out("total", "integer", "pull requests matching the filters")
                        .out("pull_requests", "array", "one page").nullable("next_cursor", "string", "next page")
                        .buildOutput(),
                this::call, JsonSchemas.demoExample());
    }

    private JsonNode call(ToolArguments args, ToolContext context) {
        Scope scope = Scope.of(profile, args, context);
        int limit = args.integer("limit");
        int offset = args.cursorOffset();
        Filter filter = WorkFilters.pullRequests(scope, args, Author.any());
        Page<PullRequestRow> page = work.pullRequests(scope.accountId(),
                scope.privateVisible(), filter, args.choice("sort"), limit, offset);
        ObjectNode result = scope.result();
        result.put("total", page.total());
        ArrayNode items = result.putArray("pull_requests");
        page.rows().forEach(row -> Shapes.pullRequest(items.addObject(), row));
        result.put("next_cursor", offset + limit < page.total() ? ToolArguments.cursorFor(offset + limit) : null);
        return result;
    }
}
