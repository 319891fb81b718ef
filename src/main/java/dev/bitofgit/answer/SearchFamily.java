package dev.bitofgit.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** Words in commit messages ("commits that mention login") and in READMEs ("which project is about payments"). */
final class SearchFamily implements Family {
    private static final Pattern README_ABOUT = Pattern.compile("\\b(?:which|what) (?:of my )?(?:project|repo|"
            + "repository|projects|repos|repositories)s? (?:is|are|was|deals? with|handles?) (?:about|for|on|related to)"
            + "\\s+(.{2,60}?)[?.!]*$");

    @Override
    public int fit(Reading r) {
        if (readmeTerm(r).isPresent()) {
            return 74;
        }
        if (r.term().isPresent() && (r.mentionsCommits() || r.matches("\\b(mention|grep|search)"))) {
            return 70;
        }
        return 0;
    }

    private static Optional<String> readmeTerm(Reading r) {
        if (!r.repos().isEmpty()) {
            return Optional.empty();
        }
        Matcher matcher = README_ABOUT.matcher(r.text());
        return matcher.find() ? Optional.of(matcher.group(1).trim()) : Optional.empty();
    }

    @Override
    public Reply answer(Reading r, ToolCalls tools) {
        Optional<String> readme = readmeTerm(r);
        if (readme.isPresent()) {
            JsonNode matches = tools.call("search_readmes", tools.args().put("query", readme.get())).get("matches");
            String readAs = Say.readAs("READMEs containing the words '" + readme.get() + "'");
            if (matches.isEmpty()) {
                return Reply.of("No README mentions \"" + readme.get() + "\".", readAs, List.of());
            }
            StringBuilder text = new StringBuilder("READMEs that mention \"" + readme.get() + "\":\n\n");
            matches.forEach(m -> text.append("- **").append(m.get("repo").asString()).append("** — ")
                    .append(m.get("snippet").asString()).append("\n"));
            return Reply.of(text.toString().trim(), readAs, List.of()).about(matches.get(0).get("repo").asString());
        }
        String term = r.term().orElseThrow();
        var arguments = Say.range(tools.args().put("query", term).put("limit", 10), r.period());
        r.repo().ifPresent(repo -> arguments.put("repo", repo));
        JsonNode commits = tools.call("search_commits", arguments).get("commits");
        String readAs = Say.readAs("commit messages containing '" + term + "'", Say.when(r.period(), "all time"),
                Say.repoScope(r.repo()));
        if (commits.isEmpty()) {
            return Reply.of("No commit message mentions \"" + term + "\"" + r.repo().map(repo -> " in " + repo)
                    .orElse("") + ".", readAs, List.of());
        }
        StringBuilder text = new StringBuilder(Say.plural(commits.size(), "commit") + " mention \"" + term + "\""
                + (commits.size() == 10 ? " (the 10 best matches)" : "") + ":\n\n");
        commits.forEach(c -> text.append("- ").append(Say.day(c.get("date"))).append(" **").append(c.get("repo")
                .asString()).append("** ").append(c.get("sha").asString(), 0, 7).append(" — ")
                .append(c.get("message").asString()).append("\n"));
        return Reply.of(text.toString().trim(), readAs, List.of());
    }
}
