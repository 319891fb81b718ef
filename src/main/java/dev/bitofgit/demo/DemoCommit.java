package dev.bitofgit.demo;

import static java.util.Objects.requireNonNull;

import java.time.OffsetDateTime;
import java.util.Optional;

/** A generated commit, as GitHub's GraphQL Commit object describes it. */
public record DemoCommit(
        String sha,
        int parentCount,
        String authorName,
        String authorEmail,
        Optional<String> authorLogin,
        OffsetDateTime authoredAt,
        OffsetDateTime committedAt,
        String message,
        int additions,
        int deletions,
        int changedFiles) {

    public DemoCommit {
        requireNonNull(sha, "sha == null");
        requireNonNull(authorName, "authorName == null");
        requireNonNull(authorEmail, "authorEmail == null");
        requireNonNull(authorLogin, "authorLogin == null");
        requireNonNull(authoredAt, "authoredAt == null");
        requireNonNull(committedAt, "committedAt == null");
        requireNonNull(message, "message == null");
    }
}
