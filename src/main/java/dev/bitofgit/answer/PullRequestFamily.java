package dev.bitofgit.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pull requests: how many were opened, merged or are open; how long they wait for a merge or a first review (median
 * and p90); the largest; and lists — the user's own by default when the question says "my", everyone's otherwise.
 */
final class PullRequestFamily implements Family {
    @Override
    public boolean followsPeople() {
        return true; // a named person's pull requests: the author argument takes their login
    }

    @Override
    public boolean consumes(String word) {
        return word.matches("labell?ed|label|tagged|comments?|commented|discussed|discussion|debated|conversation|"
                + "reviews?|reviewed|approvals?|approved|longest|slowest|fastest|quickest|soonest|earliest|oldest|"
                + "latest|newest|biggest|largest|lines|changes|thread|waited|took|taken|drafts?|sent|send|external|"
                + "elsewhere|upstream|open-source|contributions?|contributed|outside|others|people's|people|someone|else's|"
                + "pass|passes|passed|elapse|elapses|opening|between|average|mean|account|projects?|anyone|anybody|"
                + "reviewing|unreviewed|nobody");
    }

    /** Whether the question picks pull requests by an order ("my first PR", "the most discussed PR"). */
    static boolean picksOne(Reading r) {
        return order(r).isPresent();
    }

    @Override
    public int fit(Reading r) {
        // "which one of the PRs on my repos got the most approvals" picks a pull request, it ranks no repository
        return WorkSubjects.pullRequests(r) && (!WorkSubjects.ranksRepos(r) || asksForOne(r) && picksOne(r))
                ? WorkSubjects.FIT : 0;
    }

    @Override
    public Reply answer(Reading r, ToolCalls tools) {
        // Pull requests in other people's repositories are only ever the user's own (the store holds no others').
        String author = elsewhere(r) ? "me" : WorkSubjects.author(r);
        String scope = Say.readAs(whose(r, author), label(r).map(label -> "labelled '" + label + "'").orElse(""),
                Say.when(r.period(), "all time"), CommitScope.repoScope(r));
        if (r.matches("\\b(without (any |a |an )?(reviews?|approvals?|anyone reviewing|anybody reviewing|being reviewed|"
                + "a single review)|unreviewed|never (got )?reviewed|no reviews?|nobody reviewed|no one reviewed|not reviewed)\\b")
                && r.matches("\\bmerg\\w*")) {
            // "how many of my PRs were merged without anyone reviewing them"
            JsonNode stats = tools.call("get_pull_request_stats", statsArguments(r, tools, author));
            long merged = stats.get("merged").asLong();
            long bare = stats.get("merged_without_review").asLong();
            return Reply.of("**" + Say.plural(bare, "pull request") + "** " + (author.equals("me") ? "of yours " : "")
                    + "were merged without a review by someone else " + Say.when(r.period(), "in all").strip() + " (of "
                    + Say.number(merged) + " merged).", Say.readAs("merged pull requests with no review by someone else",
                    scope), List.of("How long do my PRs wait for a first review?"));
        }
        Optional<Order> order = order(r);
        if (order.isPresent()) {
            return ranked(r, tools, author, order.get());
        }
        if (r.matches("\\b(how long|how much time|how many (hours|days)|time to|wait|waiting|waits|fast|quickly|slow|"
                + "take to|takes to|turnaround|lead time|cycle time)\\b")) {
            return waits(r, tools, author, scope);
        }
        if (r.matches("\\b(biggest|largest|huge|hugest|most lines|size|sizes|how big|average size)\\b")) {
            return size(r, tools, author, scope);
        }
        if (r.matches("\\b(share|percent(age)?|proportion|fraction|ratio|rate|how often|what part)\\b")) {
            return outcomes(r, tools, author, scope);
        }
        if (r.measure() == Reading.Measure.LIST || r.matches("\\b(show|list|which|what are|latest|recent)\\b")) {
            return list(r, tools, author, scope);
        }
        return count(r, tools, author, scope);
    }

    /** One pull request picked by an order: the first, the latest, the most discussed, the slowest to merge… */
    private record Order(String sort, String title, String readAs, boolean mergedOnly) {
    }

    /**
     * The order a question picks pull requests in ("my first PR", "which PR had the most comments", "the PR that
     * took longest to merge"), when it asks for one or a top few rather than a count or a figure.
     */
    private static Optional<Order> order(Reading r) {
        if (r.matches("\\bhow many\\b|\\b(median|average|typical|mean|usually)\\b")) {
            return Optional.empty();
        }
        boolean single = asksForOne(r);
        boolean few = r.top().isPresent() || r.matches("\\b(show|list|what are|what were|give me)\\b");
        if (!single && !few) {
            return Optional.empty();
        }
        if (r.matches("\\bmost (comments|commented|discussed|discussion|talked about|debated|conversation)\\b"
                + "|\\b(longest|biggest|largest) (discussion|thread|conversation)\\b")) {
            return Optional.of(new Order("most_comments", "most discussed", "the most comments first", false));
        }
        if (r.matches("\\bmost files( changed| touched)?\\b|\\b(changed|touched) the most files\\b")) {
            return Optional.of(new Order("most_files", "widest (most files changed)", "the most files changed first", false));
        }
        if (r.matches("\\bmost (approvals|approved|approving reviews|lgtms?)\\b|\\bapproved by the most\\b")) {
            return Optional.of(new Order("most_approvals", "most approved", "the most approving reviews first", false));
        }
        if (r.matches("\\bmost (reviews|reviewed|review rounds|reviewers)\\b")) {
            return Optional.of(new Order("most_reviews", "most reviewed", "the most reviews first", false));
        }
        if (r.matches("\\b(took|taken|take|takes|waited|waiting) (the )?longest\\b|\\blongest (time )?to (get )?merged?\\b"
                + "|\\bslowest\\b|\\blongest (wait|time) (for|to|before) (a |the )?merge")) {
            return Optional.of(new Order("slowest_merge", "slowest to merge", "merged ones, the longest from opening to "
                    + "merge first", true));
        }
        if (r.matches("\\b(fastest|quickest|soonest)\\b|\\bmerged (the )?(fastest|quickest|soonest)\\b")) {
            return Optional.of(new Order("fastest_merge", "fastest to merge", "merged ones, the shortest from opening to "
                    + "merge first", true));
        }
        if (r.matches("\\b(biggest|largest|hugest|most lines|most changes)\\b")) {
            return Optional.of(new Order("largest", "largest", "the most lines added + deleted first", false));
        }
        if (r.matches("\\b(first|earliest|oldest|very first)\\b(?! (week|month|year|quarter|day|half)\\b)")) {
            return Optional.of(new Order("oldest", "first", "oldest opened first", false));
        }
        if (r.matches("\\b(latest|newest|most recent|most recently (opened|created|made))\\b|\\blast (pr|pull request|"
                + "pull-request)\\b|\\b(pr|pull request) (i|you) (opened|made|created|merged|did) last\\b")) {
            boolean merged = r.matches("\\b(merged|landed)\\b");
            return Optional.of(merged ? new Order("merged", "latest merged", "most recently merged first", true)
                    : new Order("newest", "latest", "newest opened first", false));
        }
        return Optional.empty();
    }

    /** "the PR", "which of my PRs": one pull request is asked for. */
    private static boolean asksForOne(Reading r) {
        return r.matches("\\b(pr|pull request|pull-request|merge request)\\b(?!s)")
                || r.matches("\\bwhich (one )?of (my|the|your|our|his|her|their) (prs|pull requests|pull-requests)\\b"
                + "|\\bwhich (single )?one\\b|\\bthe one (that|which)\\b");
    }

    /** "Your first pull request: **repo #12** …" — or the top few in that order. */
    private static Reply ranked(Reading r, ToolCalls tools, String author, Order order) {
        boolean single = asksForOne(r);
        int count = r.top().orElse(single ? 1 : 5);
        ObjectNode arguments = Say.range(tools.args(), r.period()).put("limit", Math.min(count, 100))
                .put("sort", order.sort());
        if (!author.equals("all")) {
            arguments.put("author", author);
        }
        String state = order.mergedOnly() ? "merged" : state(r);
        arguments.put("state", state);
        label(r).ifPresent(label -> arguments.put("label", label));
        r.repo().ifPresent(repo -> arguments.put("repo", repo));
        where(r, arguments);
        JsonNode result = tools.call("list_pull_requests", arguments);
        String stateWord = (state.equals("all") || order.mergedOnly() ? "" : state + " ") + (drafts(r) ? "draft " : "");
        String title = state.equals("open") && order.sort().equals("oldest") ? "oldest" : order.title();
        String readAs = Say.readAs(stateWord + "pull requests, " + order.readAs(), whose(r, author),
                label(r).map(label -> "labelled '" + label + "'").orElse(""), Say.when(r.period(), "all time"),
                CommitScope.repoScope(r));
        JsonNode items = result.get("pull_requests");
        String whose = author.equals("me") ? "Your " : author.equals("all") || author.equals("others") ? "The " : author + "'s ";
        if (items.isEmpty()) {
            return Reply.of("There is no " + (order.mergedOnly() ? "merged " : stateWord) + "pull request "
                    + (author.equals("me") ? "of yours " : List.of("all", "others").contains(author) ? "" : "by " + author + " ")
                    + Say.when(r.period(), "").strip() + (r.period().isPresent() ? " " : "") + "to pick from.",
                    readAs, List.of("How many of my PRs were merged this year?"));
        }
        if (count == 1) {
            JsonNode pr = items.get(0);
            return Reply.of(whose + title + " " + stateWord + "pull request " + Say.when(r.period(), "").strip()
                    + (r.period().isPresent() ? " " : "") + "is " + describe(pr) + ".", readAs,
                    List.of("How long do my PRs wait for a merge?", "Who reviews my code most?"));
        }
        StringBuilder text = new StringBuilder(whose + items.size() + " " + title + " " + stateWord
                + "pull requests" + (r.period().isPresent() ? " " + Say.when(r.period(), "").strip() : "") + ":\n");
        items.forEach(pr -> text.append("\n- ").append(describe(pr)));
        return Reply.of(text.toString(), readAs, List.of("How long do my PRs wait for a merge?"));
    }

    /** "**chat-server #12** "Add login" (by alice) — opened 2024-03-01, merged after 2.0 days; 4 comments, …". */
    static String describe(JsonNode pr) {
        StringBuilder text = new StringBuilder("**").append(pr.get("repo").asString()).append(" #")
                .append(pr.get("number").asInt()).append("** \"").append(pr.get("title").asString()).append("\"");
        if (pr.path("author").isString()) {
            text.append(" (by ").append(pr.get("author").asString()).append(")");
        }
        text.append(" — opened ").append(Say.day(pr.get("created_at")));
        if (pr.path("hours_to_merge").isNumber()) {
            text.append(", merged after ").append(WorkSubjects.duration(pr.get("hours_to_merge").asDouble()));
        } else {
            text.append(", ").append(pr.get("state").asString().equals("open") ? "still open"
                    : "closed without a merge");
        }
        if (pr.path("draft").asBoolean(false)) {
            text.append(" (draft)");
        }
        text.append("; ").append(Say.plural(pr.get("comments").asLong(), "comment")).append(", ")
                .append(Say.plural(pr.get("reviews").asLong(), "review")).append(reviewers(pr)).append(", +")
                .append(Say.number(pr.get("additions").asLong())).append("/−").append(Say.number(pr.get("deletions").asLong()))
                .append(" lines (").append(Say.number(pr.get("additions").asLong() + pr.get("deletions").asLong()))
                .append(" changed) in ").append(Say.plural(pr.get("changed_files").asLong(), "file"));
        return text.toString();
    }

    /** " (adabyte approved, hubot commented)": each reviewer with the state of their last review. */
    private static String reviewers(JsonNode pr) {
        List<String> said = new ArrayList<>();
        pr.path("reviewers").forEach(review -> said.add(review.get("login").asString() + " "
                + review.get("state").asString().replace("changes_requested", "requested changes")));
        return said.isEmpty() ? "" : " (" + String.join(", ", said) + ")";
    }

    private static ObjectNode statsArguments(Reading r, ToolCalls tools, String author) {
        ObjectNode arguments = Say.range(tools.args(), r.period()).put("author", author);
        r.repo().ifPresent(repo -> arguments.put("repo", repo));
        label(r).ifPresent(label -> arguments.put("label", label));
        return arguments;
    }

    /** "PRs labelled documentation", "with the label bug". */
    static Optional<String> label(Reading r) {
        Matcher labelled = IssueFamily.LABELLED.matcher(r.text());
        return labelled.find() ? Optional.of(labelled.group(1).trim()) : Optional.empty();
    }

    private static Reply waits(Reading r, ToolCalls tools, String author, String scope) {
        JsonNode stats = tools.call("get_pull_request_stats", statsArguments(r, tools, author));
        boolean review = r.matches("\\b(reviews?|reviewed|reviewer|first review|feedback)\\b");
        JsonNode times = stats.get(review ? "time_to_first_review_hours" : "time_to_merge_hours");
        String what = review ? "a first review" : "a merge";
        String readAs = Say.readAs(review ? "hours from opening to the first review by someone else, median and p90"
                : "hours from opening to merge, median and p90", scope);
        long count = times.get("count").asLong();
        if (count == 0) {
            return Reply.of("There is no pull request " + (review ? "with a review" : "merged") + " "
                    + Say.when(r.period(), "yet") + " to measure the wait for " + what + " on.", readAs,
                    List.of("How many of my PRs were merged this year?"));
        }
        if (r.matches("\\b(average|avg|mean|on average)\\b") && times.hasNonNull("mean")) {
            // "on average" asks for the mean; the median beside it says how skewed the waits are
            return Reply.of((author.equals("me") ? "Your pull requests wait" : "Pull requests wait") + " **"
                    + WorkSubjects.duration(times.get("mean").asDouble()) + "** on average (the mean) for " + what + " "
                    + Say.when(r.period(), "over all time") + "; the median is " + WorkSubjects.duration(times.get("median")
                    .asDouble()) + " and 90% get one within " + WorkSubjects.duration(times.get("p90").asDouble()) + " (over "
                    + Say.plural(count, "pull request") + ").", readAs.replace("median and p90", "mean, median and p90"),
                    List.of(review ? "How long do my PRs wait for a merge?" : "How long do my PRs wait for a first review?"));
        }
        String text = (author.equals("me") ? "Your pull requests wait" : "Pull requests wait") + " a median of **"
                + WorkSubjects.duration(times.get("median").asDouble()) + "** for " + what + " "
                + Say.when(r.period(), "over all time") + "; 90% get one within **"
                + WorkSubjects.duration(times.get("p90").asDouble()) + "** (over " + Say.plural(count, "pull request")
                + ").";
        return Reply.of(text, readAs, List.of(review ? "How long do my PRs wait for a merge?"
                : "How long do my PRs wait for a first review?", "Who reviews my code most?"));
    }

    private static Reply size(Reading r, ToolCalls tools, String author, String scope) {
        JsonNode stats = tools.call("get_pull_request_stats", statsArguments(r, tools, author));
        JsonNode size = stats.get("size");
        String readAs = Say.readAs("lines added + deleted of pull requests opened in the period", scope);
        if (size.get("count").asLong() == 0) {
            return Reply.of("There is no pull request " + Say.when(r.period(), "yet") + " to measure.", readAs, List.of());
        }
        JsonNode largest = size.get("largest");
        String text = "The median pull request changes **" + Say.plural(size.get("median_lines").asLong(), "line")
                + "** (p90: " + Say.number(size.get("p90_lines").asLong()) + ") and "
                + Say.plural(size.get("median_files").asLong(), "file") + "; the largest, in **"
                + largest.get("repo").asString() + "**, changes " + Say.plural(largest.get("lines").asLong(), "line")
                + " in " + Say.plural(largest.get("files").asLong(), "file") + ".";
        return Reply.of(text, readAs, List.of("How long do my PRs wait for a merge?"));
    }

    /** "What share of my PRs were merged": every pull request opened in the period, by how it ended. */
    private static Reply outcomes(Reading r, ToolCalls tools, String author, String scope) {
        long[] counts = new long[3];
        String[] states = {"merged", "unmerged", "open"};
        for (int i = 0; i < states.length; i++) {
            ObjectNode arguments = Say.range(tools.args(), r.period()).put("limit", 1).put("state", states[i]);
            label(r).ifPresent(label -> arguments.put("label", label));
            if (!author.equals("all")) {
                arguments.put("author", author);
            }
            r.repo().ifPresent(repo -> arguments.put("repo", repo));
            counts[i] = tools.call("list_pull_requests", arguments).get("total").asLong();
        }
        long all = counts[0] + counts[1] + counts[2];
        String readAs = Say.readAs("pull requests opened in the period, by how they ended", scope);
        if (all == 0) {
            return Reply.of("There is no pull request " + Say.when(r.period(), "yet").strip() + " to measure.", readAs,
                    List.of());
        }
        String whose = author.equals("me") ? "your " : author.equals("others") ? "other people's " : "the ";
        boolean closedAsked = r.matches("\\b(closed without|rejected|abandoned|not merged|unmerged|declined)\\b");
        int asked = closedAsked ? 1 : r.matches("\\b(still open|open)\\b") && !r.matches("\\bmerged\\b") ? 2 : 0;
        String[] said = {"merged", "closed without a merge", "still open"};
        String text = "**" + percent(counts[asked], all) + "** of " + whose + Say.plural(all, "pull request") + " "
                + Say.when(r.period(), "").strip() + (r.period().isPresent() ? " " : "") + (asked == 2 ? "are " : "were ")
                + said[asked] + " (" + Say.number(counts[asked]) + "). All of them: " + Say.number(counts[0])
                + " merged, " + Say.number(counts[1]) + " closed without a merge, " + Say.number(counts[2])
                + " still open.";
        return Reply.of(text, readAs, List.of("How long do my PRs wait for a merge?"));
    }

    private static String percent(long part, long all) {
        return String.format(Locale.ROOT, "%.1f%%", part * 100.0 / all);
    }

    private static Reply list(Reading r, ToolCalls tools, String author, String scope) {
        ObjectNode arguments = Say.range(tools.args(), r.period()).put("limit", r.top().orElse(10));
        if (!author.equals("all")) {
            arguments.put("author", author);
        }
        String state = state(r);
        arguments.put("state", state);
        label(r).ifPresent(label -> arguments.put("label", label));
        String kind = (state.equals("all") ? "" : state + " ") + (drafts(r) ? "draft " : "");
        if (state.equals("merged")) {
            arguments.put("date", "merged").put("sort", "merged");
        }
        r.repo().ifPresent(repo -> arguments.put("repo", repo));
        where(r, arguments);
        JsonNode result = tools.call("list_pull_requests", arguments);
        long total = result.get("total").asLong();
        String readAs = Say.readAs(kind + "pull requests, newest first", scope);
        if (total == 0) {
            return Reply.of("There are no " + kind + "pull requests " + (elsewhere(r) ? "of yours in other people's "
                    + "repositories " : "") + Say.when(r.period(), "") + ".", readAs, List.of());
        }
        StringBuilder text = new StringBuilder("**" + Say.number(total) + "** " + kind
                + (total == 1 ? "pull request" : "pull requests") + (elsewhere(r) ? " in other people's repositories" : "")
                + " " + Say.when(r.period(), "in all") + ":\n");
        for (JsonNode pr : result.get("pull_requests")) {
            text.append("\n- **").append(pr.get("repo").asString()).append("** #").append(pr.get("number").asInt())
                    .append(" ").append(pr.get("title").asString()).append(" — ").append(pr.get("state").asString())
                    .append(", opened ").append(Say.day(pr.get("created_at")));
        }
        if (total > result.get("pull_requests").size()) {
            text.append("\n\n(the ").append(result.get("pull_requests").size()).append(" newest shown)");
        }
        return Reply.of(text.toString(), readAs, List.of("How many of my PRs were merged this year?"));
    }

    private static Reply count(Reading r, ToolCalls tools, String author, String scope) {
        String state = state(r);
        if (drafts(r) || elsewhere(r)) {
            return countListed(r, tools, author, state);
        }
        if (state.equals("open")) {
            ObjectNode arguments = tools.args().put("state", "open").put("limit", 1);
            label(r).ifPresent(label -> arguments.put("label", label));
            if (!author.equals("all")) {
                arguments.put("author", author);
            }
            r.repo().ifPresent(repo -> arguments.put("repo", repo));
            long open = tools.call("list_pull_requests", arguments).get("total").asLong();
            return Reply.of((author.equals("me") ? "You have **" : "There are **") + Say.plural(open, "open pull request")
                    + "**" + r.repo().map(repo -> " in **" + repo + "**").orElse("") + " right now.",
                    Say.readAs("open pull requests now", WorkSubjects.whose(author), CommitScope.repoScope(r)),
                    List.of("How long do my PRs wait for a merge?"));
        }
        JsonNode stats = tools.call("get_pull_request_stats", statsArguments(r, tools, author));
        String when = Say.when(r.period(), "in all");
        String readAs = Say.readAs(state.equals("merged") ? "pull requests merged in the period"
                : "pull requests opened in the period", scope);
        if (state.equals("merged")) {
            long merged = stats.get("merged").asLong();
            String text = (author.equals("me") ? "**" + Say.plural(merged, "pull request") + "** of yours "
                    + (merged == 1 ? "was" : "were") : "**" + Say.plural(merged, "pull request") + "** "
                    + (merged == 1 ? "was" : "were")) + " merged " + when
                    + r.repo().map(repo -> " in **" + repo + "**").orElse("") + " (out of "
                    + Say.number(stats.get("opened").asLong()) + " opened; " + Say.number(stats.get("closed_unmerged").asLong())
                    + " closed without a merge).";
            return Reply.of(text, readAs, List.of("How long do my PRs wait for a merge?", "Who reviews my code most?"));
        }
        long opened = stats.get("opened").asLong();
        boolean person = !List.of("me", "others", "all").contains(author);
        String text = (author.equals("me") ? "You opened **" : person ? "**" + author + "** opened **" : "**")
                + Say.plural(opened, "pull request") + "**" + (author.equals("me") || person ? "" : " were opened") + " " + when
                + r.repo().map(repo -> " in **" + repo + "**").orElse("") + ": " + Say.number(stats.get("merged").asLong())
                + " merged in the same period, " + Say.number(stats.get("open_now").asLong()) + " still open.";
        return Reply.of(text, readAs, List.of("How many of my PRs were merged this year?"));
    }

    /** "draft PRs": only drafts. */
    static boolean drafts(Reading r) {
        return r.matches("\\bdrafts?\\b|\\bmarked as draft\\b|\\bwork[- ]in[- ]progress (prs?|pull requests?)\\b");
    }

    /** "PRs I sent to other people's repos", "my open-source contributions": pull requests outside the account's. */
    static boolean elsewhere(Reading r) {
        return r.matches("\\b(to|in|on|into|against|for) (other people('?s)?|others'?|someone else('?s)?|other|external|"
                + "third[- ]party|open[- ]source|upstream|foreign) (repos?|repositories|projects?|codebases?)\\b"
                + "|\\b(outside( of)?|not in|beyond) my (own )?(repos?|repositories|projects?|account|org|organi[sz]ation)\\b"
                + "|\\b(projects?|repos?|repositories) (outside|beyond|not on|not in) my (own )?(account|repos?|repositories)\\b"
                + "|\\bupstream( projects?| repos?)?\\b|\\b(that|which) (aren't|are not|i don't own|i do not own) mine\\b"
                + "|\\bopen[- ]source contributions?\\b|\\bcontribut\\w* (to|in) (other|open[- ]source|upstream)\\b"
                + "|\\belsewhere\\b|\\bexternal (prs?|pull requests?|contributions?)\\b");
    }

    /** The filters only list_pull_requests applies: drafts, other people's repositories. */
    private static void where(Reading r, ObjectNode arguments) {
        if (drafts(r)) {
            arguments.put("draft", true);
        }
        if (elsewhere(r)) {
            arguments.put("elsewhere", true);
        }
    }

    private static String whose(Reading r, String author) {
        return elsewhere(r) ? "your pull requests in other people's repositories" : WorkSubjects.whose(author)
                + (drafts(r) ? ", drafts only" : "");
    }

    /** "How many draft PRs do I have?", "How many PRs did I send to other people's repos in 2025?" */
    private static Reply countListed(Reading r, ToolCalls tools, String author, String state) {
        ObjectNode arguments = Say.range(tools.args(), r.period()).put("limit", 1).put("state", state);
        if (!author.equals("all")) {
            arguments.put("author", author);
        }
        label(r).ifPresent(label -> arguments.put("label", label));
        r.repo().ifPresent(repo -> arguments.put("repo", repo));
        where(r, arguments);
        long total = tools.call("list_pull_requests", arguments).get("total").asLong();
        String what = (state.equals("all") ? "" : state + " ") + (drafts(r) ? "draft " : "")
                + (total == 1 ? "pull request" : "pull requests");
        String where = elsewhere(r) ? " in other people's repositories" : "";
        String text = (author.equals("me") ? "You have **" : "There are **") + Say.number(total) + " " + what + "**" + where
                + (r.period().isPresent() ? " opened " + Say.when(r.period(), "").strip() : "")
                + r.repo().map(repo -> " in **" + repo + "**").orElse("") + ".";
        return Reply.of(text, Say.readAs(what + (r.period().isPresent() ? " opened in the period" : ""), whose(r, author),
                Say.when(r.period(), "all time"), CommitScope.repoScope(r)), List.of("How long do my PRs wait for a merge?"));
    }

    private static String state(Reading r) {
        if (r.matches("\\b(merged|merge|merges|got merged|landed|accepted)\\b")) {
            return "merged";
        }
        if (r.matches("\\b(open|opened still|still open|pending|outstanding|unmerged and open|waiting)\\b")
                && !r.matches("\\b(did|do|does|have|has|had)\\b[^?.!,]{1,30}\\bopen(ed)?\\b|\\b(i|they|people|others) opened\\b|"
                + "\\bopened\\b|\\bopen (a|an|the|my|new|some)\\b")) {
            return "open";
        }
        if (r.matches("\\b(rejected|closed without|unmerged|not merged|declined|abandoned)\\b")) {
            return "unmerged";
        }
        return "all";
    }
}
