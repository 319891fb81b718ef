package dev.bitofgit.tools;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.store.ProfileQueries;
import dev.bitofgit.store.ProfileQueries.RepoSummary;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** list_repos: the user's repositories, filtered ({@link RepoFilter}), sorted and paged; total counts all matches. */
final class ListReposTool implements Tool {
    private static final List<String> SORTS = List.of("pushed", "stars", "commits", "name", "created", "oldest",
            "last_commit", "forks", "size");
    private final ProfileQueries queries;

    ListReposTool(ProfileQueries queries) {
        this.queries = requireNonNull(queries, "queries == null");
    }

    @Override
    public ToolDefinition definition() {
        return new ToolDefinition("list_repos", "List repositories",
                "Lists the user's repositories, newest push first by default, with language, stars, commit counts, "
                        + "creation date, license and flags. Filters combine (all must hold): language (primary or any "
                        + "bytes) or primary_language only, technology, visibility, fork, archived, engineering signals "
                        + "(true = has it, false = lacks it), license, topic, creation period, repos the user committed to "
                        + "in a period, repos with no commit since a date. Page with cursor. Use for 'which projects…' and "
                        + "'how many repos…' questions (total counts all matches).",
                JsonSchemas.object().username()
                        .enumeration("sort", "Order: pushed (latest push first), stars, commits (own commits), name, "
                                + "created (newest repo first), oldest (oldest repo first), last_commit (latest commit "
                                + "first), forks, size (largest on disk first).", SORTS, "pushed")
                        .string("language", "Only repos whose primary language or language breakdown includes this (e.g. Python).")
                        .string("primary_language", "Only repos whose primary (main) language is this.")
                        .string("tech_stack", "Only repos using this technology (framework, tool or language), e.g. React.")
                        .enumeration("visibility", "public, private or all.", List.of("all", "public", "private"), "all")
                        .bool("fork", "true: only forks; false: no forks.", null)
                        .bool("archived", "true: only archived repos; false: no archived repos.", null)
                        .bool("include_forks", "Include forks.", true)
                        .bool("include_archived", "Include archived repos.", true)
                        .bool("has_ci", "true: with CI configuration; false: without.", null)
                        .bool("has_tests", "true: with tests; false: without.", null)
                        .bool("has_docker", "true: with a Dockerfile or compose file; false: without.", null)
                        .bool("has_compose", "true: with a Docker Compose file; false: without.", null)
                        .bool("has_license", "true: with a license; false: without.", null)
                        .bool("has_lint", "true: with lint or format configuration; false: without.", null)
                        .bool("has_readme", "true: with a README; false: without.", null)
                        .bool("has_makefile", "true: with a Makefile; false: without.", null)
                        .bool("has_changelog", "true: with a CHANGELOG; false: without.", null)
                        .bool("has_contributing", "true: with a CONTRIBUTING guide; false: without.", null)
                        .bool("has_security_policy", "true: with a SECURITY policy; false: without.", null)
                        .bool("has_code_of_conduct", "true: with a CODE_OF_CONDUCT; false: without.", null)
                        .string("default_branch", "Only repos whose default branch is this (e.g. main, master).")
                        .integer("min_stars", "Only repos with at least this many stars.", 0, 0, 1_000_000)
                        .integer("max_stars", "Only repos with at most this many stars.", 1_000_000, 0, 1_000_000)
                        .integer("min_forks", "Only repos forked at least this many times.", 0, 0, 1_000_000)
                        .string("license", "Only repos under this license (SPDX id, e.g. MIT).")
                        .string("topic", "Only repos with this topic.")
                        .date("created_since", "Only repos created at or after this instant.")
                        .date("created_until", "Only repos created before this instant.")
                        .date("committed_since", "Only repos with a commit by the user at or after this instant (with committed_until: in a period).")
                        .date("committed_until", "Only repos with a commit by the user before this instant.")
                        .date("no_commits_since", "Only repos whose latest commit (anyone's) is before this instant, or that have none.")
                        .integer("limit", "Page size.", 20, 1, 100).cursor().build(),
                JsonSchemas.object().out("total", "integer", "repos matching the filters")
                        .out("repos", "array", "one page of repos").nullable("next_cursor", "string", "cursor of the next page")
                        .buildOutput(),
                this::call, JsonSchemas.demoExample());
    }

    private JsonNode call(ToolArguments args, ToolContext context) {
        Scope scope = Scope.of(queries, args, context);
        String sort = args.choice("sort");
        int limit = args.integer("limit");
        int offset = args.cursorOffset();
        List<RepoSummary> repos = new RepoFilter(scope, args)
                .apply(scope.repositories()).stream()
                .sorted(order(sort))
                .toList();
        ObjectNode result = scope.result();
        result.put("total", repos.size());
        ArrayNode items = result.putArray("repos");
        repos.stream().skip(offset).limit(limit).forEach(r -> Shapes.repo(items.addObject(), r));
        result.put("next_cursor", offset + limit < repos.size() ? ToolArguments.cursorFor(offset + limit) : null);
        return result;
    }

    /** The order of a {@code sort} value; ties by name, case-insensitive. */
    static Comparator<RepoSummary> order(String sort) {
        Comparator<RepoSummary> byName = Comparator.comparing(RepoSummary::name, String.CASE_INSENSITIVE_ORDER);
        return switch (sort) {
            case "stars" -> Comparator.comparingInt(RepoSummary::stars).reversed().thenComparing(byName);
            case "commits" -> Comparator.comparingLong(RepoSummary::ownCommits).reversed().thenComparing(byName);
            case "name" -> byName;
            case "created" -> Comparator.comparing(RepoSummary::createdAt).reversed().thenComparing(byName);
            case "oldest" -> Comparator.comparing(RepoSummary::createdAt).thenComparing(byName);
            case "forks" -> Comparator.comparingInt(RepoSummary::forks).reversed().thenComparing(byName);
            case "size" -> Comparator.comparingInt(RepoSummary::sizeKb).reversed().thenComparing(byName);
            case "last_commit" -> Comparator.comparing((RepoSummary r) -> r.lastCommitAt().orElse(Instant.EPOCH))
                    .reversed().thenComparing(byName);
            default -> Comparator.comparing((RepoSummary r) -> r.pushedAt().orElse(Instant.EPOCH)).reversed()
                    .thenComparing(byName);
        };
    }
}
