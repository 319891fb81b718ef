package dev.bitofgit.ingest;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what signals need from a package.json: dependency names (all four sections), top-level keys, and whether
 * the npm {@code test} script runs tests. A broken file names nothing and runs nothing.
 */
final class PackageJson {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final String[] SECTIONS = {
        "dependencies", "devDependencies", "peerDependencies", "optionalDependencies"
    };
    /** Tools that only lint, format, type-check, build or clean: a test script made of these alone runs no tests. */
    private static final Set<String> NOT_TEST_TOOLS = Set.of("xo", "eslint", "prettier", "standard", "semistandard",
            "ts-standard", "biome", "oxlint", "stylelint", "tslint", "jshint", "tsc", "vue-tsc", "rimraf", "del-cli",
            "del", "echo", "exit", "true", "false", "tsup", "tsdown", "webpack", "rollup", "vite", "babel", "attw",
            "publint", "lint-staged", "husky", "cd", "cp", "mkdir", "rm");
    /**
     * Runners that find tests by naming convention when given no target: without a target they add no evidence of
     * their own, because the files they would run are exactly what the path rules look for (an untouched
     * create-react-app keeps "react-scripts test" after every test file is gone).
     */
    private static final Set<String> CONVENTION_RUNNERS = Set.of("jest", "vitest", "mocha", "ava", "tap", "tape",
            "jasmine", "karma", "tsd", "react-scripts", "vue-cli-service", "ng", "nx", "playwright", "cypress",
            "node", "bun", "deno", "uvu", "lab", "qunit");
    /** Prefixes that wrap the real command: env assignments, coverage tools, npx and friends. */
    private static final Set<String> WRAPPERS = Set.of("cross-env", "npx", "pnpx", "c8", "nyc", "env", "dotenv",
            "istanbul", "cover", "time", "xvfb-run", "tsx", "ts-node", "node-dev");
    private static final Pattern COMMAND_SEPARATOR = Pattern.compile("&&|\\|\\||;|\\|");
    private static final Pattern ENV_ASSIGNMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=\\S*");
    private static final int MAX_SCRIPT_DEPTH = 5;

    private PackageJson() {
    }

    static Set<String> dependencyNames(String json) {
        Set<String> names = new LinkedHashSet<>();
        JsonNode root = parse(json);
        for (String section : SECTIONS) {
            JsonNode dependencies = root.path(section);
            if (dependencies.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = dependencies.properties().iterator(); it.hasNext(); ) {
                    names.add(it.next().getKey());
                }
            }
        }
        return names;
    }

    /** Top-level keys, e.g. "eslintConfig" or "xo", which configure a tool without a file of its own. */
    static Set<String> topLevelKeys(String json) {
        Set<String> keys = new LinkedHashSet<>();
        JsonNode root = parse(json);
        if (root.isObject()) {
            root.propertyNames().forEach(keys::add);
        }
        return keys;
    }

    /**
     * Whether {@code npm test} runs tests that the file paths might not show: not npm's default
     * {@code echo "Error: no test specified" && exit 1}, not only linters or the type checker, and not only a
     * convention runner with no target. Scripts run through {@code npm run}, {@code yarn}, {@code pnpm} or
     * {@code run-s}/{@code run-p} are followed.
     */
    static boolean testScriptRunsTests(String json) {
        JsonNode scripts = parse(json).path("scripts");
        if (!scripts.isObject()) {
            return false;
        }
        Map<String, String> byName = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = scripts.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getValue().isString()) {
                byName.put(entry.getKey(), entry.getValue().asString());
            }
        }
        return runsTests(byName.getOrDefault("test", ""), byName, 0);
    }

    private static boolean runsTests(String script, Map<String, String> scripts, int depth) {
        if (depth > MAX_SCRIPT_DEPTH || script.isBlank() || script.contains("no test specified")) {
            return false;
        }
        for (String command : COMMAND_SEPARATOR.split(script)) {
            List<String> words = words(command);
            if (words.isEmpty()) {
                continue;
            }
            List<String> referenced = referencedScripts(words, scripts);
            if (referenced != null) {
                for (String name : referenced) {
                    if (runsTests(scripts.getOrDefault(name, ""), scripts, depth + 1)) {
                        return true;
                    }
                }
                continue;
            }
            String program = programName(words.get(0));
            if (NOT_TEST_TOOLS.contains(program)) {
                continue;
            }
            if (!CONVENTION_RUNNERS.contains(program) || hasTarget(words.subList(1, words.size()))) {
                return true;
            }
        }
        return false;
    }

    /** The command's words without env assignments and wrappers such as cross-env or c8. */
    private static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        for (String word : command.trim().split("\\s+")) {
            if (!word.isEmpty()) {
                words.add(word.replace("\"", "").replace("'", ""));
            }
        }
        while (!words.isEmpty() && (ENV_ASSIGNMENT.matcher(words.get(0)).matches()
                || WRAPPERS.contains(programName(words.get(0))) || words.get(0).startsWith("-"))) {
            words.remove(0);
        }
        return words;
    }

    /** Names of the scripts a command runs ("npm run lint", "yarn unit", "run-p test:*"), or null if none. */
    private static List<String> referencedScripts(List<String> words, Map<String, String> scripts) {
        String program = programName(words.get(0));
        List<String> arguments = words.subList(1, words.size()).stream().filter(word -> !word.startsWith("-")).toList();
        if (program.equals("run-s") || program.equals("run-p") || program.equals("npm-run-all")) {
            List<String> names = new ArrayList<>();
            for (String argument : arguments) {
                Pattern glob = Pattern.compile(Pattern.quote(argument).replace("*", "\\E.*\\Q"));
                scripts.keySet().stream().filter(name -> glob.matcher(name).matches()).forEach(names::add);
            }
            return names;
        }
        if (program.equals("npm") || program.equals("yarn") || program.equals("pnpm") || program.equals("bun")) {
            if (arguments.isEmpty()) {
                return List.of();
            }
            String first = arguments.get(0);
            if ((first.equals("run") || first.equals("run-script")) && arguments.size() > 1) {
                return List.of(arguments.get(1));
            }
            if (!program.equals("npm") && scripts.containsKey(first)) {
                return List.of(first);
            }
            if (first.equals("test") || first.equals("t")) {
                return List.of();
            }
        }
        return null;
    }

    /** A file, folder or glob argument: the runner was pointed at tests rather than left to its conventions. */
    private static boolean hasTarget(List<String> arguments) {
        for (String argument : arguments) {
            if (argument.startsWith("-") || argument.equals("test") || argument.equals("run")
                    || argument.startsWith("test:")) {
                continue;
            }
            if (argument.contains("/") || argument.contains("*") || argument.contains(".")) {
                return true;
            }
        }
        return false;
    }

    private static String programName(String word) {
        String name = word.substring(word.lastIndexOf('/') + 1);
        return name.toLowerCase(Locale.ROOT);
    }

    private static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            return MAPPER.missingNode();
        }
        try {
            return MAPPER.readTree(json);
        } catch (JacksonException e) {
            return MAPPER.missingNode();
        }
    }
}
