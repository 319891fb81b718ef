package dev.bitofgit.ingest;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads dependency names from a package.json (all four dependency sections); a broken file names none. */
final class PackageJson {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final String[] SECTIONS = {
        "dependencies", "devDependencies", "peerDependencies", "optionalDependencies"
    };

    private PackageJson() {
    }

    static Set<String> dependencyNames(String json) {
        Set<String> names = new LinkedHashSet<>();
        if (json == null || json.isBlank()) {
            return names;
        }
        try {
            JsonNode root = MAPPER.readTree(json);
            for (String section : SECTIONS) {
                JsonNode dependencies = root.path(section);
                if (dependencies.isObject()) {
                    for (Iterator<Map.Entry<String, JsonNode>> it = dependencies.properties().iterator(); it.hasNext(); ) {
                        names.add(it.next().getKey());
                    }
                }
            }
        } catch (JacksonException e) {
            return names;
        }
        return names;
    }
}
