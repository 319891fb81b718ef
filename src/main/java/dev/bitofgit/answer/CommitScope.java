package dev.bitofgit.answer;

import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * Which commits a commit question is about: one person's when it names them; the user's own unless it says
 * everyone's — except for one repository, where "how many commits does X have" means all of them unless it says "I"
 * or "my commits".
 */
record CommitScope(boolean own, String whose, Optional<String> author) {
    CommitScope(boolean own, String whose) {
        this(own, whose, Optional.empty());
    }

    static CommitScope of(Reading r) {
        if (r.author().isPresent()) {
            return new CommitScope(false, "commits by " + r.author().get(), r.author());
        }
        // About one repository, only words tied to the commits make them the user's ("my commits", "did I make");
        // an "I" in a sentence of context does not.
        boolean own = r.repos().isEmpty() ? r.own().orElse(true) && !(withoutBots(r) && !explicitlyMine(r))
                : !r.own().equals(Optional.of(false)) && explicitlyMine(r);
        return new CommitScope(own, own ? "your own commits" : withoutBots(r) ? "everyone's commits except bots'"
                : "everyone's commits");
    }

    /** "excluding bots", "humans only", "not counting dependabot": everyone's commits, bots left out. */
    static boolean withoutBots(Reading r) {
        return r.matches("\\b(excluding|exclude|without|except|minus|ignoring|ignore|not counting|leave out|leaving out|"
                + "no|filter out|filtering out|skip|skipping) (the |any |all )?(bots?|dependabot|renovate|github-actions|"
                + "automated commits?|automation)\\b|\\bhumans? only\\b|\\bonly humans?\\b|\\bbots? (excluded|left out)\\b|"
                + "\\breal people\\b");
    }

    /** Who made the commits, to start a sentence: "You", "**hubot**", "Everyone". */
    String subject() {
        return own ? "You" : author.map(person -> "**" + person + "**").orElse("Everyone");
    }

    /** "Your", "hubot's", "The". */
    String possessive() {
        return own ? "Your" : author.map(person -> person + "'s").orElse("The");
    }

    static boolean explicitlyMine(Reading r) {
        return r.matches("\\bmy\\b[^.?!,]{0,25}\\b(commits?|changes|work|contributions?|push|pushes)\\b|\\bcommits? (that )?i "
                + "(made|pushed|wrote|authored|did)\\b|\\b(did|do|have|had) i\\b|\\bi('ve| have|'d| had)? (last |ever |first |recently |"
                + "most recently )?(made|pushed|committed|contributed|added|wrote|deleted|touched|worked|did|changed|"
                + "edited|modified|updated|stopped|started|began|hacked|coded|shipped|fixed)\\b|\\bby me\\b|\\bmine\\b|\\bmy own\\b|\\b(commits?|push(es)?|changes?) (from|of) (me|mine)\\b");
    }

    /** repo, period, own_only and time_zone arguments. */
    ObjectNode arguments(Reading r, ObjectNode arguments, boolean zoned) {
        where(r, arguments);
        Say.range(arguments, r.period());
        arguments.put("own_only", own);
        author.ifPresent(person -> arguments.put("author", person));
        if (!own && author.isEmpty() && withoutBots(r)) {
            arguments.put("exclude_bots", true);
        }
        if (zoned) {
            r.zone().ifPresent(zone -> arguments.put("time_zone", zone.id()));
        }
        return arguments;
    }

    /** The repo argument for one repository, or repos for the set the question's filters select. */
    static ObjectNode where(Reading r, ObjectNode arguments) {
        r.repo().ifPresent(repo -> arguments.put("repo", repo));
        if (r.repo().isEmpty()) {
            r.repoSet().ifPresent(set -> set.names().forEach(arguments.withArray("repos")::add));
        }
        return arguments;
    }

    String readAs(Reading r, boolean zoned) {
        return Say.readAs(whose, Say.when(r.period(), "all time"), zoned ? Say.zone(r.zone()) : "", repoScope(r));
    }

    /** "all repositories", "repository X" or "your 3 private repositories (a, b, c)". */
    static String repoScope(Reading r) {
        return r.repo().isEmpty() && r.repoSet().isPresent() ? r.repoSet().get().label() : Say.repoScope(r.repo());
    }
}
