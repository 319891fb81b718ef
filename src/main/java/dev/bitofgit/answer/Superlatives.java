package dev.bitofgit.answer;

import java.util.Optional;

/** Which superlative a question asks for over repositories, if any: what is ranked, and which end of the ranking. */
record Superlatives(String dimension, boolean highest) {
    /** Dimensions: commits, created, stars, forks, lines, additions, deletions, people, size, last_commit. */
    static Optional<Superlatives> of(Reading r) {
        boolean overRepos = r.mentionsRepos() || r.matches("\\bwhich (one|of them)\\b");
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
                + "favou?rite)\\b") || r.matches("\\bmain (repo|repository|project)\\b") || !r.top().isEmpty();
        if (!most) {
            return Optional.empty();
        }
        if (r.matches("\\b(size|on disk|disk space|kb|mb|megabytes|kilobytes|storage|heaviest|lightest)\\b")) {
            return Optional.of(new Superlatives("size", !least && !r.matches("\\b(smallest|lightest|tiniest)\\b")));
        }
        if (r.any("stars", "star", "starred", "popular", "stargazers")) {
            return Optional.of(new Superlatives("stars", !least));
        }
        if (r.matches("\\b(forks|forked)\\b") && r.matches("\\b(most|fewest|least) (forks|forked)\\b")) {
            return Optional.of(new Superlatives("forks", !least));
        }
        if (r.matches("\\b(contributors|people|authors|collaborators|committers|developers|devs)\\b")) {
            return Optional.of(new Superlatives("people", !least));
        }
        if (r.matches("\\b(lines? added|added the most|most additions|additions)\\b")) {
            return Optional.of(new Superlatives("additions", !least));
        }
        if (r.matches("\\b(lines? (deleted|removed)|deleted the most|most deletions|deletions)\\b")) {
            return Optional.of(new Superlatives("deletions", !least));
        }
        if (r.any("lines", "churn", "loc")) {
            return Optional.of(new Superlatives("lines", !least));
        }
        return Optional.of(new Superlatives("commits", !least));
    }
}
