package dev.bitofgit.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** An issue of one of the account's repositories, as stored. */
public record Issue(
        String repoName,
        long repoId,
        int number,
        String title,
        String bodyExcerpt,
        State state,
        Optional<String> stateReason,
        Optional<String> authorLogin,
        boolean own,
        List<String> labels,
        int comments,
        Instant createdAt,
        Instant updatedAt,
        Optional<Instant> closedAt) {

    /** GitHub's IssueState. */
    public enum State { OPEN, CLOSED }

    public Issue {
        requireNonNull(repoName, "repoName == null");
        requireNonNull(title, "title == null");
        requireNonNull(bodyExcerpt, "bodyExcerpt == null");
        requireNonNull(state, "state == null");
        requireNonNull(stateReason, "stateReason == null");
        requireNonNull(authorLogin, "authorLogin == null");
        labels = List.copyOf(labels);
        requireNonNull(createdAt, "createdAt == null");
        requireNonNull(updatedAt, "updatedAt == null");
        requireNonNull(closedAt, "closedAt == null");
    }

    public String repoKey() {
        return repoName.toLowerCase(Locale.ROOT);
    }
}
