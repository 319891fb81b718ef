package dev.bitofgit.answer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What kind of work the commits are: "what share of my commits are bug fixes", "features vs fixes", "how many
 * refactoring commits in 2025", "what kind of commits do I make most". Kinds are read from how each message starts
 * (the Conventional Commits type, else the leading verb), and the answer says so.
 */
final class CommitKindFamily implements Family {
    /** The words that name each kind in a question, in the tool's kind names. */
    private static final Map<String, Pattern> KINDS = kinds();
    private static final Pattern BREAKDOWN = Pattern.compile("\\b(by|per) (type|kind|category|categories)\\b|\\b(types?|"
            + "kinds?|sorts?|categories|category|mix) of (commits?|changes|work)\\b|\\bcommit (types?|kinds?|categories)\\b|"
            + "\\bwhat (kind|type|sort)s? of (commits?|changes|work) do i\\b|\\bconventional commits?\\b");
    private static final Pattern NOT_KIND = Pattern.compile("\\b(mention|mentions|mentioned|mentioning|contain|contains|"
            + "containing|say|says|saying|grep|search|word|called|named|titled|literally)\\b");

    private static Map<String, Pattern> kinds() {
        Map<String, Pattern> kinds = new LinkedHashMap<>();
        kinds.put("fix", Pattern.compile("\\b(bug ?fix(es)?|bug-fix(es)?|fix(es)?|hotfix(es)?|fixing|fix commits?|bugs?)\\b"));
        kinds.put("feature", Pattern.compile("\\b(features?|feat|new functionality)\\b"));
        kinds.put("docs", Pattern.compile("\\b(docs|documentation|doc (commits?|changes))\\b"));
        kinds.put("test", Pattern.compile("\\b(test|tests|testing) (commits?|changes)\\b|\\bcommits? (that are |which are )?(adding |about )?tests\\b"));
        kinds.put("refactor", Pattern.compile("\\b(refactor|refactors|refactoring|refactorings|clean ?ups?)\\b"));
        kinds.put("perf", Pattern.compile("\\b(performance|perf|optimi[sz]ations?)\\b"));
        kinds.put("style", Pattern.compile("\\b(style|formatting) (commits?|changes)\\b"));
        kinds.put("ci", Pattern.compile("\\b(ci|build) (commits?|changes)\\b"));
        kinds.put("chore", Pattern.compile("\\b(chores?|dependency (bumps?|updates?|upgrades?)|bumps|version bumps?)\\b"));
        kinds.put("release", Pattern.compile("\\brelease (commits?|changes)\\b|\\breleases\\b"));
        kinds.put("revert", Pattern.compile("\\b(reverts?|reverted commits?)\\b"));
        kinds.put("wip", Pattern.compile("\\b(wip|work in progress)\\b"));
        return kinds;
    }

    /** "'feat:' commits": the words are quoted, so the messages that carry them are counted, not a kind. */
    static boolean quoted(Reading r) {
        return r.term().map(term -> Stream.of("'", "\"", "`", "\u2018", "\u201c").anyMatch(q ->
                r.text().contains(q + term))).orElse(false);
    }

    /** "What did I fix in chat-server last month": the commits of that kind, listed. */
    static final Pattern WHAT_DID_I = Pattern.compile("^what (?:did|have) i (fix|add|build|ship|implement|refactor|clean "
            + "up|document|test|revert|release)(?:ed|t)?\\b");

    /** Kind nouns that stand for commits on their own: "how many bug fixes did I make". */
    private static final Pattern KIND_NOUNS = Pattern.compile("\\b(bug ?fix(es)?|bug-fix(es)?|fixes|hotfix(es)?|"
            + "refactors|refactorings|features|feature commits|doc commits|docs commits)\\b|\\bbugs? (did|have) i (fix|fixed|squash|"
            + "squashed|close|closed)\\b");

    /** "commits that fix typos", "did I fix the login": a search of the messages for what was fixed, not a kind. */
    private static final Pattern FIXES_SOMETHING = Pattern.compile("\\b(commits?|that|which|i|did i|have i) (fix|fixes|"
            + "fixed|fixing) (the |a |an |my |our )?(?!(commits?|bugs?|issues?|things|stuff|anything|something|much|more|"
            + "most|less|often|than|in|on|at|this|last|during|since|over)\\b)[a-z]{3,}");

    @Override
    public boolean countsCommits(Reading r) {
        // "test commits", "CI commits": the words name a kind of commit here, not repositories that have tests or CI.
        List<String> named = named(r);
        return !named.contains("test") && !named.contains("ci") && !named.contains("docs");
    }

    @Override
    public boolean followsPeople() {
        return true;
    }

    @Override
    public boolean consumes(String word) {
        return kindWord(word);
    }

    /** Whether a word names a kind of change or asks about kinds ("fixes", "refactoring", "share"). */
    static boolean kindWord(String word) {
        return KINDS.values().stream().anyMatch(p -> p.matcher(word).find()) || word.matches("kinds?|types?|sorts?|"
                + "categories|category|mix|share|percent|percentage|proportion|fraction|ratio|conventional|compare|"
                + "compared|mostly|bug|bugs|fixes|features|refactoring|refactors|release|releases|revert|reverts|wip|chore|"
                + "chores|perf|docs|test|tests|style|ci|build|hotfix|hotfixes|performance|documentation|feature|fix");
    }

    @Override
    public boolean honours(Conditions.Type type) {
        return true; // the kind is what it breaks down by; every other condition goes to get_commit_stats
    }

    @Override
    public int fit(Reading r) {
        if (NOT_KIND.matcher(r.text()).find() || FIXES_SOMETHING.matcher(r.text()).find() || quoted(r)) {
            return 0;
        }
        if (!r.mentionsCommits()) {
            // "how do my features compare to my fixes": two kinds set against each other are about commits; so is
            // "how many bug fixes did I make" — but not bugs or issues that are open.
            boolean mine = r.matches("\\b(did|have|do) i\\b|\\bi (made|make|did|do|pushed|wrote|shipped|committed)\\b|\\bmy\\b");
            if (r.matches("\\b(issues?|prs?|pull requests?|open|opened|closed|reported|tickets?)\\b")) {
                return 0;
            }
            return named(r).size() >= 2 && r.matches("\\b(compare[sd]?|vs\\.?|versus|or|more|than|ratio)\\b")
                    || KIND_NOUNS.matcher(r.text()).find() && mine && (r.measure() == Reading.Measure.COUNT
                    || r.matches("\\b(share|percent(age)?|proportion|fraction|how much)\\b")) ? 84 : 0;
        }
        if (BREAKDOWN.matcher(r.text()).find()) {
            return 86;
        }
        List<String> named = named(r);
        boolean asked = r.measure() == Reading.Measure.COUNT || r.matches("\\b(share|percent(age)?|proportion|fraction|"
                + "ratio|how much|how many|vs\\.?|versus|or|more|than|mostly)\\b");
        return !named.isEmpty() && asked && !r.matches("\\b(repos?|repositories|projects?) (with|that have|having)\\b")
                ? 86 : 0;
    }

    private static final Pattern KIND_COMMITS = Pattern.compile("\\b(fix|bug ?fix|bug-fix|hotfix|feature|feat|docs?|"
            + "documentation|test|refactor|refactoring|perf|performance|style|ci|build|chore|release|revert|wip) "
            + "(commits?|changes)\\b");

    /**
     * The one kind of change a question puts on its commits as a condition ("where do I make the most bug fixes",
     * "fix commits at night"), if it names exactly one and means the kind, not a word to search.
     */
    static Optional<String> kindCondition(Reading r) {
        if (NOT_KIND.matcher(r.text()).find() || FIXES_SOMETHING.matcher(r.text()).find()) {
            return Optional.empty();
        }
        Matcher what = WHAT_DID_I.matcher(r.text());
        if (what.find()) {
            return Optional.of(switch (what.group(1)) {
                case "fix" -> "fix";
                case "add", "build", "ship", "implement" -> "feature";
                case "refactor", "clean up" -> "refactor";
                case "document" -> "docs";
                case "test" -> "test";
                case "revert" -> "revert";
                default -> "release";
            });
        }
        List<String> named = named(r);
        boolean meant = KIND_NOUNS.matcher(r.text()).find() || KIND_COMMITS.matcher(r.text()).find();
        return named.size() == 1 && meant ? Optional.of(named.get(0)) : Optional.empty();
    }

    private static List<String> named(Reading r) {
        List<String> named = new ArrayList<>();
        KINDS.forEach((kind, words) -> {
            if (words.matcher(r.text()).find()) {
                named.add(kind);
            }
        });
        return named;
    }

    @Override
    public Reply answer(Reading r, ToolCalls tools) {
        CommitScope scope = CommitScope.of(r);
        ObjectNode arguments = Conditions.of(r).apply(scope.arguments(r, tools.args().put("by_kind", true), false),
                r.zone());
        arguments.remove("kind"); // what it breaks down by
        JsonNode stats = tools.call("get_commit_stats", arguments);
        long all = stats.get("commits").asLong();
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, String> descriptions = new LinkedHashMap<>();
        stats.get("kinds").forEach(k -> {
            counts.put(k.get("kind").asString(), k.get("commits").asLong());
            descriptions.put(k.get("kind").asString(), k.get("description").asString());
        });
        Conditions others = Conditions.of(r);
        String readAs = Say.readAs("kinds of change read from how each commit message starts (its Conventional "
                + "Commits type, else its first verb)", scope.whose(), others.said(EnumSet.complementOf(
                EnumSet.of(Conditions.Type.KIND))).stream().reduce((a, b) -> a + ", " + b).orElse(""), Say.when(r.period(), "all time"),
                CommitScope.repoScope(r));
        if (all == 0) {
            return Reply.of("There are no commits " + Say.when(r.period(), "") + " to sort.", readAs, List.of());
        }
        List<String> named = named(r);
        if (named.isEmpty() || BREAKDOWN.matcher(r.text()).find()) {
            List<String> labels = counts.keySet().stream().filter(kind -> counts.get(kind) > 0).toList();
            List<Long> values = labels.stream().map(counts::get).toList();
            String text = scope.possessive() + " " + Say.number(all) + " commits by kind: " + Say.join(labels.stream()
                    .map(kind -> "**" + kind + "** " + Say.number(counts.get(kind)) + " (" + percent(counts.get(kind), all)
                            + ")").toList()) + ".";
            return Reply.of(text, readAs, List.of("What share of my commits are bug fixes?"))
                    .withChart(new Chart("bar", "Commits by kind", "commits", labels, values));
        }
        if (named.size() == 1) {
            String kind = named.get(0);
            long n = counts.getOrDefault(kind, 0L);
            return Reply.of("**" + Say.number(n) + "** of " + (scope.own() ? "your " : "the ") + Say.number(all)
                    + " commits" + spaced(Say.when(r.period(), "")) + " are " + descriptions.get(kind) + " (**" + percent(n, all)
                    + "**).", readAs, List.of("What kind of commits do I make most?"));
        }
        named.sort((a, b) -> Long.compare(counts.getOrDefault(b, 0L), counts.getOrDefault(a, 0L)));
        long first = counts.getOrDefault(named.get(0), 0L);
        long second = counts.getOrDefault(named.get(1), 0L);
        String lead = first == second ? "As many " + descriptions.get(named.get(0)) + " as " + descriptions.get(named.get(1))
                : "More " + descriptions.get(named.get(0));
        return Reply.of(lead + ": " + Say.join(named.stream().map(kind -> Say.number(counts.getOrDefault(kind, 0L))
                + " " + descriptions.get(kind) + " (" + percent(counts.getOrDefault(kind, 0L), all) + ")").toList())
                + ", of " + Say.number(all) + " commits " + Say.when(r.period(), "in all") + ".", readAs,
                List.of("What kind of commits do I make most?"));
    }

    private static String spaced(String words) {
        return words.isBlank() ? "" : " " + words.strip();
    }

    private static String percent(long part, long all) {
        return String.format(Locale.ROOT, "%.1f%%", all == 0 ? 0 : part * 100.0 / all);
    }
}
