package dev.bitofgit.github;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/** A GitHub user as GET /users/{login} or GET /user describes it. */
public record GitHubUser(
        long id,
        String nodeId,
        String login,
        Optional<String> name,
        Optional<String> bio,
        Optional<String> email,
        String htmlUrl,
        Optional<String> avatarUrl,
        Optional<Instant> createdAt) {

    public GitHubUser {
        requireNonNull(nodeId, "nodeId == null");
        requireNonNull(login, "login == null");
        requireNonNull(htmlUrl, "htmlUrl == null");
    }
}
