package dev.bitofgit.answer;

import tools.jackson.databind.node.ObjectNode;

/**
 * Which commits a commit question is about: the user's own unless it says everyone's — except for one repository,
 * where "how many commits does X have" means all of them unless it says "I" or "my commits".
 */
record CommitScope(boolean own, String whose) {
    static CommitScope of(Reading r) {
        // About one repository, only words tied to the commits make them the user's ("my commits", "did I make");
        // an "I" in a sentence of context does not.
        boolean own = r.repos().isEmpty() ? r.own().orElse(true)
                : !r.own().equals(java.util.Optional.of(false)) && explicitlyMine(r);
        return new CommitScope(own, own ? "your own commits" : "everyone's commits");
    }

    static boolean explicitlyMine(Reading r) {
        return r.matches("\\bmy\\b[^.?!,]{0,25}\\b(commits?|changes|work|contributions?|push|pushes)\\b|\\bcommits? (that )?i "
                + "(made|pushed|wrote|authored|did)\\b|\\b(did|do|have|had) i\\b|\\bi (last |ever |first |recently |"
                + "most recently )?(made|pushed|committed|contributed|added|wrote|deleted|touched|worked|did|changed|"
                + "edited|modified|updated|stopped|started|began|hacked|coded|shipped|fixed)\\b|\\bby me\\b|\\bmine\\b|\\bmy own\\b");
    }

    /** repo, period, own_only and time_zone arguments. */
    ObjectNode arguments(Reading r, ObjectNode arguments, boolean zoned) {
        r.repo().ifPresent(repo -> arguments.put("repo", repo));
        Say.range(arguments, r.period());
        arguments.put("own_only", own);
        if (zoned) {
            r.zone().ifPresent(zone -> arguments.put("time_zone", zone.id()));
        }
        return arguments;
    }

    String readAs(Reading r, boolean zoned) {
        return Say.readAs(whose, Say.when(r.period(), "all time"), zoned ? Say.zone(r.zone()) : "",
                Say.repoScope(r.repo()));
    }
}
