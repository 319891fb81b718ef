package dev.bitofgit.ingest;

import dev.bitofgit.store.Identity;
import dev.bitofgit.store.Ownership;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether a commit is the account's own before any identity is declared: GitHub linked the author to the
 * account's login, or the author email is one of the account's known emails (GitHub links no login for emails it
 * does not know) — and a bot's commit never is. Declared identities widen this rule ({@link Ownership}).
 */
public final class CommitOwnership {
    private CommitOwnership() {
    }

    public static boolean isOwn(String accountLogin, Collection<String> accountEmails, Optional<String> authorLogin,
                                Optional<String> authorEmail) {
        Set<String> emails = accountEmails.stream().map(Identity::normalised).collect(Collectors.toSet());
        return new Ownership(accountLogin, emails, Set.of()).isOwn(authorLogin, Optional.empty(), authorEmail);
    }
}
