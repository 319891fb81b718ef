package dev.bitofgit.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/** One commit of a repository's default branch. {@code own} is true when the account authored it. */
public record Commit(
        long repoId,
        String sha,
        int parentCount,
        Optional<String> authorName,
        Optional<String> authorEmail,
        Optional<String> authorLogin,
        Instant authoredAt,
        int authorUtcOffsetMinutes,
        Instant committedAt,
        String message,
        int additions,
        int deletions,
        OptionalInt changedFiles,
        boolean own) {

    public Commit {
        requireNonNull(sha, "sha == null");
        requireNonNull(authorName, "authorName == null");
        requireNonNull(authorEmail, "authorEmail == null");
        requireNonNull(authorLogin, "authorLogin == null");
        requireNonNull(authoredAt, "authoredAt == null");
        requireNonNull(committedAt, "committedAt == null");
        requireNonNull(message, "message == null");
        requireNonNull(changedFiles, "changedFiles == null");
    }
}
