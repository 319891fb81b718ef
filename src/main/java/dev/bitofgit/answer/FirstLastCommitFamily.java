package dev.bitofgit.answer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The very first or the latest commit — the user's own, or anyone's in one repository — with its date and repo. */
final class FirstLastCommitFamily implements Family {
    @Override
    public boolean followsPeople() {
        return true;
    }

    @Override
    public int fit(Reading r) {
        if (r.matches("\\b(which|what) (repo|repos|repository|repositories|project|projects)\\b") && Superlatives.of(r)
                .map(rank -> rank.dimension().equals("first_commit")).orElse(false)) {
            return 0; // a ranking of repositories by their first commit
        }
        if (r.inactive().isPresent() && r.repos().isEmpty()) {
            return 0; // "which repos did I stop committing to": repositories, not a commit
        }
        boolean recency = r.matches("\\b(how recently|how long ago|how long (has it been )?since|when did i last|"
                + "how (many|much) (days|weeks|months|years|time) (has it been |have passed |has passed )?since|since "
                + "(i|you|anyone|someone|somebody|anybody|we|they) (last )?(committed|pushed|touched|worked|made a commit)|"
                + "(most recent|latest|last) (date|time|day|change|changes|update|edit|activity)|last (active|seen|worked)|"
                + "(latest|newest|most recent) (change|update|edit|push|contribution)|most recently (push|pushed|"
                + "commit|committed)|"
                + "last (touched|worked on|updated|modified|changed|contributed to)|most recently (touched|worked on|"
                + "updated|changed|contributed to)|when did i (stop|quit)|(stop(ped)?|quit) (working on|committing to|"
                + "contributing to|touching))\\b");
        if (!r.mentionsCommits() && !recency && !r.matches("\\bwhen did i (last|first|start|begin|began)") && !origin(r)) {
            return 0;
        }
        if (r.mentionsCommits() && !r.repos().isEmpty() && r.top().isEmpty()
                && r.matches("\\b(final|recent-?most|most-recent|latest|newest|last|most recent)\\b[^.?!]{0,20}\\bcommit")) {
            return 75; // "my final commit to X", "recent-most commit in X"
        }
        if (origin(r) && r.top().isEmpty()) {
            return 80;
        }
        if (recency && !r.repos().isEmpty()) {
            return 75;
        }
        if (r.top().isPresent() || r.matches("\\b(commits|last \\d+|recent commits)\\b")
                && !r.matches("\\b(first|earliest|very first|oldest)\\b")) {
            return 0;
        }
        return first(r) || last(r) ? 75 : 0;
    }

    /** "How far back does my history go?", "when did my GitHub activity start?" */
    private static boolean origin(Reading r) {
        return r.matches("\\bsince when\\b|\\bhow far back\\b|\\b(history|activity|record|journey|coding|contributions?) (start(ed|s)?|"
                + "begins?|began|go(es)? back)\\b|\\bwhen did (my|i) (\\w+ )?(start|begin|began)\\b");
    }

    private static boolean first(Reading r) {
        return origin(r) || !r.matches("\\bsince (jan(uary)?\\.? )?first\\b|\\bthe start of the year\\b") && r.matches("\\b(first(?! (half|quarter|week|weeks|day|days|month|months) of\\b)(?! (half|quarter)\\b)|earliest|very first|oldest|initial|start(ed)? (committing|working|hacking|coding)|begin|began)\\b");
    }

    private static boolean last(Reading r) {
        return r.matches("\\b(latest|most recent|most recently|newest|lately|how recently|how long ago|final|recent-?most|"
                + "most-recent|how long "
                + "(has it been )?since|stop|stopped|quit)\\b")
                || r.matches("\\blast\\b(?! (week|month|year|quarter|weekend|few|couple|\\d+|days|weeks|months|years))");
    }

    /** "in each of my repositories", "per repo", "for every project". */
    private static boolean perRepo(Reading r) {
        return r.repos().isEmpty() && r.matches("\\b(each|every|per|all) (of (my|the) )?(repo|repos|repository|"
                + "repositories|project|projects)\\b|\\bin each\\b|\\bfor each\\b");
    }

    @Override
    public Reply answer(Reading r, ToolCalls tools) {
        boolean first = first(r) && !r.matches("\\b(last|latest|most recent)\\b.*\\bcommit\\b");
        if (perRepo(r)) {
            return eachRepo(r, tools, first);
        }
        if (r.repos().isEmpty() && (r.language().isPresent() || r.technology().isPresent())) {
            return byStack(r, tools, first);
        }
        CommitScope scope = CommitScope.of(r);
        String which = first ? "the oldest of " : "the newest of ";
        JsonNode commit = find(r, scope, tools, first, true);
        if (commit == null && r.period().isPresent()) {
            // "Have I committed to X recently? When was the last time?": the period found nothing, so say so and
            // give the answer over all time rather than stopping at "none".
            JsonNode any = find(r, scope, tools, first, false);
            String none = "There is no commit" + (scope.own() ? " of yours " : " ") + Say.when(r.period(), "")
                    + r.repo().map(repo -> " in **" + repo + "**").orElse("") + ".";
            String readAs = Say.readAs(which + scope.whose(), "all time, as " + Say.when(r.period(), "") + " has none",
                    CommitScope.repoScope(r));
            return any == null ? Reply.of(none, readAs, List.of())
                    : say(r, scope, any, first, tools, none + " ", readAs);
        }
        String readAs = Say.readAs(which + scope.whose(), Say.when(r.period(), "all time"), CommitScope.repoScope(r));
        if (commit == null) {
            return Reply.of("There is no commit " + Say.when(r.period(), "") + r.repo().map(repo -> " in " + repo)
                    .orElse("") + ".", readAs, List.of());
        }
        return say(r, scope, commit, first, tools, "", readAs);
    }

    /**
     * "When did I start using Rust?", "my first Go commit", "last time I touched a Django project": the first (or
     * latest) of the user's commits across the repositories that use the language or technology.
     */
    private static Reply byStack(Reading r, ToolCalls tools, boolean first) {
        String stack = r.language().or(r::technology).orElseThrow();
        var listing = RepoListFamily.filters(r.withoutPeriod(), tools.args()).put("limit", 100).put("sort", "name");
        List<String> repos = Say.names(tools.call("list_repos", listing).get("repos"), "name");
        CommitScope scope = CommitScope.of(r.withoutRepos());
        JsonNode best = null;
        for (String repo : repos) {
            JsonNode found = find(r.withRepo(repo), scope, tools, first, true);
            if (found != null && (best == null || (first ? found.get("date").asString().compareTo(best.get("date")
                    .asString()) < 0 : found.get("date").asString().compareTo(best.get("date").asString()) > 0))) {
                best = found;
            }
        }
        String readAs = Say.readAs((first ? "the oldest of " : "the newest of ") + scope.whose(), "in the "
                + Say.plural(repos.size(), "repository") + " that use " + stack, Say.when(r.period(), "all time"));
        if (best == null) {
            return Reply.of("You have no commits in a repository that uses " + stack + ".", readAs, List.of());
        }
        String day = Say.day(best.get("date"));
        return Reply.of((first ? "Your first commit in a " : "Your latest commit in a ") + stack + " repository was on **"
                + day + "** (" + Say.ago(LocalDate.parse(day), tools.today()) + ") in **" + best.get("repo").asString()
                + "**: \"" + best.get("message").asString() + "\" (" + best.get("sha").asString().substring(0, 7) + ").",
                readAs, List.of("Which of my projects use " + stack + "?")).about(best.get("repo").asString());
    }

    /** The first or latest commit (anyone's) of every repository, newest first. */
    private static Reply eachRepo(Reading r, ToolCalls tools, boolean first) {
        String field = first ? "first_commit_at" : "last_commit_at";
        List<String[]> rows = new ArrayList<>();
        for (JsonNode repo : tools.allRepos(RepoListFamily.filters(r.withoutPeriod(), tools.args()), "name")) {
            rows.add(new String[] {repo.get("name").asString(), repo.get(field).isNull() ? "" : Say.day(repo.get(field))});
        }
        rows.sort((a, b) -> b[1].compareTo(a[1]));
        StringBuilder text = new StringBuilder("The " + (first ? "first" : "latest") + " commit in each repository, "
                + "newest first:\n");
        rows.forEach(row -> text.append("\n- **").append(row[0]).append("**: ").append(row[1].isEmpty() ? "no commits"
                : row[1]));
        return Reply.of(text.toString(), Say.readAs("the " + (first ? "oldest" : "newest") + " commit by anyone in "
                + "each repository you can see"), List.of("Which repos have I not touched in over a year?"));
    }

    private static JsonNode find(Reading r, CommitScope scope, ToolCalls tools, boolean first, boolean withPeriod) {
        var arguments = scope.arguments(withPeriod ? r : r.withoutPeriod(), tools.args(), false).put("limit", 1)
                .put("order", first ? "oldest" : "newest");
        JsonNode commits = tools.call("get_commit_timeline", arguments).get("commits");
        return commits.isEmpty() || commits.get(0).isNull() ? null : commits.get(0);
    }

    private static Reply say(Reading r, CommitScope scope, JsonNode commit, boolean first, ToolCalls tools,
            String before, String readAs) {
        String repo = commit.get("repo").asString();
        String day = Say.day(commit.get("date"));
        String text = before + scope.possessive() + " " + (first ? "very first" : "latest") + " commit"
                + r.repo().map(name -> " to **" + name + "**").orElse("") + " was on **" + day + "** ("
                + commit.get("date").asString() + ", " + Say.ago(LocalDate.parse(day), tools.today()) + ")"
                + (r.repo().isEmpty() ? " in **" + repo + "**" : "") + ": \"" + commit.get("message").asString()
                + "\" (" + commit.get("sha").asString().substring(0, 7) + (scope.own() || scope.author().isPresent() ? "" : ", by "
                + commit.get("author").asString()) + ").";
        return Reply.of(text, readAs, List.of("What is " + repo + " about?", "Show my last 5 commits")).about(repo);
    }
}
