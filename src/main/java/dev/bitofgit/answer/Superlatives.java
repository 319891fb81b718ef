package dev.bitofgit.answer;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which superlative a question asks for over repositories, if any: what is ranked, and which end of the ranking. */
record Superlatives(String dimension, boolean highest) {
    /**
     * Dimensions: commits, created, stars, forks, lines, additions, deletions, people, size, last_commit, files,
     * files_changed, readme_length, pull_requests, merged_pull_requests, reviews, issues, open_issues, watchers, merges,
     * active_days; "unknown:word" when the superlative ranks by something no tool measures.
     */
    static Optional<Superlatives> of(Reading r) {
        boolean overRepos = r.mentionsRepos() || r.matches("\\bwhich (one|of them|of those|of these)\\b|^where (do|did|have) i\\b");
        // "the most common topic / language / license across my repos" ranks those, not repositories
        boolean otherSubject = r.matches("\\b(most|least|fewest)( \\w+)? (topics?|languages?|licen[cs]es?|technolog(y|ies)|"
                + "frameworks?|tags?)\\b|\\b(topics?|languages?|licen[cs]es?|technolog(y|ies)|frameworks?) (appears?|is "
                + "used|are used|shows? up)( in)? (the )?(most|least|fewest)\\b")
                || r.matches("^(which|what) (topic|language|licen[cs]e|technology|framework|tool|library|ci system|"
                + "test framework)s? (do|does|did|is|are|appears?|shows?|i)\\b(?!.*\\b(my|the|your) (\\w+ )?(repo|repository|"
                + "project)\\b(?!s))");
        if (!overRepos || otherSubject) {
            return Optional.empty();
        }
        // "… for my review, where did I commit the most?": the verb says what is counted, whatever else the sentence names
        if (r.matches("\\b(commit|commits|committed|push|pushed)( to| in)? (the )?(most|least|fewest)\\b")) {
            return Optional.of(new Superlatives("commits", !r.matches("\\b(least|fewest)\\b")));
        }
        if (r.matches("\\b(oldest|earliest|first (created|made|repo|repository|project)|(create|created|made|make|"
                + "start|started|begin|began) first|longest[- ]running)\\b")
                || r.matches("\\bfirst (one )?(that )?(i )?(ever )?(created|made|started|set up)\\b")) {
            return Optional.of(new Superlatives("created", false));
        }
        if (r.matches("\\b(newest|most recently (created|made|started)|latest (created|repo|repository|project)|"
                + "created (most )?recently|last created|created last|youngest|brand new)\\b")
                || r.matches("\\b(most recent|latest|last|newest)\\b.*\\b(started|created|made|began|begun|set up|"
                + "spun up|kicked off)\\b") || r.matches("\\b(start|started|create|created|make|made|began|begin) (most )?recently\\b")) {
            return Optional.of(new Superlatives("created", true));
        }
        if (r.matches("\\b(very )?first commits?\\b") && r.matches("\\b(most recent(ly)?|latest|newest|last|youngest|"
                + "earliest|oldest|first)\\b.*\\b(first commits?|got|started|received)\\b|\\b(first commits?)\\b.*\\b(most "
                + "recent(ly)?|latest|newest|earliest|oldest)\\b")) {
            return Optional.of(new Superlatives("first_commit", !r.matches("\\b(earliest|oldest|longest ago)\\b")));
        }
        if (r.matches("\\b(longest|most time) (without|since)\\b|\\bleast recently (active|touched|updated|committed|"
                + "worked)\\b|\\b(most neglected|stalest|most stale)\\b")) {
            return Optional.of(new Superlatives("last_commit", false));
        }
        if (r.matches("\\b(most recently|last) (active|updated|committed|touched|worked|pushed)\\b")
                || r.matches("\\b(which|what) (repo|repository|project) did i (touch|work on|commit to|push to|update) "
                + "(last|most recently)\\b")
                || r.matches("\\b(latest|most recent) (activity|commit)\\b")) {
            return Optional.of(new Superlatives("last_commit", true));
        }
        boolean least = r.matches("(?<!at )\\b(least|fewest|lowest|smallest number|quietest)\\b");
        boolean most = least || r.matches("\\b(most(?! (of (the|its|their|my) )?(code|bytes|source))|top(?! language)|busiest|highest|biggest|largest|best|popular|smallest|tiniest|lightest|heaviest|"
                + "favou?rite)\\b") || r.matches("\\bmain (repo|repository|project)\\b") || !r.top().isEmpty()
                || r.matches("\\b(longest|shortest|most detailed) readmes?\\b");
        if (!most) {
            return Optional.empty();
        }
        return Optional.of(measure(r, least));
    }

    /**
     * What a question measures repositories by, whether or not it ranks them ("how many pull requests does each repo
     * have"): the dimension, from the words that name it; commits when none does.
     */
    static Superlatives measure(Reading r, boolean least) {
        if (r.matches("\\b(size|on disk|disk space|kb|mb|megabytes|kilobytes|storage|heaviest|lightest)\\b")) {
            return new Superlatives("size", !least && !r.matches("\\b(smallest|lightest|tiniest)\\b"));
        }
        if (r.any("stars", "star", "starred", "popular", "stargazers")) {
            return new Superlatives("stars", !least);
        }
        if (r.matches("\\b(forks|forked)\\b") && r.matches("\\b(most|fewest|least) (forks|forked)\\b")) {
            return new Superlatives("forks", !least);
        }
        if (r.matches("\\b(contributors|people|authors|collaborators|committers|developers|devs)\\b")) {
            return new Superlatives("people", !least);
        }
        if (r.matches("\\b(lines? added|added the most|most additions|additions)\\b")) {
            return new Superlatives("additions", !least);
        }
        if (r.matches("\\b(lines? (deleted|removed)|deleted the most|most deletions|deletions)\\b")) {
            return new Superlatives("deletions", !least);
        }
        if (r.any("lines", "churn", "loc")) {
            return new Superlatives("lines", !least);
        }
        if (r.matches("\\bautomation( score)?\\b|\\bmost automated\\b")) {
            return new Superlatives("automation_score", !least && !r.matches("\\b(worst|lowest)\\b"));
        }
        if (r.matches("\\b(coding standards?|code quality)( score)?\\b")) {
            return new Superlatives("coding_standards_score", !least && !r.matches("\\b(worst|lowest)\\b"));
        }
        if (r.matches("\\borgani[sz]ation( score)?\\b|\\bbest organi[sz]ed\\b|\\bmost organi[sz]ed\\b")) {
            return new Superlatives("organization_score", !least && !r.matches("\\b(worst|lowest)\\b"));
        }
        if (r.matches("\\b(readme|readmes)\\b") && r.matches("\\b(longest|shortest|biggest|largest|smallest|most "
                + "detailed|longer|shorter)\\b")) {
            return new Superlatives("readme_length", !r.matches("\\b(shortest|smallest|shorter)\\b"));
        }
        if (r.matches("\\b(files? changes|files? changed|changed the most files)\\b")) {
            return new Superlatives("files_changed", !least);
        }
        if (r.matches("\\bfiles\\b")) {
            return new Superlatives("files", !least);
        }
        if (r.matches("\\b(merged (pull requests|prs|pulls))\\b")) {
            return new Superlatives("merged_pull_requests", !least);
        }
        if (r.matches("\\b(open|still open|pending|outstanding) (pull requests|prs|pulls)\\b|\\b(pull requests|prs) "
                + "(still )?open\\b")) {
            return new Superlatives("open_pull_requests", !least);
        }
        if (r.matches("\\b(pull requests?|prs?|pulls)\\b")) {
            return new Superlatives("pull_requests", !least);
        }
        if (r.matches("\\breviews?|reviewed\\b")) {
            return new Superlatives("reviews", !least);
        }
        if (r.matches("\\bopen issues\\b|\\bissues (still )?open\\b|\\bunresolved issues\\b")) {
            return new Superlatives("open_issues", !least);
        }
        if (r.matches("\\b(closed|resolved|fixed|solved) issues\\b|\\bissues (got |were |was )?(closed|resolved|fixed|"
                + "solved)\\b|\\b(closed|resolved|fixed|solved) the most issues\\b")) {
            return new Superlatives("closed_issues", !least);
        }
        if (r.matches("\\bissues\\b")) {
            return new Superlatives("issues", !least);
        }
        if (r.matches("\\bwatchers|watched\\b")) {
            return new Superlatives("watchers", !least);
        }
        if (r.matches("\\b(merges|merge commits)\\b")) {
            return new Superlatives("merges", !least);
        }
        if (r.matches("\\b(days|active days|most time|spent the most|spend the most|spent most|spend most)\\b")) {
            return new Superlatives("active_days", !least);
        }
        Optional<String> unknown = unknownMeasure(r);
        if (unknown.isPresent()) {
            return new Superlatives("unknown:" + unknown.get(), !least);
        }
        return new Superlatives("commits", !least);
    }

    /** Words after "most" that rank by commits, or that are no measure at all ("most often", "most in 2024"). */
    private static final Set<String> COMMIT_WORDS = Set.of("commits", "commit", "committed",
            "active", "activity", "work", "worked", "working", "changes", "changed", "contributions", "contributed",
            "pushes", "pushed", "often", "frequently", "recently", "lately", "actively", "used", "touched", "updated",
            "edited", "developed", "code", "coding", "effort", "attention", "love", "time", "energy", "busy", "busiest",
            "important", "valuable", "significant", "successful", "impressive", "interesting", "favourite", "favorite",
            "recent", "popular", "starred", "forked", "forks", "stars", "of", "in", "on", "at", "to", "this", "last",
            "during", "since", "for", "by", "overall", "ever", "so", "far", "and", "or", "the", "my", "i", "me", "from",
            "with", "across", "than", "repo", "repos", "repository", "repositories", "project", "projects", "one", "3",
            "bug", "fixes", "fix", "features", "refactors", "refactoring", "night", "mornings", "weekends", "do",
            "did", "have", "has", "is", "are", "was", "were", "get", "got", "gets", "receive", "received", "lines",
            "additions", "deletions", "people", "contributors", "collaborators", "size", "space", "kb", "mb");

    /**
     * The noun a superlative ranks by when it is none this family knows ("the most dependencies", "the most
     * open branches"): better said than silently ranked by commits.
     */
    private static Optional<String> unknownMeasure(Reading r) {
        Matcher most = Regex.of("\\b(most|least|fewest|highest|lowest|greatest)"
                + "\\s+(?:number of |amount of |count of )?([a-z][a-z-]+)").matcher(r.text());
        while (most.find()) {
            String word = most.group(2);
            if (!COMMIT_WORDS.contains(word) && !Lexicon.COMMON.contains(word) && r.language().isEmpty()
                    && r.technology().isEmpty() && r.signals().isEmpty() && !r.text().matches("(?s).*\\bby "
                    + "(commits|activity)\\b.*") && !CommitKindFamily.kindCondition(r).isPresent()
                    && RhythmFamily.parts(r).isEmpty() && !r.matches("\\b(most|least) (\\w+ )?(active|recently)\\b")) {
                return Optional.of(word);
            }
        }
        return Optional.empty();
    }
}
