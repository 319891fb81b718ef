package dev.bitofgit.tools;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A tool call's arguments, checked against the tool's input schema with messages that say exactly what to fix:
 * unknown names, wrong types, values out of bounds, malformed dates and cursors.
 */
public final class ToolArguments {
    private final String tool;
    private final JsonNode values;

    ToolArguments(String tool, JsonNode values, ObjectNode schema) {
        this.tool = tool;
        this.values = values == null || values.isNull() ? JsonSchemas.MAPPER.createObjectNode() : values;
        if (!this.values.isObject()) {
            throw new ToolException(tool + ": arguments must be a JSON object");
        }
        Set<String> known = new java.util.TreeSet<>();
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

    /** Whether the call gives this argument (not null). */
    public boolean has(String name) {
        JsonNode value = values.get(name);
        return value != null && !value.isNull();
    }

    /** An array of non-blank strings, at most {@code max} of them (empty when absent). */
    public List<String> strings(String name, int max) {
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
        java.util.List<String> items = new java.util.ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isString() || item.asString().isBlank() || item.asString().length() > 200) {
                throw new ToolException(tool + ": argument '" + name + "' must hold names (non-empty strings of at "
                        + "most 200 characters)");
            }
            items.add(item.asString().trim());
        }
        return List.copyOf(items);
    }

    public int integer(String name, int defaultValue, int min, int max) {
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

    public java.util.OptionalInt optionalInteger(String name, int min, int max) {
        return has(name) ? java.util.OptionalInt.of(integer(name, min, min, max)) : java.util.OptionalInt.empty();
    }

    public boolean bool(String name, boolean defaultValue) {
        return optionalBool(name).orElse(defaultValue);
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

    public String choice(String name, List<String> allowed, String defaultValue) {
        String value = optionalString(name).orElse(defaultValue);
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

    static String cursorFor(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("o:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static String abbreviate(String text) {
        String printable = text.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 60 ? printable.substring(0, 60) + "…" : printable;
    }
}
