package dev.bitofgit.tools;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.meaning.MeaningSearch;
import dev.bitofgit.meaning.MeaningSearch.CommitMatch;
import dev.bitofgit.store.ProfileQueries;
import dev.bitofgit.store.ProfileQueries.CommitFilter;
import dev.bitofgit.store.ProfileQueries.CommitRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * search_commits: commit messages matching a query by words (full-text), by meaning (embeddings) or both, ranked
 * together by {@link RankFusion}.
 */
final class SearchCommitsTool implements Tool {
    private final ProfileQueries queries;
    private final MeaningSearch meaning;

    SearchCommitsTool(ProfileQueries queries, MeaningSearch meaning) {
        this.queries = requireNonNull(queries, "queries == null");
        this.meaning = requireNonNull(meaning, "meaning == null");
    }

    @Override
    public ToolDefinition definition() {
        return new ToolDefinition("search_commits", "Search commit messages",
                "Search over commit messages, best matches first; optional repo and date range. mode 'words' finds "
                        + "messages containing all the query's words (stemmed), 'meaning' finds messages that say the "
                        + "same in other words (a sentence-embedding model: 'authentication' finds 'login', 'OAuth', "
                        + "'JWT'), 'both' (default) ranks the two together. Use for 'which commits mention X' and "
                        + "'when did I work on X'.",
                JsonSchemas.object().username().requiredString("query", "What to find, e.g. fix login, or authentication.")
                        .repoOrRepos().date("since", "From this instant.").date("until", "Before this instant.")
                        .enumeration("mode", "words, meaning, or both (default).", SearchMode.ids(), SearchMode.DEFAULT.id())
                        .bool("own_only", "Only the user's own commits.", false)
                        .integer("limit", "Maximum matches.", 20, 1, 50).build(),
                JsonSchemas.object().out("query", "string", "the query searched")
                        .out("mode", "string", "the mode used: words, meaning or both (words when meaning is unavailable)")
                        .nullable("note", "string", "why the mode used differs from the one asked, or that meaning covers part of the commits so far")
                        .out("count", "integer", "matches returned")
                        .nullable("total_matches", "integer", "all commits whose message contains the words (not only "
                                + "those returned); null when the words were not searched")
                        .out("commits", "array", "matching commits, best first; matched_by says which mode found each").buildOutput(),
                this::call, JsonSchemas.demoExample().put("query", "fix"));
    }

    private JsonNode call(ToolArguments args, ToolContext context) {
        Scope scope = Scope.of(queries, args, context);
        String query = args.string("query");
        boolean own = args.bool("own_only");
        CommitFilter filter = CommitFilters.of(scope, args, own);
        int limit = args.integer("limit");
        SearchPlan search = SearchPlan.of(args, scope, meaning);
        List<CommitRow> byWords = search.mode().usesWords()
                ? queries.searchCommits(scope.accountId(), scope.privateVisible(), query, filter, limit) : List.of();
        Optional<Long> totalByWords = search.mode().usesWords() ? Optional.of(byWords.size() < limit
                ? byWords.size() : queries.countCommitMatches(scope.accountId(), scope.privateVisible(), query,
                filter)) : Optional.empty();
        List<String> byMeaning = List.of();
        Map<String, CommitRow> rows = new LinkedHashMap<>();
        byWords.forEach(row -> rows.put(row.repo() + "/" + row.sha(), row));
        if (search.mode().usesMeaning()) {
            Map<Long, String> visible = queries.visibleRepoNames(scope.accountId(), scope.privateVisible());
            Set<Long> repos = filter.someRepos() ? Set.copyOf(filter.repoIds()) : visible.keySet();
            List<CommitMatch> matches = meaning.commits(scope.accountId(), repos,
                    filter.since(), filter.until(), query, limit);
            Map<Long, List<String>> keys = new LinkedHashMap<>();
            matches.forEach(m -> keys.computeIfAbsent(m.repoId(), id -> new ArrayList<>()).add(m.sha()));
            Map<String, CommitRow> found = new LinkedHashMap<>();
            queries.commitsByKey(scope.accountId(), scope.privateVisible(), keys)
                    .forEach(row -> found.put(row.repo() + "/" + row.sha(), row));
            byMeaning = matches.stream().map(m -> visible.get(m.repoId()) + "/" + m.sha())
                    .filter(found::containsKey).filter(key -> !own || found.get(key).own()).toList();
            found.forEach(rows::putIfAbsent);
        }
        List<String> wordKeys = byWords.stream().map(row -> row.repo() + "/" + row.sha()).toList();
        List<String> ranked = RankFusion.fuse(wordKeys, byMeaning);
        ObjectNode result = search.result(query);
        ArrayNode commits = result.putArray("commits");
        for (String key : ranked.subList(0, Math.min(limit, ranked.size()))) {
            ObjectNode item = commits.addObject();
            Shapes.commit(item, rows.get(key));
            Shapes.matchedBy(item, wordKeys.contains(key), byMeaning.contains(key));
        }
        result.put("count", commits.size());
        result.put("total_matches", totalByWords.orElse(null));
        return result;
    }
}
