package dev.bitofgit.tools;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.store.ProfileQueries;
import dev.bitofgit.store.WorkQueries;
import dev.bitofgit.store.WorkQueries.Author;
import dev.bitofgit.store.WorkQueries.Filter;
import dev.bitofgit.store.WorkQueries.IssueRow;
import dev.bitofgit.store.WorkQueries.Page;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** list_issues: issues of the user's repositories, filtered, sorted and paged. */
final class ListIssuesTool implements Tool {
    private static final List<String> SORTS = List.of("newest", "oldest", "updated", "comments");

    private final ProfileQueries profile;
    private final WorkQueries work;

    ListIssuesTool(ProfileQueries profile) {
        this.profile = requireNonNull(profile, "profile == null");
        this.work = profile.work();
    }

    @Override
    public ToolDefinition definition() {
        return new ToolDefinition("list_issues", "List issues",
                "Issues of the user's repositories, newest first by default. Filters combine: state (open, closed), "
                        + "author (" + WorkFilters.AUTHOR_HELP + "), label, repo, closed_by_pr (closed by a merged pull request), "
                        + "and a period on the created, updated or closed date. sort=oldest with state=open gives the "
                        + "oldest open issue. Page with cursor; total counts all matches.",
                JsonSchemas.object().username().string("repo", "Only this repository.")
                        .enumeration("state", "Which issues.", WorkFilters.ISSUE_STATES, "all")
                        .string("author", "Whose: " + WorkFilters.AUTHOR_HELP).string("label", "Only those with this label.")
                        .optionalInteger("number", "Only the issue with this number (with repo).", 1, Integer.MAX_VALUE)
                        .bool("closed_by_pr", "true: only issues a pull request closed; false: only others.", null)
                        .enumeration("state_reason", "Only issues closed for this reason (GitHub's): completed, "
                                + "not_planned or duplicate.", WorkFilters.REASONS, "any")
                        .date("since", "Period start (inclusive) on the date chosen by 'date'.")
                        .date("until", "Period end (exclusive).")
                        .enumeration("date", "Which date the period bounds.", WorkFilters.ISSUE_DATES, "created")
                        .enumeration("sort", "Order: newest or oldest created, recently updated, most comments.",
                                SORTS, "newest")
                        .integer("limit", "Page size.", 20, 1, 100).cursor().build(),
                JsonSchemas.object().out("total", "integer", "issues matching the filters")
                        .out("issues", "array", "one page").nullable("next_cursor", "string", "next page").buildOutput(),
                this::call, JsonSchemas.demoExample());
    }

    private JsonNode call(ToolArguments args, ToolContext context) {
        Scope scope = Scope.of(profile, args, context);
        int limit = args.integer("limit");
        int offset = args.cursorOffset();
        String state = args.choice("state");
        Filter filter = new Filter(scope.repoKey(args), state.equals("all") ? List.of()
                : List.of(state.toUpperCase(Locale.ROOT)), args.optionalString("author")
                .map(value -> WorkFilters.author(scope, value, false)).orElse(Author.any()), Optional.empty(),
                args.optionalString("label"), WorkFilters.dateField(args), args.instant("since"),
                args.instant("until"), Optional.empty(), Optional.empty(), args.optionalInteger("number"));
        WorkFilters.checkPeriod(filter);
        String reason = args.choice("state_reason");
        Page<IssueRow> page = work.issues(scope.accountId(), scope.privateVisible(), filter,
                args.optionalBool("closed_by_pr"), reason.equals("any") ? Optional.empty()
                        : Optional.of(reason.toUpperCase(Locale.ROOT)), args.choice("sort"),
                limit, offset);
        ObjectNode result = scope.result();
        result.put("total", page.total());
        ArrayNode items = result.putArray("issues");
        Instant now = Instant.now();
        page.rows().forEach(row -> Shapes.issue(items.addObject(), row, now));
        result.put("next_cursor", offset + limit < page.total() ? ToolArguments.cursorFor(offset + limit) : null);
        return result;
    }
}
