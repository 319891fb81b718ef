package dev.bitofgit.tools;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A tool call's arguments, checked against the tool's input schema with messages that say exactly what to fix:
 * unknown names, wrong types, values out of bounds, malformed dates and cursors. Defaults, bounds and allowed values
 * are read from the schema itself, so each is written once, where the caller (MCP client, LLM, REST) sees it.
 */
public final class ToolArguments {
    private final String tool;
    private final JsonNode values;
    private final ObjectNode schema;

    ToolArguments(String tool, JsonNode values, ObjectNode schema) {
        this.tool = tool;
        this.schema = schema;
        this.values = values == null || values.isNull() ? JsonSchemas.MAPPER.createObjectNode() : values;
        if (!this.values.isObject()) {
            throw new ToolException(tool + ": arguments must be a JSON object");
        }
        Set<String> known = new TreeSet<>();
        schema.path("properties").propertyNames().forEach(known::add);
        for (Iterator<Map.Entry<String, JsonNode>> it = this.values.properties().iterator(); it.hasNext(); ) {
            String name = it.next().getKey();
            if (!known.contains(name)) {
                throw new ToolException(tool + ": unknown argument '" + abbreviate(name) + "'; allowed: "
                        + String.join(", ", known));
            }
        }
        for (JsonNode name : schema.path("required")) {
            if (!this.values.hasNonNull(name.asString())) {
                throw new ToolException(tool + ": argument '" + name.asString() + "' is required");
            }
        }
    }

    public String string(String name) {
        return optionalString(name).orElseThrow(() -> new ToolException(tool + ": argument '" + name + "' is required"));
    }

    public Optional<String> optionalString(String name) {
        JsonNode value = values.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isString()) {
            throw new ToolException(tool + ": argument '" + name + "' must be a string");
        }
        String text = value.asString().trim();
        if (text.length() > 200) {
            throw new ToolException(tool + ": argument '" + name + "' is longer than 200 characters");
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** Whether the tool's input schema has this argument at all (shared pieces serve tools with and without it). */
    boolean declares(String name) {
        return schema.path("properties").has(name);
    }

    /** Whether the call gives this argument (not null). */
    public boolean has(String name) {
        JsonNode value = values.get(name);
        return value != null && !value.isNull();
    }

    /** An array of non-blank strings, at most the schema's {@code maxItems} of them (empty when absent). */
    public List<String> strings(String name) {
        int max = declared(name, "maxItems").asInt();
        JsonNode value = values.get(name);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new ToolException(tool + ": argument '" + name + "' must be an array of strings");
        }
        if (value.size() > max) {
            throw new ToolException(tool + ": argument '" + name + "' has " + value.size() + " items; at most " + max);
        }
        List<String> items = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isString() || item.asString().isBlank() || item.asString().length() > 200) {
                throw new ToolException(tool + ": argument '" + name + "' must hold names (non-empty strings of at "
                        + "most 200 characters)");
            }
            items.add(item.asString().trim());
        }
        return List.copyOf(items);
    }

    /** An integer within the schema's minimum and maximum; the schema's default when absent. */
    public int integer(String name) {
        return integer(name, declared(name, "default").asInt(), declared(name, "minimum").asInt(),
                declared(name, "maximum").asInt());
    }

    /** An integer within the schema's minimum and maximum, when given. */
    public OptionalInt optionalInteger(String name) {
        int min = declared(name, "minimum").asInt();
        return has(name) ? OptionalInt.of(integer(name, min, min, declared(name, "maximum").asInt()))
                : OptionalInt.empty();
    }

    private int integer(String name, int defaultValue, int min, int max) {
        JsonNode value = values.get(name);
        if (value == null || value.isNull()) {
            return defaultValue;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new ToolException(tool + ": argument '" + name + "' must be an integer between " + min + " and " + max);
        }
        int number = value.asInt();
        if (number < min || number > max) {
            throw new ToolException(tool + ": argument '" + name + "' must be between " + min + " and " + max
                    + ", got " + number);
        }
        return number;
    }

    /** A flag: the schema's default when absent, or false when the schema states none. */
    public boolean bool(String name) {
        return optionalBool(name).orElse(property(name).path("default").asBoolean(false));
    }

    public Optional<Boolean> optionalBool(String name) {
        JsonNode value = values.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            throw new ToolException(tool + ": argument '" + name + "' must be true or false");
        }
        return Optional.of(value.asBoolean());
    }

    /** One of the schema's enum values; the schema's default when absent. */
    public String choice(String name) {
        return choice(name, optionalString(name).orElseGet(() -> declared(name, "default").asString()));
    }

    /** One of the schema's enum values, when given. */
    public Optional<String> optionalChoice(String name) {
        return optionalString(name).map(value -> choice(name, value));
    }

    private String choice(String name, String value) {
        List<String> allowed = new ArrayList<>();
        declared(name, "enum").forEach(item -> allowed.add(item.asString()));
        if (!allowed.contains(value)) {
            throw new ToolException(tool + ": argument '" + name + "' must be one of " + String.join(", ", allowed)
                    + ", got '" + abbreviate(value) + "'");
        }
        return value;
    }

    /** A date or date-time bound as epoch seconds; a bare date means the start of that day (UTC). */
    public OptionalLong instant(String name) {
        Optional<String> text = optionalString(name);
        if (text.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            if (text.get().length() == 10) {
                return OptionalLong.of(LocalDate.parse(text.get()).atStartOfDay().toEpochSecond(ZoneOffset.UTC));
            }
            return OptionalLong.of(OffsetDateTime.parse(text.get()).toEpochSecond());
        } catch (DateTimeParseException e) {
            try {
                return OptionalLong.of(Instant.parse(text.get()).getEpochSecond());
            } catch (DateTimeParseException again) {
                throw new ToolException(tool + ": argument '" + name + "' must be a date like 2024-03-01 or a date-time "
                        + "like 2024-03-01T12:00:00Z, got '" + abbreviate(text.get()) + "'");
            }
        }
    }

    /** The offset a cursor from an earlier page encodes (0 without a cursor). */
    public int cursorOffset() {
        Optional<String> cursor = optionalString("cursor");
        if (cursor.isEmpty()) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor.get()), StandardCharsets.UTF_8);
            if (decoded.startsWith("o:")) {
                int offset = Integer.parseInt(decoded.substring(2));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // fall through to the error below
        }
        throw new ToolException(tool + ": cursor is not one this tool issued; omit it to start from the first page");
    }

    /** The schema of one argument; a tool asking for an argument its schema lacks is a bug in the tool. */
    private JsonNode property(String name) {
        JsonNode property = schema.path("properties").path(name);
        if (!property.isObject()) {
            throw new IllegalStateException(tool + " reads argument '" + name + "', which its input schema does not declare");
        }
        return property;
    }

    private JsonNode declared(String name, String keyword) {
        JsonNode value = property(name).get(keyword);
        if (value == null) {
            throw new IllegalStateException(tool + ": the input schema of '" + name + "' states no " + keyword);
        }
        return value;
    }

    /** The cursor of the page that starts at {@code offset} (the offline answerer reads the Nth commit with it). */
    public static String cursorFor(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("o:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static String abbreviate(String text) {
        String printable = text.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 60 ? printable.substring(0, 60) + "…" : printable;
    }
}
