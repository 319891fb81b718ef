package dev.bitofgit.store;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What kind of change a commit is, read from how its message starts: the Conventional Commits type when it has one
 * ("fix(api): …", "feat!: …", "chore(deps): …"), else the leading verb ("Fix …", "Add …", "Refactor …", "Bump …").
 * Merge commits (two or more parents) are merges whatever they say. The first kind whose prefixes match wins; a
 * message that matches none is "other". Evaluated in SQL, so counting a whole history reads no message into the JVM.
 */
public final class CommitKinds {
    /** One kind and the lower-case message starts that make it. */
    public record Kind(String name, String description, List<String> prefixes) {
    }

    public static final List<Kind> ALL = List.of(
            new Kind("revert", "reverts", List.of("revert")),
            new Kind("fix", "bug fixes", List.of("fix", "bugfix", "hotfix", "bug", "patch", "resolve", "correct",
                    "typo", "repair")),
            new Kind("feature", "new features", List.of("feat", "add", "implement", "introduce", "support", "new ",
                    "create", "enable", "allow")),
            new Kind("docs", "documentation", List.of("docs", "doc:", "doc(", "document", "readme", "update readme", "changelog", "comment")),
            new Kind("test", "tests", List.of("test", "spec")),
            new Kind("refactor", "refactoring", List.of("refactor", "clean", "rename", "move", "simplify",
                    "restructure", "tidy", "extract", "reorgani", "split")),
            new Kind("perf", "performance", List.of("perf", "optimi", "speed up", "faster", "improve perf")),
            new Kind("style", "style and formatting", List.of("style", "format", "lint", "prettier")),
            new Kind("ci", "CI and build", List.of("ci:", "ci(", "ci ", "build", "workflow", "github action")),
            new Kind("chore", "chores and dependencies", List.of("chore", "bump", "upgrade", "deps", "dependabot",
                    "update dep")),
            new Kind("release", "releases", List.of("release", "version", "prepare release")),
            new Kind("wip", "work in progress", List.of("wip")));

    /** Every kind's name, "merge" and "other" included, in the order answers list them. */
    public static List<String> names() {
        return Stream.concat(Stream.of("merge"),
                Stream.concat(ALL.stream().map(Kind::name), Stream.of("other")))
                .toList();
    }

    private CommitKinds() {
    }

    /** How an answer names a kind: "bug fixes", "merges", "other changes". */
    public static String description(String name) {
        return switch (name) {
            case "merge" -> "merges";
            case "other" -> "other changes";
            default -> ALL.stream().filter(kind -> kind.name().equals(name)).map(Kind::description).findFirst()
                    .orElse(name);
        };
    }

    /** The SQL expression naming a commit's kind ({@code c} is the commits table). */
    static String sql() {
        String message = "LOWER(LTRIM(c.message))";
        return "CASE WHEN c.parent_count > 1 THEN 'merge'" + ALL.stream()
                .map(kind -> " WHEN " + kind.prefixes().stream()
                        .map(prefix -> message + " LIKE '" + prefix.replace("'", "''") + "%'")
                        .collect(Collectors.joining(" OR ")) + " THEN '" + kind.name() + "'")
                .collect(Collectors.joining()) + " ELSE 'other' END";
    }
}
