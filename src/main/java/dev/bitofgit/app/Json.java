package dev.bitofgit.app;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The process's JSON mappers, each built once by {@link Application} and passed by constructor: the wire mapper
 * (snake_case, records in and out, unknown fields tolerated) for REST bodies, and a plain one for MCP, whose protocol
 * records the SDK writes through it and whose field names must never be renamed.
 */
final class Json {
    private Json() {
    }

    static JsonMapper mapper() {
        return JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    static JsonMapper plain() {
        return JsonMapper.builder().build();
    }
}
