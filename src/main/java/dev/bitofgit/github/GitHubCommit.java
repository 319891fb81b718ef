package dev.bitofgit.github;

import static java.util.Objects.requireNonNull;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.OptionalInt;

/** A commit of a history page, with the line counts GraphQL computes (no per-commit REST call). */
public record GitHubCommit(
        String sha,
        int parentCount,
        Optional<String> authorName,
        Optional<String> authorEmail,
        Optional<String> authorLogin,
        OffsetDateTime authoredAt,
        OffsetDateTime committedAt,
        String message,
        int additions,
        int deletions,
        OptionalInt changedFiles) {

    public GitHubCommit {
        requireNonNull(sha, "sha == null");
        requireNonNull(authoredAt, "authoredAt == null");
        requireNonNull(committedAt, "committedAt == null");
        requireNonNull(message, "message == null");
    }
}
