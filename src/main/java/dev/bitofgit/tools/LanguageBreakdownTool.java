package dev.bitofgit.tools;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.store.ProfileQueries;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** get_language_breakdown: languages by bytes of code and by the repositories whose primary language they are. */
final class LanguageBreakdownTool implements Tool {
    private final ProfileQueries queries;

    LanguageBreakdownTool(ProfileQueries queries) {
        this.queries = requireNonNull(queries, "queries == null");
    }

    @Override
    public ToolDefinition definition() {
        return new ToolDefinition("get_language_breakdown", "Language breakdown",
                "Languages across all repos: by bytes of code (GitHub's linguist counts) and by number of repos whose "
                        + "primary language it is. Use for 'which languages do I use most'.",
                JsonSchemas.object().username().build(),
                JsonSchemas.object().out("by_bytes", "array", "languages by bytes").out("by_repos", "array", "primary language counts")
                        .buildOutput(),
                this::call, JsonSchemas.demoExample());
    }

    private JsonNode call(ToolArguments args, ToolContext context) {
        Scope scope = Scope.of(queries, args, context);
        Map<String, Long> bytes = new LinkedHashMap<>();
        scope.languages().values()
                .forEach(map -> map.forEach((language, size) -> bytes.merge(language, size, Long::sum)));
        long total = bytes.values().stream().mapToLong(Long::longValue).sum();
        ObjectNode result = scope.result();
        ArrayNode byBytes = result.putArray("by_bytes");
        bytes.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(20)
                .forEach(e -> byBytes.addObject().put("language", e.getKey()).put("bytes", e.getValue())
                        .put("percent", Figures.percent(e.getValue(), total)));
        ArrayNode byRepos = result.putArray("by_repos");
        Figures.primaryLanguageCounts(scope.repositories())
                .forEach((language, count) -> byRepos.addObject().put("language", language).put("repos", count));
        return result;
    }
}
