package dev.bitofgit.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * The people in the user's repositories: how many different people committed (to one repository or all), who they
 * are, and the most frequent collaborator across all repositories.
 */
final class PeopleFamily implements CommitFamily {
    @Override
    public boolean consumes(String word) {
        return word.matches("humans?|bots?|people|real");
    }

    @Override
    public int fit(Reading r) {
        if (othersShare(r)) {
            return 85;
        }
        if (r.matches("\\b(starred|stars?|stargazers|forked)\\b") || r.forks().isPresent()
                || r.matches("\\b(did i author|i authored|authored by me|author(ed)? myself|i wrote myself)\\b")
                || r.matches("\\b(which|what)( of my| one of my)? (repo|repos|repository|repositories|project|projects)\\b")
                && Superlatives.of(r).isPresent()) {
            return 0;
        }
        if (r.matches("\\b(apart from (me|myself)|besides (me|myself)|other than (me|myself)|except (for )?(me|myself)|"
                + "aside from (me|myself)|not counting (me|myself)|excluding (me|myself)|beside me|after me|behind me|"
                + "next to me|(that'?s|thats|who'?s|whos|who is) not me|other than myself|not including me)\\b") || r.matches("\\bwho (commits|contributes|pushes|codes|works|helps)\\b")
                || r.matches("\\bwho (do|did|have|has) i\\b[^?.!]{0,30}\\bwith\\b")
                || r.matches("\\bwho(('s| is| has| have| are) (been )?)?(contribut|commit|push|cod|work|help|hack)\\w*")
                || r.matches("\\bwho (has |have |had )?(added|wrote|written|contributed|changed) the most (lines|code)\\b")) {
            return 80;
        }
        // "the number of commits in api-gateway, by all authors", "how many commits, no teammates": the people only
        // say whose commits are counted
        if (r.matches("\\b(how many|number of|count of|total|tally of|sum of)( \\w+){0,3} commits\\b|\\bcommits? (count|tally|"
                + "total)\\b|\\bcommits? (has|have|did) [^?.!]{0,40}\\b(accumulated|made|got|gathered|racked up)\\b")
                && !r.matches("\\b(how many|number of|count of)( \\w+){0,2} (people|persons|authors|contributors|collaborators|"
                + "committers|developers|devs|teammates|humans|accounts|logins)\\b")) {
            return 0;
        }
        boolean person = r.matches("\\b(collaborat\\w*|contributors?|contributers?|co-?authors?|committers?|teammates?|"
                + "devs?|developers?|people|persons?|colleagues?|coworkers?)\\b");
        if (person && r.matches("\\b(most|top|biggest|main|primary|frequent\\w*|#1|number one|often)\\b")
                && !r.matches("\\b(which|what) (repo|repos|repository|repositories|project|projects)\\b")) {
            return 82; // "which collaborator has the most commits", "other dev shows up most"
        }
        return r.matches("\\b(people|persons?|contributors?|collaborat\\w*|authors?|committers?|teammates?|"
                + "who else|who (has |have )?(committed|contributed|worked|works|helps|helped|pushed)|"
                + "work(ed)? with|developers|devs|coworkers?|co-?authors?|partners?|buddy|buddies|pair(ed)? with|"
                + "whose (name|commits)|teammates?|colleagues?|human|collab\\w*|dev|co-?contributors?)\\b") ? 73 : 0;
    }

    @Override
    public Reply answer(Reading r, ToolCalls tools) {
        if (othersShare(r)) {
            return othersShare(r, tools);
        }
        // "which collaborator has committed to the largest number of my repositories" names one person, not a count
        boolean count = (r.measure() == Reading.Measure.COUNT || r.matches("\\b(different|distinct|unique)\\b"))
                && !r.matches("^(which|who)\\b|\\b(which|who) (collaborator|person|contributor|dev|developer|author|"
                + "committer|teammate|colleague)\\b|\\bwho('s| is| has| was)\\b");
        if (count) {
            var arguments = tools.args();
            CommitScope.where(r, arguments);
            Say.range(arguments, r.period());
            JsonNode stats = tools.call("get_commit_stats", arguments);
            long people = stats.get("distinct_authors").asLong();
            String text = "**" + Say.plural(people, "person") .replace("persons", "people") + "** committed "
                    + r.repo().map(repo -> "to **" + repo + "**").orElse("to your repositories") + " "
                    + Say.when(r.period(), "in total") + " (you count once; others by GitHub login, else e-mail).";
            return Reply.of(text, Say.readAs("different commit authors", Say.when(r.period(), "all time"),
                    CommitScope.repoScope(r)), List.of("Who is my most frequent collaborator?")).about(r.repo().orElse(""));
        }
        var arguments = tools.args().put("limit", 10);
        CommitScope.where(r, arguments);
        Say.range(arguments, r.period());
        boolean humans = CommitScope.withoutBots(r);
        if (humans) {
            arguments.put("exclude_bots", true);
        }
        boolean byRepos = r.matches("\\b(most|the most|more) (of )?(my |your |the )?(different )?(repos|repositories|projects)\\b|"
                + "\\b(largest|biggest|highest|greatest) (number|count) of (my |your |the |different )?(repos|repositories|"
                + "projects)\\b|"
                + "\\b(in|across|to|on) the most (of )?(my |your )?(repos|repositories|projects)\\b");
        if (byRepos) {
            arguments.put("limit", 50);
        }
        // "who added the most lines", "the last person besides me to commit": the list in that order
        boolean byLines = !byRepos && r.matches("\\b(most|the most|more) (lines|code|additions)\\b|\\badded the most\\b"
                + "|\\b(wrote|written|contributed) the most (lines|code)\\b");
        boolean latest = !byRepos && !byLines && r.matches("\\b(last|latest|most recent|most recently|newest)\\b"
                + "(?! (week|month|year|quarter|\\d+|few|couple|days|weeks|months|years))");
        if (byLines || latest) {
            arguments.put("sort", byLines ? "additions" : "latest");
            JsonNode people = tools.call("list_collaborators", arguments).get("collaborators");
            String readAs = Say.readAs(byLines ? "people other than you, by the lines they added"
                    : "people other than you, by their latest commit", humans ? "bots left out" : "",
                    Say.when(r.period(), "all time"), CommitScope.repoScope(r));
            if (people.isEmpty()) {
                return Reply.of("Nobody else has committed " + r.repo().map(repo -> "to **" + repo + "**")
                        .orElse("to your repositories") + " " + Say.when(r.period(), "") + ".", readAs, List.of());
            }
            JsonNode top = people.get(0);
            String text = byLines ? "**" + name(top) + "** added the most lines: **" + Say.number(top.get("additions")
                    .asLong()) + "** (and deleted " + Say.number(top.get("deletions").asLong()) + ") in "
                    + Say.plural(top.get("commits").asLong(), "commit") + "." + (people.size() < 2 ? "" : " Then "
                    + Say.join(skipFirst(people).stream().limit(3).map(p -> name(p) + " (" + Say.number(p.get("additions")
                    .asLong()) + ")").toList()) + ".")
                    : "The last person besides you to commit" + r.repo().map(repo -> " to **" + repo + "**").orElse("")
                    + " was **" + name(top) + "**, on " + Say.day(top.get("last_commit_at")) + "." + (people.size() < 2 ? ""
                    : " Before them: " + Say.join(skipFirst(people).stream().limit(3).map(p -> name(p) + " ("
                    + Say.day(p.get("last_commit_at")) + ")").toList()) + ".");
            return Reply.of(text, readAs, List.of("Who is my most frequent collaborator?")).about(r.repo().orElse(""));
        }
        JsonNode people = tools.call("list_collaborators", arguments).get("collaborators");
        if (byRepos && !people.isEmpty()) {
            List<JsonNode> sorted = new ArrayList<>();
            people.forEach(sorted::add);
            sorted.sort(Comparator.comparingLong((JsonNode p) -> p.get("repos").asLong()).reversed()
                    .thenComparing(p -> -p.get("commits").asLong()));
            JsonNode top = sorted.get(0);
            String text = "**" + name(top) + "** has committed to the most of your repositories: **"
                    + Say.plural(top.get("repos").asLong(), "repository") + "** (" + Say.plural(top.get("commits")
                    .asLong(), "commit") + "). Then " + Say.join(sorted.subList(1, Math.min(4, sorted.size())).stream()
                    .map(p -> name(p) + " (" + Say.plural(p.get("repos").asLong(), "repository") + ")").toList()) + ".";
            return Reply.of(text, Say.readAs("people other than you, by how many of your repositories they committed "
                    + "to", Say.when(r.period(), "all time")), List.of("Who is my most frequent collaborator?"));
        }
        String readAs = Say.readAs("people other than you, by their commits", humans ? "bots left out" : "",
                Say.when(r.period(), "all time"),
                CommitScope.repoScope(r));
        if (people.isEmpty()) {
            return Reply.of("Nobody else has committed " + r.repo().map(repo -> "to **" + repo + "**")
                    .orElse("to your repositories") + " " + Say.when(r.period(), "") + ": it is all your work.",
                    readAs, List.of());
        }
        JsonNode top = people.get(0);
        String name = top.get("name").asString() + (top.get("login").isNull() ? "" : " (@" + top.get("login")
                .asString() + ")");
        String text = "Your most frequent collaborator" + r.repo().map(repo -> " on **" + repo + "**").orElse("")
                + " is **" + name + "** with " + Say.plural(top.get("commits").asLong(), "commit")
                + (r.repo().isEmpty() ? " across " + Say.plural(top.get("repos").asLong(), "repository") : "") + ".";
        if (people.size() > 1) {
            List<JsonNode> others = skipFirst(people);
            text += " Others: " + Say.join(others.subList(0, Math.min(5, others.size())), p -> p.get("name").asString()
                    + " (" + Say.number(p.get("commits").asLong()) + ")") + ".";
        }
        return Reply.of(text, readAs, List.of("How many different people committed to my repositories?"))
                .about(r.repo().orElse(""));
    }

    private static List<JsonNode> skipFirst(JsonNode array) {
        List<JsonNode> rest = new ArrayList<>();
        for (int i = 1; i < array.size(); i++) {
            rest.add(array.get(i));
        }
        return rest;
    }

    /** "What share of the commits in my repos come from other people", "how much of the work is mine". */
    private static boolean othersShare(Reading r) {
        return !(r.mentionsRepos() && Superlatives.of(r).isPresent()) && r.matches("\\b(share|percent(age)?|proportion|fraction|how much|what part|ratio)\\b")
                && r.matches("\\b(other people|others|someone else|other contributors|collaborators|contributors|not mine|"
                + "not me|by me|mine|my own|me vs|versus others)\\b") && !r.matches("\\b(pull requests?|prs?|issues?|"
                + "reviews?)\\b") && (r.mentionsCommits() || r.matches("\\b(work|code|changes|lines)\\b"));
    }

    private static Reply othersShare(Reading r, ToolCalls tools) {
        var arguments = tools.args();
        CommitScope.where(r, arguments);
        Say.range(arguments, r.period());
        if (CommitScope.withoutBots(r)) {
            arguments.put("exclude_bots", true);
        }
        JsonNode all = tools.call("get_commit_stats", arguments);
        JsonNode own = tools.call("get_commit_stats", arguments.deepCopy().put("own_only", true));
        long total = all.get("commits").asLong();
        long mine = own.get("commits").asLong();
        String readAs = Say.readAs("commits in your repositories by you and by everyone else", Say.when(r.period(),
                "all time"), CommitScope.repoScope(r));
        if (total == 0) {
            return Reply.of("There are no commits " + Say.when(r.period(), "").strip() + " to divide.", readAs, List.of());
        }
        boolean asksMine = r.matches("\\b(by me|mine|my own)\\b") && !r.matches("\\b(other people|others|someone else)\\b");
        long part = asksMine ? mine : total - mine;
        String text = "**" + String.format(Locale.ROOT, "%.1f%%", part * 100.0 / total) + "** of the "
                + Say.plural(total, "commit") + (r.repo().map(repo -> " in **" + repo + "**").orElse(" in your repositories"))
                + " " + Say.when(r.period(), "").strip() + (r.period().isPresent() ? " " : "") + (asksMine ? "are yours ("
                + Say.number(mine) + "); other people made " + Say.number(total - mine) : "come from other people ("
                + Say.number(total - mine) + "); you made " + Say.number(mine)) + ".";
        return Reply.of(text, readAs, List.of("Who is my most frequent collaborator?"));
    }

    private static String name(JsonNode person) {
        JsonNode login = person.get("login");
        String name = person.get("name").asString();
        return login == null || login.isNull() || login.asString().equalsIgnoreCase(name) ? name
                : name + " (@" + login.asString() + ")";
    }
}
