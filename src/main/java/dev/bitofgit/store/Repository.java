package dev.bitofgit.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A repository's metadata as stored (languages, files, README and signals are stored beside it). */
public record Repository(
        long id,
        long accountId,
        String name,
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
        Optional<String> primaryLanguage,
        Optional<String> headSha,
        boolean treeTruncated) {

    public Repository {
        requireNonNull(name, "name == null");
        requireNonNull(description, "description == null");
        requireNonNull(htmlUrl, "htmlUrl == null");
        requireNonNull(defaultBranch, "defaultBranch == null");
        requireNonNull(createdAt, "createdAt == null");
        requireNonNull(updatedAt, "updatedAt == null");
        requireNonNull(pushedAt, "pushedAt == null");
        topics = List.copyOf(topics);
        requireNonNull(licenseSpdx, "licenseSpdx == null");
        requireNonNull(primaryLanguage, "primaryLanguage == null");
        requireNonNull(headSha, "headSha == null");
    }
}
