package dev.bitofgit.demo;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A generated issue, as GitHub's Issue describes it. */
public record DemoIssue(
        int number,
        String title,
        String body,
        String state,
        Optional<String> stateReason,
        String authorLogin,
        List<String> labels,
        int comments,
        Instant createdAt,
        Instant updatedAt,
        Optional<Instant> closedAt) {

    public DemoIssue {
        requireNonNull(title, "title == null");
        requireNonNull(body, "body == null");
        requireNonNull(state, "state == null");
        requireNonNull(stateReason, "stateReason == null");
        requireNonNull(authorLogin, "authorLogin == null");
        labels = List.copyOf(labels);
        requireNonNull(createdAt, "createdAt == null");
        requireNonNull(updatedAt, "updatedAt == null");
        requireNonNull(closedAt, "closedAt == null");
    }
}
