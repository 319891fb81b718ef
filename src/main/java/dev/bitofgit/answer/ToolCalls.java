package dev.bitofgit.answer;

import dev.bitofgit.tools.ToolCatalog;
import dev.bitofgit.tools.ToolContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The catalog as the offline answerer uses it: every call runs with the caller's view and is recorded, because the
 * response lists each tool call its facts come from.
 */
final class ToolCalls {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ToolCatalog catalog;
    private final ToolContext context;
    private final String username;
    private final List<ToolCall> calls = new ArrayList<>();
    /**
     * Results already fetched for this question, by tool and arguments: reading the question and answering it ask
     * for the same listings (all repositories by name, the language breakdown), and the store does not change in
     * between for the purpose of one answer.
     */
    private final Map<String, JsonNode> fetched = new HashMap<>();
    /** "Which of those": the repositories of the previous answer, which every repository result is narrowed to. */
    private Optional<Set<String>> narrowed = Optional.empty();

    private final LocalDate today;

    ToolCalls(ToolCatalog catalog, ToolContext context, String username, LocalDate today) {
        this.catalog = catalog;
        this.context = context.forOneQuestion();
        this.username = username;
        this.today = today;
    }

    /** The answerer's today (UTC), for questions about "now". */
    LocalDate today() {
        return today;
    }

    /** Arguments for a call: a new object holding the username. */
    ObjectNode args() {
        return JSON.createObjectNode().put("username", username);
    }

    JsonNode call(String tool, ObjectNode arguments) {
        arguments.put("username", username);
        narrowed.ifPresent(names -> narrowArguments(tool, arguments, names));
        JsonNode result = fetch(tool, arguments);
        if (narrowed.isPresent()) {
            result = narrowResult(tool, result, narrowed.get());
        }
        calls.add(new ToolCall(tool, arguments, result));
        return result;
    }

    /** From now on, repository lists and rankings hold only these repositories (a follow-up's "of those"). */
    void narrowTo(Collection<String> names) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(names);
        narrowed = Optional.of(set);
    }

    /** Tools that take repositories are asked for exactly those; tools that list or rank all get room for them. */
    private static void narrowArguments(String tool, ObjectNode arguments, Set<String> names) {
        if (tool.equals("rank_repos") && !arguments.has("repo") && !arguments.has("repos")) {
            names.forEach(arguments.withArray("repos")::add);
        }
        if ((tool.equals("list_repos") || tool.equals("rank_repos_by_activity")) && arguments.has("limit")) {
            arguments.put("limit", 100);
        }
    }

    /** A listing or ranking over all repositories, cut down to the narrowed ones (its total recounted). */
    private static JsonNode narrowResult(String tool, JsonNode result, Set<String> names) {
        String array = tool.equals("list_repos") ? "repos" : tool.equals("rank_repos_by_activity") ? "ranking" : "";
        String key = tool.equals("list_repos") ? "name" : "repo";
        if (array.isEmpty() || !result.has(array)) {
            return result;
        }
        ObjectNode copy = (ObjectNode) result.deepCopy();
        tools.jackson.databind.node.ArrayNode kept = copy.putArray(array);
        result.get(array).forEach(item -> {
            if (item.has(key) && names.contains(item.get(key).asString())) {
                kept.add(item);
            }
        });
        if (copy.has("total") && tool.equals("list_repos")) {
            copy.put("total", kept.size());
        }
        return copy;
    }

    /** A lookup that only resolves names; not a fact source, so not listed. */
    JsonNode lookup(String tool, ObjectNode arguments) {
        arguments.put("username", username);
        return fetch(tool, arguments);
    }

    /** The catalog's result, fetched once per question for the same tool and arguments (results are not changed). */
    private JsonNode fetch(String tool, ObjectNode arguments) {
        String key = tool + ' ' + arguments;
        JsonNode known = fetched.get(key);
        if (known == null) {
            known = catalog.call(tool, arguments, context);
            fetched.put(key, known);
        }
        return known;
    }

    /**
     * Every repository list_repos returns for these arguments (the username and the filters), following its cursor
     * 100 at a time in this order, each page a recorded call.
     */
    List<JsonNode> allRepos(ObjectNode filters, String sort) {
        return allRepos(filters, sort, true);
    }

    /** The same, looked up unrecorded: for reading the question, not for answering it. */
    List<JsonNode> lookUpAllRepos(ObjectNode filters, String sort) {
        return allRepos(filters, sort, false);
    }

    private List<JsonNode> allRepos(ObjectNode filters, String sort, boolean recorded) {
        List<JsonNode> repos = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            ObjectNode arguments = filters.deepCopy().put("limit", 100).put("sort", sort);
            cursor.ifPresent(value -> arguments.put("cursor", value));
            JsonNode page = recorded ? call("list_repos", arguments) : lookup("list_repos", arguments);
            page.get("repos").forEach(repos::add);
            cursor = page.path("next_cursor").isString() ? Optional.of(page.get("next_cursor").asString())
                    : Optional.empty();
        } while (cursor.isPresent());
        return repos;
    }

    String username() {
        return username;
    }

    List<ToolCall> recorded() {
        return List.copyOf(calls);
    }
}
