package dev.bitofgit.answer;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How questions name pull requests, reviews and issues, and whose they mean — shared by {@link PullRequestFamily},
 * {@link ReviewFamily} and {@link IssueFamily}. Their fit (88) is above {@link UnsupportedFamily}'s (82), which
 * answered these subjects before the store held them.
 */
final class WorkSubjects {
    static final int FIT = 88;
    static final String PULL_REQUESTS = "\\b(pull requests?|pull reqs?|prs?|merge requests?|mrs)\\b";
    static final String REVIEWS = "\\b(reviews?|reviewed|reviewers?|reviewing|approvals?|approved|approves|"
            + "changes requested|requested changes)\\b";
    static final String ISSUES = "\\b(issues?|bugs? reports?|tickets?|open bugs?|feature requests?)\\b|\\bbugs? (were |was "
            + "|are |is )?(reported|filed|opened|open|raised)\\b";

    private WorkSubjects() {
    }

    /** "Which repo has the most pull requests": a ranking of repositories, which RepoRankFamily answers. */
    static boolean ranksRepos(Reading r) {
        return r.mentionsRepos() && Superlatives.of(r).map(s -> Set.of("pull_requests", "merged_pull_requests",
                "open_pull_requests", "reviews", "issues", "closed_issues").contains(s.dimension())).orElse(false)
                || r.matches("\\b(per|each|every|by) (repo|repository|project)\\b|\\bbroken down by (repo|repository)\\b")
                || r.mentionsRepos() && r.matches("\\b(more than|over|above|at least|fewer than|less than|under|below|"
                + "at most|no more than|exactly) \\d");
    }

    static boolean pullRequests(Reading r) {
        return r.matches(PULL_REQUESTS);
    }

    static boolean reviews(Reading r) {
        return r.matches(REVIEWS) || r.matches("\\bwho (reviews|looks at|checks) my (code|work|changes)\\b");
    }

    static boolean issues(Reading r) {
        return r.matches(ISSUES);
    }

    /**
     * Whose pull requests: "me" for "my PRs" / "did I merge", "others" for other people's on the user's repositories,
     * "all" when the question names nobody (everyone's on the user's repositories, and the user's elsewhere).
     */
    /** "did dependabot open", "has linusbranch sent", "PRs by monalisa": a person named as the one who opened them. */
    private static final Pattern NAMED = Pattern.compile("\\b(?:did|has|have) @?([a-z0-9]"
            + "[a-z0-9-]{1,38}) (?:open|opened|create|created|submit|submitted|send|sent|file|filed|raise|raised|make|made)\\b"
            + "|\\b(?:prs?|pull requests?|issues?) (?:by|from|of) @?([a-z0-9][a-z0-9-]{1,38})\\b"
            + "|\\b(?:prs?|pull requests?|issues?) (?:that |which )?@?([a-z0-9][a-z0-9-]{1,38}) (?:has |had |have )?"
            + "(?:opened|created|submitted|sent|filed|raised|made)\\b"
            + "|(?<![\\w-])@?([a-z0-9][a-z0-9-]{1,38})'s (?:(?:first|last|latest|oldest|newest|open|merged|biggest|largest) )?"
            + "(?:prs?|pull requests?|issues?)\\b");
    private static final Set<String> NOT_PEOPLE = Set.of("i", "you", "we", "they", "he", "she",
            "it", "me", "my", "others", "other", "someone", "anyone", "people", "everyone", "somebody", "anybody",
            "the", "a", "any", "all", "each", "contributors", "collaborators", "outsiders", "users", "strangers");

    static String author(Reading r) {
        if (r.author().isPresent()) {
            return r.author().get();
        }
        Matcher named = NAMED.matcher(r.text());
        if (named.find()) {
            String login = named.group(1) != null ? named.group(1) : named.group(2) != null ? named.group(2)
                    : named.group(3) != null ? named.group(3) : named.group(4);
            // "PRs from 2025", "issues from last year": a period, not a person
            boolean period = login.matches("\\d+|last|this|next|today|yesterday|january|february|march|april|may|june|"
                    + "july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec");
            if (!period && !NOT_PEOPLE.contains(login) && !Lexicon.COMMON.contains(login)) {
                return login;
            }
        }
        if (r.matches("\\b(others|other people|someone else|contributors?|collaborators?|external|outside)\\b")
                || r.matches("\\b(to|on|in|against|into|for) (my|your) (repos?|repositories|projects?|code ?base)\\b")
                || r.matches("\\b(did i|have i|i) (receive|received)\\b")) {
            return r.matches("\\b(my|mine|i|me)\\b pull|\\bmy (prs?|pull requests?)\\b") ? "me" : "others";
        }
        return r.matches("\\b(my|mine|i|me|i've|i'd|myself)\\b") ? "me" : "all";
    }

    /** "your", "other people's", "all" pull requests, for the honesty line. */
    static String whose(String author) {
        return switch (author) {
            case "me" -> "your own pull requests (in any repository)";
            case "others" -> "other people's pull requests on your repositories";
            case "all" -> "every pull request on your repositories and yours elsewhere";
            default -> "pull requests by " + author;
        };
    }

    /** Hours in words: "5.2 hours", "3.1 days" beyond two days. */
    static String duration(double hours) {
        if (hours < 48) {
            return String.format(Locale.ROOT, "%.1f hours", hours);
        }
        return String.format(Locale.ROOT, "%.1f days", hours / 24);
    }
}
