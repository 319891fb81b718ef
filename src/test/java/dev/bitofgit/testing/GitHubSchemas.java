package dev.bitofgit.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GitHub's own API descriptions, from the npm packages @octokit/graphql-schema and @octokit/openapi (installed into
 * tools/npm by the build). The stand-in validates every request against them, so a query or path that passes
 * here also exists on github.com.
 */
public final class GitHubSchemas {
    private static final Path NPM = locate();
    private static volatile List<Pattern> restPaths;

    private GitHubSchemas() {
    }

    private static Path locate() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("tools/npm/node_modules/@octokit");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("GitHub's API descriptions are missing: run `npm ci` in tools/npm "
                + "(./mvnw verify does it in generate-test-resources)");
    }

    public static String graphqlSchema() {
        try {
            return Files.readString(NPM.resolve("graphql-schema/schema.graphql"));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read GitHub's GraphQL schema", e);
        }
    }

    /** True when GitHub's REST description has a GET/POST operation for this concrete path. */
    public static boolean restPathExists(String path) {
        for (Pattern pattern : restPatterns()) {
            if (pattern.matcher(path).matches()) {
                return true;
            }
        }
        return false;
    }

    private static List<Pattern> restPatterns() {
        if (restPaths == null) {
            synchronized (GitHubSchemas.class) {
                if (restPaths == null) {
                    try {
                        JsonNode spec = JsonMapper.builder().build().readTree(
                                NPM.resolve("openapi/generated/api.github.com.json").toFile());
                        List<Pattern> patterns = new ArrayList<>();
                        for (Iterator<Map.Entry<String, JsonNode>> it = spec.path("paths").properties().iterator(); it.hasNext(); ) {
                            String template = it.next().getKey();
                            String regex = Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
                            patterns.add(Pattern.compile(regex));
                        }
                        restPaths = patterns;
                    } catch (RuntimeException e) {
                        throw new IllegalStateException("cannot read GitHub's REST description", e);
                    }
                }
            }
        }
        return restPaths;
    }
}
