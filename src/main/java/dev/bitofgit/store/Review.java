package dev.bitofgit.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/** A review of a pull request; {@code byAccount}: the account gave it. */
public record Review(String id, Optional<String> reviewerLogin, boolean byAccount, State state,
                     Optional<Instant> submittedAt) {

    /** GitHub's PullRequestReviewState (PENDING reviews are drafts nobody else sees; they are not stored). */
    public enum State { APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED }

    public Review {
        requireNonNull(id, "id == null");
        requireNonNull(reviewerLogin, "reviewerLogin == null");
        requireNonNull(state, "state == null");
        requireNonNull(submittedAt, "submittedAt == null");
    }
}
