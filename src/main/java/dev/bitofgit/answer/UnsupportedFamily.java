package dev.bitofgit.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Questions about data the store does not hold (followers, GitHub releases, sponsors, traffic, pay): say so,
 * and what it does hold, instead of answering a different question.
 */
final class UnsupportedFamily implements Family {
    private static final String TOPICS = "\\b(followers?|following|gists?|github releases?|(published|tagged) releases?|"
            + "releases? (page|notes|published|tagged|on github)|releases?\\b.{0,40}\\b(publish\\w*|shipped|cut)\\b|how many releases|"
            + "(latest|last|newest|first) (github )?release\\b|(ci|build|pipeline|workflow|actions?) (run )?(durations?|run ?times?|"
            + "minutes)|(runs?|builds?|pipelines?|workflows?|jobs?)\\b.{0,20}\\b(take|took|lasted)\\b|sponsors?|sponsers?|sponsorships?|\\$\\$+|discussions?|packages|deployments?|stargazers who|who starred|page views|traffic|clones|"
            + "(gain(ed)?|grew|growth|new|lost) (stars|followers)|stars?\\b.{0,40}\\b(gain|gained|grow|grew|growth|history|"
            + "over time)|(salary|salaries|earn(ed|ing|s)?(?![^?.!]{0,30}\\bstars?\\b)|income|paid|money)|(hours|time)\\b.{0,30}\\b(spend|spent)|"
            + "time tracking|wakatime|test coverage|code coverage|coverage (percentage|percent|report)|cloned|clone count|ci runs?|(builds?|"
            + "pipelines?|workflows?|runs?) (failed|failing|fail|fails|passed|succeeded|broke|broken)|(failed|failing|broken) (builds?|pipelines?|"
            + "ci runs?|workflows?)|downloads?|installs?|profile (views?|visits?|visitors?)|visits|visitors|"
            + "unfollow\\w*|vacations?|on leave|pto|meetings?|jira|slack|gpg|pgp|ssh keys?|deploy keys?|(personal )?access tokens?|api tokens?|2fa|two[- ]factor|(rank|ranking|ranked|place|compare|compared)\\b.{0,40}\\b(among|against|to|with) (all |other )?(github users|developers|devs|users|people in)|leaderboard|in my country|ssh[- ]signed|signed (commits?|tags?|off)|"
            + "(commit )?signatures?|signing key|verified (commits?|badge)|dependabot|security (alerts?|advisor(y|ies)|"
            + "vulnerabilit(y|ies))|vulnerabilit(y|ies)|cves?|visiters?|looking at my (profile|page|account)|"
            + "starr?e?d\\b.{0,40}\\b(last|this|past|previous) (week|month|year|day)|(personally|myself) (close|closed|closing|resolved?)|"
            + "clos(e|ed) (\\w+ ){0,3}(myself|personally)|who closed)\\b";

    /** Advice, opinions and predictions: not facts the store holds. */
    private static final String ADVICE = "^(should i|shall i|would you recommend|what should i|which should i|do you "
            + "think|is it (worth|a good idea))\\b|\\b(recommend|advice|advise|opinion|predict|predicted|prediction|forecast|"
            + "will i|going to be|will (it|they|that|this|my \\w+) (be|have|get|become)|will be|in the future)\\b"
            + "|\\b(next|coming) (year|month|week|quarter)\\b(?!.*\\b(last|did|was|were|had)\\b)";

    @Override
    public int fit(Reading r) {
        // who closed an issue is not recorded: "issues I personally closed" is not "issues closed"
        if (r.matches("\\b(personally|myself) (close|closed|closing|resolved?)\\b|\\bclos(e|ed) (\\w+ ){0,3}(myself|"
                + "personally)\\b|\\bwho closed\\b")) {
            return 92;
        }
        return r.matches(TOPICS) || r.matches(ADVICE) ? 82 : 0;
    }

    @Override
    public Reply answer(Reading r, ToolCalls tools) {
        if (!r.matches(TOPICS)) {
            return Reply.of("That asks for advice or a prediction, and I only answer from the facts of your "
                    + "repositories and commits. I can tell you what you have used and how much — for example which "
                    + "languages you use most, or how many commits you made in each.", "advice or a prediction, which "
                    + "the store cannot give", Examples.STARTERS);
        }
        Matcher matcher = Regex.of(TOPICS).matcher(r.text());
        String what = !matcher.find() ? "that" : matcher.group(1).matches("(?s).*\\b(salary|salaries|earn|earned|"
                + "income|paid|money)\\b.*") ? "income or pay" : matcher.group(1).matches("(?s).*\\b(spend|spent|tracking|"
                + "wakatime)\\b.*") ? "time spent coding (only commit times)" : matcher.group(1).matches("(?s).*\\b(gain|"
                + "gained|grow|grew|growth|history|over time|lost|new)\\b.*") ? "how stars or followers changed over time "
                + "(only today's counts)" : matcher.group(1).matches("unfollow\\w*") ? "followers (who follows or "
                + "unfollowed you)" : matcher.group(1).matches("(?s).*\\b(vacations?|on leave|pto)\\b.*") ? "when you were on "
                + "vacation or away" : matcher.group(1).matches("profile (views?|visits?|visitors?)|visits|visitors")
                ? "profile or repository visits (GitHub's traffic)"
                : matcher.group(1).matches("(?s).*\\breleases?\\b.*") ? "GitHub releases (only commits, pull requests "
                + "and issues)" : matcher.group(1).matches("(?s).*\\b(runs?|builds?|pipelines?|workflows?|jobs?|durations?|"
                + "minutes|took|take|lasted)\\b.*") ? "CI runs and how long they take (only which CI each repository uses)"
                : matcher.group(1);
        return Reply.of("I'm not sure — BitofGit does not hold data about " + what + ": it stores your repositories "
                + "(with their languages, files, README, signals, stars and forks counts), their full commit "
                + "history, pull requests, reviews and issues, nothing else from GitHub. I can answer questions about those instead.",
                "a question about " + what + ", which the store does not hold", Examples.STARTERS);
    }
}
