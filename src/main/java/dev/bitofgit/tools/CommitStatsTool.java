package dev.bitofgit.tools;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.store.CommitKinds;
import dev.bitofgit.store.ProfileQueries;
import dev.bitofgit.store.ProfileQueries.CommitFilter;
import dev.bitofgit.store.ProfileQueries.CommitStats;
import dev.bitofgit.store.ProfileQueries.MessageStats;
import java.time.ZoneOffset;
import java.util.Comparator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * get_commit_stats: totals over the commits selected — merges, lines, people, the first, latest and largest commit —
 * and, when asked, the commits by kind of change and by UTC offset.
 */
final class CommitStatsTool implements Tool {
    private final ProfileQueries queries;

    CommitStatsTool(ProfileQueries queries) {
        this.queries = requireNonNull(queries, "queries == null");
    }

    @Override
    public ToolDefinition definition() {
        return new ToolDefinition("get_commit_stats", "Commit statistics",
                "Totals over the commits selected (all repos or one, a period, the user's own or everyone's, one "
                        + "author): commits, merge commits, lines added and deleted, how many different people "
                        + "committed, and the first, the latest and the largest commit (most lines changed). Use for "
                        + "'lines added in 2024', 'biggest commit', 'how many merges', 'how many people worked on X', "
                        + "'my very first commit'; with conditions on single commits (kind, hours, weekdays, files, "
                        + "lines, more deleted than added) for 'how many of my commits changed more than 10 files'.",
                JsonSchemas.object().username().repoOrRepos()
                        .date("since", "Only commits at or after this instant.").date("until", "Only commits before this instant.")
                        .string("author", "Only commits by this login, name or email.")
                        .bool("own_only", "Only the user's own commits.", false)
                        .bool("exclude_bots", CommitFilters.EXCLUDE_BOTS, false)
                        .bool("most_files", "Also find the commit that changed most files.", false)
                        .bool("by_kind", "Also count the commits by kind of change, read from how each message starts "
                                + "(Conventional Commits type or leading verb): " + String.join(", ", CommitKinds.names())
                                + "; and the messages' average length.", false)
                        .bool("by_utc_offset", "Also count the commits per UTC offset they were made at (the time zones "
                                + "the author committed from), most used first.", false).commitConditions().build(),
                JsonSchemas.object().out("commits", "integer", "commits selected").out("merge_commits", "integer", "with 2+ parents")
                        .out("additions", "integer", "lines added").out("deletions", "integer", "lines deleted")
                        .out("distinct_authors", "integer", "different people (the user counts once)")
                        .out("changed_files", "integer", "files changed, summed over the commits whose count is known")
                        .out("commits_with_file_counts", "integer", "commits whose number of changed files is known")
                        .nullable("first_commit", "object", "the oldest commit").nullable("last_commit", "object", "the newest commit")
                        .nullable("largest_commit", "object", "the commit with most lines changed")
                        .nullable("most_files_commit", "object", "with most_files: the commit that changed most files")
                        .nullable("kinds", "array", "with by_kind: every kind with its commits (0 included) and percent, most first")
                        .nullable("average_message_length", "number", "with by_kind: characters per message (whole message)")
                        .nullable("average_subject_length", "number", "with by_kind: characters of the first line")
                        .nullable("utc_offsets", "array", "with by_utc_offset: offset (+02:00), commits, first and last "
                                + "commit at it").buildOutput(),
                this::call, JsonSchemas.demoExample());
    }

    private JsonNode call(ToolArguments args, ToolContext context) {
        Scope scope = Scope.of(queries, args, context);
        CommitFilter filter = CommitFilters.of(scope, args, args.bool("own_only"));
        CommitStats stats = queries.commitStats(scope.accountId(), scope.privateVisible(), filter,
                args.bool("most_files"));
        ObjectNode result = scope.result();
        result.put("commits", stats.commits());
        result.put("merge_commits", stats.merges());
        result.put("additions", stats.additions());
        result.put("deletions", stats.deletions());
        result.put("distinct_authors", stats.distinctAuthors());
        Shapes.commitOrNull(result, "first_commit", stats.first());
        Shapes.commitOrNull(result, "last_commit", stats.last());
        Shapes.commitOrNull(result, "largest_commit", stats.largest());
        result.put("changed_files", stats.changedFiles());
        result.put("commits_with_file_counts", stats.commitsWithFileCounts());
        Shapes.commitOrNull(result, "most_files_commit", stats.mostFiles());
        if (args.bool("by_kind")) {
            MessageStats messages = queries.messageStats(scope.accountId(),
                    scope.privateVisible(), filter);
            ArrayNode kinds = result.putArray("kinds");
            CommitKinds.names().stream()
                    .sorted(Comparator.comparing((String kind) -> messages.kinds().getOrDefault(kind, 0L))
                            .reversed().thenComparing(CommitKinds.names()::indexOf))
                    .forEach(kind -> kinds.addObject().put("kind", kind)
                            .put("description", CommitKinds.description(kind))
                            .put("commits", messages.kinds().getOrDefault(kind, 0L))
                            .put("percent", Figures.percent(messages.kinds().getOrDefault(kind, 0L), stats.commits())));
            result.put("average_message_length", Math.round(messages.averageLength() * 10) / 10.0);
            result.put("average_subject_length", Math.round(messages.averageFirstLineLength() * 10) / 10.0);
        } else {
            result.putNull("kinds");
            result.putNull("average_message_length");
            result.putNull("average_subject_length");
        }
        if (args.bool("by_utc_offset")) {
            ArrayNode offsets = result.putArray("utc_offsets");
            queries.offsets(scope.accountId(), scope.privateVisible(), filter).forEach(use -> offsets.addObject()
                    .put("offset", ZoneOffset.ofTotalSeconds(use.offsetMinutes() * 60).getId().replace("Z", "+00:00"))
                    .put("commits", use.commits()).put("first", use.first().toString())
                    .put("last", use.last().toString()));
        } else {
            result.putNull("utc_offsets");
        }
        return result;
    }
}
