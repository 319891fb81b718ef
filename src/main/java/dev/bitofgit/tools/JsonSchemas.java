package dev.bitofgit.tools;

import dev.bitofgit.store.CommitConditions;
import dev.bitofgit.store.CommitKinds;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Small builder for the JSON Schemas of tool inputs and outputs, so each tool's schema reads like a signature. */
final class JsonSchemas {
    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final ObjectNode schema = MAPPER.createObjectNode();
    private final ObjectNode properties = MAPPER.createObjectNode();
    private final ArrayNode required = MAPPER.createArrayNode();

    private JsonSchemas() {
        schema.put("type", "object");
        schema.set("properties", properties);
    }

    static JsonSchemas object() {
        return new JsonSchemas();
    }

    /** Example arguments naming the demo account, for a tool's {@link ToolDefinition#example()}; add to them with put. */
    static ObjectNode demoExample() {
        return MAPPER.createObjectNode().put("username", "octo-demo");
    }

    /** Example arguments of a tool that takes none. */
    static ObjectNode noArguments() {
        return MAPPER.createObjectNode();
    }

    JsonSchemas username() {
        return requiredString("username", "GitHub login of an ingested account (case-insensitive).");
    }

    JsonSchemas requiredString(String name, String description) {
        property(name, "string", description).put("minLength", 1).put("maxLength", 200);
        required.add(name);
        return this;
    }

    JsonSchemas string(String name, String description) {
        property(name, "string", description).put("maxLength", 200);
        return this;
    }

    JsonSchemas strings(String name, String description, int maxItems) {
        ObjectNode property = property(name, "array", description);
        property.putObject("items").put("type", "string").put("minLength", 1).put("maxLength", 200);
        property.put("minItems", 1).put("maxItems", maxItems);
        return this;
    }

    /** The repository arguments of a commit tool: one repository, or several. */
    JsonSchemas repoOrRepos() {
        return string("repo", "Only this repository.")
                .strings("repos", "Only these repositories (e.g. the ones list_repos returned for a language or "
                        + "a visibility); instead of repo.", 300);
    }

    JsonSchemas date(String name, String description) {
        property(name, "string", description + " ISO date (2024-03-01) or date-time (2024-03-01T12:00:00Z).")
                .put("maxLength", 40);
        return this;
    }

    JsonSchemas enumeration(String name, String description, List<String> values, String defaultValue) {
        ObjectNode property = property(name, "string", description);
        ArrayNode allowed = property.putArray("enum");
        values.forEach(allowed::add);
        property.put("default", defaultValue);
        return this;
    }

    JsonSchemas integer(String name, String description, int defaultValue, int min, int max) {
        property(name, "integer", description).put("default", defaultValue).put("minimum", min).put("maximum", max);
        return this;
    }

    JsonSchemas optionalInteger(String name, String description, int min, int max) {
        property(name, "integer", description).put("minimum", min).put("maximum", max);
        return this;
    }

    /** Conditions on single commits ({@link CommitConditions}); all optional, all combine. */
    JsonSchemas commitConditions() {
        ObjectNode kind = property("kind", "string", "Only commits of this kind of change, read from how the message "
                + "starts (Conventional Commits type, else its first verb).");
        CommitKinds.names().forEach(kind.putArray("enum")::add);
        return optionalInteger("from_hour", "Only commits made at or after this hour of the day (0-23; with to_hour; "
                        + "a range may wrap midnight, 22 to 6), in each commit's own time zone unless time_zone is UTC or "
                        + "an offset.", 0, 23)
                .optionalInteger("to_hour", "Only commits made before this hour of the day (1-24; with from_hour).", 0, 24)
                .strings("weekdays", "Only commits made on these weekdays (monday … sunday), same time zone as the hours.", 7)
                .optionalInteger("min_files", "Only commits that changed at least this many files.", 0, 1_000_000)
                .optionalInteger("max_files", "Only commits that changed at most this many files.", 0, 1_000_000)
                .optionalInteger("min_lines", "Only commits that changed at least this many lines (added + deleted).",
                        0, 100_000_000)
                .optionalInteger("max_lines", "Only commits that changed at most this many lines.", 0, 100_000_000)
                .bool("more_deleted_than_added", "Only commits that deleted more lines than they added.", null)
                .bool("exclude_merges", "Leave merge commits (two or more parents) out.", null)
                .string("time_zone", "The zone of from_hour, to_hour and weekdays: author (each commit's own, the "
                        + "default), UTC, or a fixed offset such as +05:30.");
    }

    JsonSchemas bool(String name, String description, Boolean defaultValue) {
        ObjectNode property = property(name, "boolean", description);
        if (defaultValue != null) {
            property.put("default", defaultValue);
        }
        return this;
    }

    JsonSchemas cursor() {
        return string("cursor", "Opaque cursor from a previous call's next_cursor, to get the next page.");
    }

    /** An output property of any JSON type, described for the reader. */
    JsonSchemas out(String name, String type, String description) {
        property(name, type, description);
        return this;
    }

    JsonSchemas nullable(String name, String type, String description) {
        ObjectNode property = MAPPER.createObjectNode();
        ArrayNode types = property.putArray("type");
        types.add(type);
        types.add("null");
        property.put("description", description);
        properties.set(name, property);
        return this;
    }

    private ObjectNode property(String name, String type, String description) {
        ObjectNode property = MAPPER.createObjectNode();
        property.put("type", type);
        property.put("description", description);
        properties.set(name, property);
        return property;
    }

    ObjectNode build() {
        ObjectNode copy = schema.deepCopy();
        if (!required.isEmpty()) {
            copy.set("required", required.deepCopy());
        }
        copy.put("additionalProperties", false);
        return copy;
    }

    /** An output schema (extra properties tolerated, so results may grow without breaking clients). */
    ObjectNode buildOutput() {
        ObjectNode copy = schema.deepCopy();
        if (!required.isEmpty()) {
            copy.set("required", required.deepCopy());
        }
        return copy;
    }
}
