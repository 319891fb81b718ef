package dev.bitofgit.github;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One repository of a listing (GET /users/{login}/repos or GET /user/repos). */
public record GitHubRepo(
        long id,
        String name,
        String ownerLogin,
        Optional<String> description,
        String htmlUrl,
        boolean isPrivate,
        boolean fork,
        boolean archived,
        String defaultBranch,
        Instant createdAt,
        Instant updatedAt,
        Optional<Instant> pushedAt,
        int stars,
        int forks,
        int watchers,
        int openIssues,
        int sizeKb,
        List<String> topics,
        Optional<String> licenseSpdx,
        Optional<String> language) {

    public GitHubRepo {
        requireNonNull(name, "name == null");
        requireNonNull(ownerLogin, "ownerLogin == null");
        requireNonNull(defaultBranch, "defaultBranch == null");
        topics = List.copyOf(topics);
    }
}
