package dev.bitofgit.answer;

import tools.jackson.databind.node.ObjectNode;

/**
 * Which commits a commit question is about: the user's own unless it says everyone's — except for one repository,
 * where "how many commits does X have" means all of them unless it says "I" or "my commits".
 */
record CommitScope(boolean own, String whose) {
    static CommitScope of(Reading r) {
        boolean own = r.own().orElse(r.repos().isEmpty());
        return new CommitScope(own, own ? "your own commits" : "everyone's commits");
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
