package dev.bitofgit.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Words in commit messages ("commits that mention login"), and topics asked by meaning: "which project is about
 * payments", "what have I built for the command line" (what repositories say about themselves) and "when did I work
 * on authentication" (commit messages that say it in any words: login, OAuth, JWT). Topics search in both modes at
 * once — by words and by meaning, ranked together — since the asker's words are rarely the README's.
 */
final class SearchFamily implements Family {
    @Override
    public boolean countsCommits(Reading r) {
        // "commits that mention docker" searches the word; "in my Rust repos" narrows the repositories.
        return r.mentionsRepos() && readmeTopic(r).isEmpty() && workTopic(r).isEmpty();
    }

    private static final String REPOS = "(?:project|repo|repository|projects|repos|repositories|codebase|codebases)";
    private static final List<Pattern> ABOUT = List.of(
            Regex.of("\\b(?:which|what) (?:of my |one of my )?" + REPOS + "s? (?:is|are|was|were) (?:about|for|on|"
                    + "related to|dealing with|doing)\\s+(.{2,80}?)[?.!]*$"),
            Regex.of("\\b(?:which|what) (?:of my |one of my )?" + REPOS + "s? (?:deals?|dealt|handles?|handled|"
                    + "has to do|have to do|had to do|is to do) with\\s+(.{2,80}?)[?.!]*$"),
            Regex.of("\\bwhat (?:have|did) i (?:ever )?(?:build|built|make|made|write|written|wrote|create|created)"
                    + " (?:for|to|that)\\s+(.{2,80}?)[?.!]*$"),
            Regex.of("\\bdo i have (?:a|any) " + REPOS + " (?:about|for|on|that (?:deals?|has to do) with)"
                    + "\\s+(.{2,80}?)[?.!]*$"));
    private static final Pattern WORKED_ON = Pattern.compile("^when (?:did|have) i (?:last |ever )?(?:work(?:ed)?|"
            + "worked) on\\s+(.{2,80}?)[?.!]*$");
    /** What follows "for" or "on" when it is a time, not a topic ("what have I built for the last year"). */
    private static final Pattern TIME = Pattern.compile("^(?:the |my )?(?:last|past|this|previous|next|recent|"
            + "\\d{4}\\b|today|yesterday|lately|recently|january|february|march|april|may|june|july|august|september|"
            + "october|november|december|spring|summer|autumn|fall|winter|weekends?|it\\b|that\\b|them\\b).*");
    /** A trailing time phrase the reading already took as the period ("… in 2024", "… last year"). */
    private static final Pattern TRAILING_TIME = Pattern.compile("\\s+(?:in|during|since|before|after|over|last|this|"
            + "from)\\s+.*$");
    private static final int COMMITS_SHOWN = 10;

    @Override
    public int fit(Reading r) {
        if (readmeTopic(r).isPresent() || workTopic(r).isPresent()) {
            return 74;
        }
        if (r.term().isPresent() && (r.mentionsCommits() || r.matches("\\b(mention|grep|search)|\\bwhen (did|have) i\\b|"
                + "\\b(did|have) i ever\\b|\\bhow (many times|often) (did|have) i\\b"))) {
            return 70;
        }
        return 0;
    }

    private static Optional<String> readmeTopic(Reading r) {
        if (!r.repos().isEmpty()) {
            return Optional.empty();
        }
        for (Pattern pattern : ABOUT) {
            Matcher matcher = pattern.matcher(r.text());
            if (matcher.find()) {
                return topic(matcher.group(1), r);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> workTopic(Reading r) {
        if (!r.repos().isEmpty()) {
            return Optional.empty();
        }
        Matcher matcher = WORKED_ON.matcher(r.text());
        return matcher.find() ? topic(matcher.group(1), r) : Optional.empty();
    }

    private static Optional<String> topic(String said, Reading r) {
        String topic = said.trim();
        if (r.period().isPresent()) {
            topic = TRAILING_TIME.matcher(topic).replaceFirst("").trim();
        }
        return topic.length() < 2 || TIME.matcher(topic).matches() ? Optional.empty() : Optional.of(topic);
    }

    @Override
    public Reply answer(Reading r, ToolCalls tools) {
        Optional<String> readme = readmeTopic(r);
        if (readme.isPresent()) {
            return projectsAbout(readme.get(), tools);
        }
        Optional<String> work = workTopic(r);
        if (work.isPresent()) {
            return workedOn(work.get(), r, tools);
        }
        return commitsMentioning(r.term().orElseThrow(), r, tools);
    }

    private static Reply projectsAbout(String topic, ToolCalls tools) {
        JsonNode matches = tools.call("search_readmes", tools.args().put("query", topic).put("mode", "both"))
                .get("matches");
        String readAs = Say.readAs("what your repositories' READMEs, descriptions and topics say about '" + topic
                + "', by meaning and by words");
        if (matches.isEmpty()) {
            return Reply.of("None of your repositories says anything about \"" + topic + "\".", readAs, List.of());
        }
        StringBuilder text = new StringBuilder("Closest to \"" + topic + "\", best first:\n\n");
        matches.forEach(m -> text.append("- **").append(m.get("repo").asString()).append("** — ")
                .append(m.get("snippet").asString()).append("\n"));
        String best = matches.get(0).get("repo").asString();
        return Reply.of(text.toString().trim(), readAs, List.of("What is " + best + " about?")).about(best);
    }

    private static Reply workedOn(String topic, Reading r, ToolCalls tools) {
        var arguments = Say.range(tools.args().put("query", topic).put("mode", "both").put("limit", COMMITS_SHOWN),
                r.period());
        JsonNode commits = tools.call("search_commits", arguments).get("commits");
        String readAs = Say.readAs("commit messages about '" + topic + "', by meaning and by words",
                Say.when(r.period(), "all time"));
        if (commits.isEmpty()) {
            return Reply.of("No commit message is about \"" + topic + "\"" + r.period().map(p -> " " + p.label())
                    .orElse("") + ".", readAs, List.of());
        }
        List<JsonNode> byDate = new ArrayList<>();
        commits.forEach(byDate::add);
        byDate.sort(Comparator.comparing(c -> c.get("date").asString()));
        StringBuilder text = new StringBuilder("The commits closest to \"" + topic + "\" run from "
                + Say.day(byDate.get(0).get("date")) + " to " + Say.day(byDate.get(byDate.size() - 1).get("date"))
                + " (the " + commits.size() + " closest, newest first):\n\n");
        for (int i = byDate.size() - 1; i >= 0; i--) {
            JsonNode c = byDate.get(i);
            text.append("- ").append(Say.day(c.get("date"))).append(" **").append(c.get("repo").asString())
                    .append("** ").append(c.get("sha").asString(), 0, 7).append(" — ")
                    .append(c.get("message").asString()).append("\n");
        }
        return Reply.of(text.toString().trim(), readAs, List.of());
    }

    private static Reply commitsMentioning(String term, Reading r, ToolCalls tools) {
        // Everyone's commits unless the question makes them the user's ("my commits", "did I") or names a person.
        boolean own = r.author().isEmpty() && CommitScope.explicitlyMine(r);
        var arguments = Say.range(tools.args().put("query", term).put("mode", "words").put("limit", COMMITS_SHOWN)
                .put("own_only", own), r.period());
        CommitScope.where(r, arguments);
        r.author().ifPresent(person -> arguments.put("author", person));
        JsonNode result = tools.call("search_commits", arguments);
        JsonNode commits = result.get("commits");
        long total = result.path("total_matches").isNumber() ? result.get("total_matches").asLong() : commits.size();
        String whose = own ? "your own commits" : r.author().map(person -> "commits by " + person).orElse("everyone's commits");
        String readAs = Say.readAs("commit messages containing '" + term + "'", whose, Say.when(r.period(), "all time"),
                CommitScope.repoScope(r));
        if (commits.isEmpty()) {
            return Reply.of("No commit message mentions \"" + term + "\"" + r.repo().map(repo -> " in " + repo)
                    .orElse("") + ".", readAs, List.of());
        }
        StringBuilder text = new StringBuilder("**" + Say.plural(total, "commit") + "** mention \"" + term + "\""
                + (total > commits.size() ? " — the " + commits.size() + " best matches" : "") + ":\n\n");
        commits.forEach(c -> text.append("- ").append(Say.day(c.get("date"))).append(" **").append(c.get("repo")
                .asString()).append("** ").append(c.get("sha").asString(), 0, 7).append(" — ")
                .append(c.get("message").asString()).append("\n"));
        return Reply.of(text.toString().trim(), readAs, List.of());
    }
}
