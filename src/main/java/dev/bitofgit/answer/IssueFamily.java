package dev.bitofgit.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issues of the user's repositories: which repository has the most open, the oldest open one, how many are open,
 * opened or closed in a period, and how many a pull request closed.
 */
final class IssueFamily implements Family {
    @Override
    public boolean consumes(String word) {
        return word.matches("completed|finished|planned|duplicates?|wontfix|labell?ed|label|tagged|newest|latest|opened|closed|"
                + "resolved|fixed|solved|filed|reported|close|closes|closing|dealt|deal|handled|average|avg|mean|take|takes|still");
    }

    @Override
    public int fit(Reading r) {
        // "issues closed by a pull request" are issues, though they name pull requests
        boolean closedByPr = r.matches("\\bissues?\\b.*\\b(closed|fixed|resolved) (by|via|through|with) (a |an )?(prs?|"
                + "pull requests?)\\b");
        return WorkSubjects.issues(r) && (!WorkSubjects.pullRequests(r) || closedByPr) && !WorkSubjects.ranksRepos(r)
                ? WorkSubjects.FIT + (closedByPr ? 1 : 0) : 0;
    }

    @Override
    public Reply answer(Reading r, ToolCalls tools) {
        Optional<Reply> filtered = filtered(r, tools);
        if (filtered.isPresent()) {
            return filtered.get();
        }
        if (r.matches("\\b(newest|latest|most recent|most recently (opened|filed|created|reported)|youngest|last)\\b"
                + "(?! (week|month|year|quarter|\\d+|few|couple|days|weeks|months|years))") && !r.matches("^how many\\b")) {
            return newest(r, tools);
        }
        ObjectNode arguments = Say.range(tools.args(), r.period());
        r.repo().ifPresent(repo -> arguments.put("repo", repo));
        JsonNode stats = tools.call("get_issue_stats", arguments);
        String scope = Say.readAs(Say.repoScope(r.repo()));
        if (r.matches("\\b(oldest|longest open|longest[- ]standing|earliest|stalest|been open longest)\\b")) {
            JsonNode oldest = stats.get("oldest_open");
            String readAs = Say.readAs("the open issue created first", scope);
            if (oldest == null || oldest.isNull()) {
                return Reply.of("You have no open issue" + r.repo().map(repo -> " in **" + repo + "**").orElse("") + ".",
                        readAs, List.of());
            }
            return Reply.of("Your oldest open issue is **" + oldest.get("repo").asString() + "** #"
                    + oldest.get("number").asInt() + " \"" + oldest.get("title").asString() + "\", opened "
                    + Say.day(oldest.get("created_at")) + " (" + Say.plural(oldest.get("age_days").asLong(), "day")
                    + " ago).", readAs, List.of("Which of my repos has the most open issues?"))
                    .about(oldest.get("repo").asString());
        }
        if (r.matches("\\b(which|what) (of my )?(repos?|repositories|projects?)\\b|\\b(most|fewest|least) (open )?issues\\b"
                + "|\\bper (repo|repository|project)\\b")) {
            JsonNode perRepo = stats.get("open_per_repo");
            String readAs = Say.readAs("open issues now, per repository", scope);
            if (perRepo.isEmpty()) {
                return Reply.of("None of your repositories has an open issue.", readAs, List.of());
            }
            JsonNode top = perRepo.get(0);
            StringBuilder text = new StringBuilder("**" + top.get("repo").asString() + "** has the most open issues: **"
                    + Say.number(top.get("open").asLong()) + "**");
            if (perRepo.size() > 1) {
                List<JsonNode> next = new ArrayList<>();
                perRepo.forEach(next::add);
                text.append(", then ").append(Say.join(next.subList(1, Math.min(4, next.size())), item -> "**"
                        + item.get("repo").asString() + "** (" + Say.number(item.get("open").asLong()) + ")"));
            }
            text.append(". ").append(Say.plural(stats.get("open_now").asLong(), "issue")).append(" are open in all.");
            return Reply.of(text.toString(), readAs, List.of("What's my oldest open issue?")).about(top.get("repo").asString());
        }
        if (r.matches("\\b(by a (pr|pull request)|by (prs|pull requests)|closed by|fixed by)\\b")) {
            return Reply.of("**" + Say.plural(stats.get("closed_by_pull_request").asLong(), "issue") + "** "
                    + Say.when(r.period(), "in all") + " were closed by a pull request, of "
                    + Say.number(stats.get("closed").asLong()) + " closed.", Say.readAs("issues closed in the period "
                    + "that a pull request of the same repository closes", Say.when(r.period(), "all time"), scope),
                    List.of("What's my oldest open issue?"));
        }
        if (r.matches("\\b(opened|open|filed|created|new)\\b[^?.!]{0,20}\\b(or|vs\\.?|versus|than|and|compared (to|with))"
                + "\\b[^?.!]{0,20}\\b(closed|resolved|fixed|solved)\\b|\\b(closed|resolved|fixed|solved)\\b[^?.!]{0,20}\\b(or|"
                + "vs\\.?|versus|than|and|compared (to|with))\\b[^?.!]{0,20}\\b(opened|open|filed|created|new)\\b")) {
            long opened = stats.get("opened").asLong();
            long closed = stats.get("closed").asLong();
            String verdict = opened == closed ? "as many opened as closed" : opened > closed ? "more opened than closed"
                    : "more closed than opened";
            return Reply.of("**" + Say.plural(opened, "issue") + " opened** and **" + Say.number(closed) + " closed** "
                    + Say.when(r.period(), "in all") + r.repo().map(repo -> " in **" + repo + "**").orElse("") + ": "
                    + verdict + (opened == closed ? "" : " (by " + Say.number(Math.abs(opened - closed)) + ")") + ".",
                    Say.readAs("issues opened and issues closed in the period", Say.when(r.period(), "all time"), scope),
                    List.of("Which of my repos has the most open issues?"));
        }
        if (r.matches("\\b(closed|close|resolved|fixed|solved)\\b")) {
            JsonNode days = stats.get("days_to_close");
            if (r.matches("\\b(average|avg|mean|on average)\\b") && days.hasNonNull("mean")) {
                // "on average, how many days does an issue take to close": the mean, with the median beside it
                return Reply.of("Issues took **" + days.get("mean").asDouble() + " days** on average (the mean) to close "
                        + Say.when(r.period(), "over all time") + "; the median is " + days.get("median").asDouble()
                        + " days and 90% closed within " + days.get("p90").asDouble() + " days (over "
                        + Say.plural(days.get("count").asLong(), "closed issue") + ").", Say.readAs("days from opening to "
                        + "closing, mean, median and p90, issues closed in the period", Say.when(r.period(), "all time"),
                        scope), List.of("Which of my repos has the most open issues?"));
            }
            return Reply.of("**" + Say.plural(stats.get("closed").asLong(), "issue") + "** "
                    + (stats.get("closed").asLong() == 1 ? "was" : "were") + " closed " + Say.when(r.period(), "in all")
                    + (days.get("count").asLong() > 0 ? "; the median took " + days.get("median").asDouble() + " days" : "")
                    + ".", Say.readAs("issues closed in the period", Say.when(r.period(), "all time"), scope),
                    List.of("Which of my repos has the most open issues?"));
        }
        if (r.matches("\\b(opened|filed|created|reported|raised|new)\\b") || r.period().isPresent()) {
            return Reply.of("**" + Say.plural(stats.get("opened").asLong(), "issue") + "** "
                    + (stats.get("opened").asLong() == 1 ? "was" : "were") + " opened " + Say.when(r.period(), "in all")
                    + " (" + Say.number(stats.get("closed").asLong()) + " closed in the same period).",
                    Say.readAs("issues opened in the period", Say.when(r.period(), "all time"), scope),
                    List.of("Which of my repos has the most open issues?"));
        }
        return Reply.of("You have **" + Say.plural(stats.get("open_now").asLong(), "open issue") + "**"
                + r.repo().map(repo -> " in **" + repo + "**").orElse(" across your repositories") + ".",
                Say.readAs("open issues now", scope), List.of("Which of my repos has the most open issues?",
                        "What's my oldest open issue?"));
    }

    /** "The newest open issue", "my latest issue in api-gateway": the most recently opened one, named. */
    private static Reply newest(Reading r, ToolCalls tools) {
        boolean open = r.matches("\\b(open|still open|unresolved|outstanding)\\b");
        ObjectNode arguments = Say.range(tools.args(), r.period()).put("limit", 1).put("sort", "newest")
                .put("state", open ? "open" : "all");
        r.repo().ifPresent(repo -> arguments.put("repo", repo));
        JsonNode issues = tools.call("list_issues", arguments).get("issues");
        String what = open ? "open issue" : "issue";
        String readAs = Say.readAs((open ? "open " : "") + "issues, newest opened first", Say.when(r.period(), "all time"),
                Say.repoScope(r.repo()));
        if (issues.isEmpty()) {
            return Reply.of("There is no " + what + Say.when(r.period(), "").replaceFirst("^(?=\\S)", " ")
                    + r.repo().map(repo -> " in **" + repo + "**").orElse("") + ".", readAs, List.of());
        }
        return Reply.of("The newest " + what + " is " + WorkItemFamily.describeIssue(issues.get(0)) + ".", readAs,
                List.of("What's my oldest open issue?")).about(issues.get(0).get("repo").asString());
    }

    static final Pattern LABELLED = Pattern.compile("\\b(?:labell?ed|tagged|with (?:the )?label|label)\\s+[\"'`]?"
            + "([\\p{L}\\p{N}_.:/ -]{1,40}?)[\"'`]?(?=[?.!,]|$| (?:in|on|since|during|this|last|that|which|are|were|is|was|did|do|does|have|has|had|i|"
            + "got|to|and|or|with|by|from|were|get|got)\\b)");

    /**
     * Issues picked by who opened them ("opened by other people", "that I filed"), a label ("open bugs", "labelled
     * help wanted"), why they were closed ("closed as not planned") or their state: counted, with the newest few.
     */
    private static Optional<Reply> filtered(Reading r, ToolCalls tools) {
        ObjectNode arguments = Say.range(tools.args().put("limit", 5), r.period());
        r.repo().ifPresent(repo -> arguments.put("repo", repo));
        List<String> said = new ArrayList<>();
        if (r.matches("\\b(by|from) (other people|others|someone else|contributors?|outsiders|external (people|"
                + "contributors?)|users|people other than me)\\b|\\bother people('s)? issues\\b|\\b(did|have|has) (other "
                + "people|others|someone else|anyone else|outsiders|contributors) (open|opened|file|filed|report|reported|"
                + "create|created|raise|raised)\\b")) {
            arguments.put("author", "others");
            said.add("opened by other people");
        } else if (r.matches("\\b(i|did i|have i|i've) (opened|open|filed|file|reported|report|created|create|raised|"
                + "raise)\\b|\\b(opened|filed|reported|created|raised) by me\\b")) {
            arguments.put("author", "me");
            said.add("opened by you");
        }
        Matcher labelled = LABELLED.matcher(r.text());
        if (labelled.find()) {
            arguments.put("label", labelled.group(1).trim());
            said.add("labelled '" + labelled.group(1).trim() + "'");
        } else if (r.matches("\\bbugs?\\b")) {
            arguments.put("label", "bug");
            said.add("labelled 'bug'");
        } else if (r.matches("\\b(feature requests?|enhancements?)\\b")) {
            arguments.put("label", "enhancement");
            said.add("labelled 'enhancement'");
        }
        if (r.matches("\\b(not planned|won'?t fix|wontfix|not going to fix)\\b")) {
            arguments.put("state_reason", "not_planned").put("state", "closed");
            said.add("closed as not planned");
        } else if (r.matches("\\b(as )?duplicates?\\b")) {
            arguments.put("state_reason", "duplicate").put("state", "closed");
            said.add("closed as duplicates");
        } else if (r.matches("\\b(closed|resolved|fixed|solved) as (completed|done|finished)\\b|\\b(completed|finished)\\b")) {
            arguments.put("state_reason", "completed").put("state", "closed");
            said.add("closed as completed");
        } else if (!said.isEmpty() && (r.matches("\\bstill open\\b|\\b(that|which) (are|is|remain|stay) (still )?open\\b")
                || r.matches("\\b(open|still open|unresolved|outstanding)\\b")
                && !r.matches("\\b(did|do|does|have|has|had)\\b[^?.!,]{1,30}\\bopen\\b(?! (issues?|ones|right now|now|still))"))) {
            arguments.put("state", "open");
            said.add("still open");
        } else if (!said.isEmpty() && r.matches("\\b(closed|resolved|fixed|solved)\\b")) {
            arguments.put("state", "closed");
            said.add("closed");
        }
        if (said.isEmpty()) {
            return Optional.empty();
        }
        if (r.period().isPresent()) {
            // "closed as completed in 2025": the period bounds the date the question names
            boolean closedIn = "closed".equals(arguments.path("state").asString(""))
                    && r.matches("\\b(closed|resolved|fixed|solved|completed)\\b");
            if (closedIn) {
                arguments.put("date", "closed");
            }
            int closedAs = said.size() - 1;
            if (closedIn && said.get(closedAs).startsWith("closed as")) {
                said.set(closedAs, said.get(closedAs) + " " + r.period().get().label()); // "closed as completed in 2025"
            } else {
                said.add((closedIn ? "closed " : "opened ") + r.period().get().label());
            }
        }
        JsonNode result = tools.call("list_issues", arguments);
        long total = result.get("total").asLong();
        StringBuilder text = new StringBuilder("**" + Say.plural(total, "issue") + "** " + Say.join(said)
                + r.repo().map(repo -> " in **" + repo + "**").orElse("") + ".");
        JsonNode issues = result.get("issues");
        if (!issues.isEmpty() && !r.matches("^how many\\b")) {
            text.append(total > issues.size() ? " The newest " + issues.size() + ":\n" : "\n");
            issues.forEach(issue -> text.append("\n- **").append(issue.get("repo").asString()).append("** #")
                    .append(issue.get("number").asInt()).append(" ").append(issue.get("title").asString()).append(" — ")
                    .append(issue.get("state").asString().toLowerCase(Locale.ROOT)).append(", opened ")
                    .append(Say.day(issue.get("created_at"))));
        }
        return Optional.of(Reply.of(text.toString(), Say.readAs("issues " + Say.join(said), Say.repoScope(r.repo())),
                List.of("Which of my repos has the most open issues?")));
    }
}
