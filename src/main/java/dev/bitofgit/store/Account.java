package dev.bitofgit.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A GitHub account as stored. {@code emails} are the author emails known to be this account's, lower case. */
public record Account(
        long id,
        Optional<String> nodeId,
        String login,
        Optional<String> name,
        Optional<String> bio,
        String htmlUrl,
        Optional<String> avatarUrl,
        List<String> emails,
        Optional<Instant> createdAt,
        String source) {

    public Account {
        requireNonNull(nodeId, "nodeId == null");
        requireNonNull(login, "login == null");
        requireNonNull(name, "name == null");
        requireNonNull(bio, "bio == null");
        requireNonNull(htmlUrl, "htmlUrl == null");
        requireNonNull(avatarUrl, "avatarUrl == null");
        emails = List.copyOf(emails);
        requireNonNull(createdAt, "createdAt == null");
        requireNonNull(source, "source == null");
    }

    public String loginKey() {
        return login.toLowerCase(Locale.ROOT);
    }
}
