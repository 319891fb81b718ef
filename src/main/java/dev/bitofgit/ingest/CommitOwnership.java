package dev.bitofgit.ingest;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a commit is the account's own work: GitHub linked the author to the account's login, or the
 * author email is one of the account's known emails (GitHub links no login for emails it does not know).
 */
public final class CommitOwnership {
    private CommitOwnership() {
    }

    public static boolean isOwn(String accountLogin, Collection<String> accountEmails, Optional<String> authorLogin,
                                Optional<String> authorEmail) {
        if (authorLogin.isPresent() && authorLogin.get().equalsIgnoreCase(accountLogin)) {
            return true;
        }
        return authorEmail
                .map(email -> email.toLowerCase(Locale.ROOT))
                .map(email -> accountEmails.stream().anyMatch(known -> known.equalsIgnoreCase(email)))
                .orElse(false);
    }
}
