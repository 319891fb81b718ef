package dev.bitofgit.store;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which commits are the account's own: GitHub linked the author to the login, or the author e-mail is one of
 * {@code emails} (the account's known addresses and the declared ones), or the author name is one of {@code names}
 * (declared) — and never a bot's (see {@link Bots}). Values are in {@link Identity#normalised} form.
 *
 * <p>The same rule runs in Java for commits as they are ingested and, set-based, in {@link IdentityStore} when the
 * identities change, so a later sync keeps what a declaration decided.
 */
public record Ownership(String loginKey, Set<String> emails, Set<String> names) {
    public Ownership {
        requireNonNull(loginKey, "loginKey == null");
        loginKey = loginKey.toLowerCase(Locale.ROOT);
        emails = Set.copyOf(emails);
        names = Set.copyOf(names);
    }

    public boolean isOwn(Optional<String> authorLogin, Optional<String> authorName, Optional<String> authorEmail) {
        if (Bots.isBot(authorLogin, authorName, authorEmail)) {
            return false;
        }
        return authorLogin.map(login -> login.equalsIgnoreCase(loginKey)).orElse(false)
                || authorEmail.map(Identity::normalised).map(emails::contains).orElse(false)
                || authorName.map(Identity::normalised).map(names::contains).orElse(false);
    }
}
