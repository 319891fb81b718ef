package dev.bitofgit.answer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Signal words (CI, tests, Docker, licences …) and their polarity in a question: "with tests", "without
 * CI", "no Dockerfile but a README".
 */
final class SignalWords {
    private SignalWords() {
    }

    static final Map<String, Reading.Signal> SIGNAL_WORDS = signalWords();

    /**
     * Signals, visibility, forks and archived, each with its polarity: a negator ("no", "without", "don't have")
     * flips the words after it until a break ("but", "with") or a few words without one; "or"/"and"/"nor" keep it.
     */
    static void polarities(List<String> words, Set<Integer> consumed, Map<Reading.Signal, Boolean> signals,
                           Map<String, Boolean> flags) {
        boolean negated = false;
        int sinceNegator = 0;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (Lexicon.NEGATORS.contains(word) || word.endsWith("n't")) {
                negated = true;
                sinceNegator = 0;
                continue;
            }
            if (word.equals("but") || word.equals("yet") || word.equals("however") || word.equals("with")
                    || word.equals("although") || word.equals("whereas") || word.equals("while")) {
                negated = false;
                continue;
            }
            if (!Lexicon.COMMON.contains(word) && !Plain.WORDS.contains(word)) {
                sinceNegator++; // only content words move the negation's reach along
            }
            if (negated && sinceNegator > 4) {
                negated = false;
            }
            if (consumed.contains(i)) {
                continue;
            }
            Reading.Signal signal = SIGNAL_WORDS.get(word);
            if (signal == Reading.Signal.DOCKER && i + 1 < words.size() && SIGNAL_WORDS.get(words.get(i + 1)) == Reading.Signal.COMPOSE) {
                continue; // "Docker Compose" is the compose file, not any Docker
            }
            if (signal == Reading.Signal.COMPOSE && signals.containsKey(Reading.Signal.DOCKER)) {
                continue; // "a Dockerfile or a compose file": Docker, which counts both
            }
            if (signal != null && !(word.equals("actions") && (i == 0 || !words.get(i - 1).equals("github")))) {
                boolean inherentlyNegative = word.startsWith("un");
                // "a README absent", "tests are missing": the negation after the thing it denies
                boolean deniedAfter = !negated && deniedAfter(words, i);
                signals.putIfAbsent(signal, negated == inherentlyNegative && !deniedAfter);
                sinceNegator = 0;
                continue;
            }
            switch (word) {
                case "private", "closed-source" -> flags.putIfAbsent("private", !negated);
                case "public", "open-source" -> flags.putIfAbsent("private", negated);
                case "fork", "forks", "forked" -> flags.putIfAbsent("fork", !negated);
                case "original", "originals" -> flags.putIfAbsent("fork", false);
                case "archived", "archive", "archives" -> flags.putIfAbsent("archived", !negated);
                case "unarchived" -> flags.putIfAbsent("archived", false);
                default -> {
                    continue;
                }
            }
            sinceNegator = 0;
        }
    }

    /** "README absent", "tests (are) missing", "CI is lacking": a word of absence within three words after. */
    private static boolean deniedAfter(List<String> words, int at) {
        for (int j = at + 1; j < Math.min(words.size(), at + 4); j++) {
            String word = words.get(j);
            if (word.matches("absent|missing|lacking|nonexistent|gone")) {
                return true;
            }
            if (!word.matches("is|are|was|were|file|files|folder|dir|directory|set|up|still|completely|entirely|totally")) {
                return false;
            }
        }
        return false;
    }

    private static Map<String, Reading.Signal> signalWords() {
        Map<String, Reading.Signal> map = new HashMap<>();
        for (String word : List.of("ci", "ci/cd", "pipeline", "pipelines", "workflow", "workflows", "actions",
                "circleci", "travis", "jenkins", "cicd", "continuous")) {
            map.put(word, Reading.Signal.CI);
        }
        for (String word : List.of("test", "tests", "tested", "testing", "untested", "specs", "pytest", "jest",
                "junit", "vitest", "rspec")) {
            map.put(word, Reading.Signal.TESTS);
        }
        for (String word : List.of("docker", "dockerfile", "dockerfiles", "dockerized", "dockerised", "container",
                "containers", "containerized", "containerised")) {
            map.put(word, Reading.Signal.DOCKER);
        }
        for (String word : List.of("compose", "docker-compose", "docker-compose.yml", "compose.yaml", "compose.yml")) {
            map.put(word, Reading.Signal.COMPOSE);
        }
        for (String word : List.of("license", "licenses", "licensed", "licence", "licences", "licenced",
                "unlicensed", "unlicenced")) {
            map.put(word, Reading.Signal.LICENSE);
        }
        for (String word : List.of("makefile", "makefiles")) {
            map.put(word, Reading.Signal.MAKEFILE);
        }
        for (String word : List.of("changelog", "changelogs", "changelog.md", "changes.md", "history.md")) {
            map.put(word, Reading.Signal.CHANGELOG);
        }
        for (String word : List.of("contributing.md", "guidelines")) {
            map.put(word, Reading.Signal.CONTRIBUTING);
        }
        for (String word : List.of("security.md", "policy")) {
            map.put(word, Reading.Signal.SECURITY);
        }
        for (String word : List.of("conduct", "code_of_conduct.md", "coc")) {
            map.put(word, Reading.Signal.CODE_OF_CONDUCT);
        }
        for (String word : List.of("readme", "readmes", "read-me")) {
            map.put(word, Reading.Signal.README);
        }
        for (String word : List.of("lint", "linter", "linters", "linting", "eslint", "prettier", "formatter",
                "rubocop", "ruff", "flake8", "linted")) {
            map.put(word, Reading.Signal.LINT);
        }
        return Map.copyOf(map);
    }

    static boolean isSignalWord(String word) {
        return SIGNAL_WORDS.containsKey(word);
    }
}
