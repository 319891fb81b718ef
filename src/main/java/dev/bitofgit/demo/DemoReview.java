package dev.bitofgit.demo;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A generated review of a pull request, as GitHub's PullRequestReview describes it. */
public record DemoReview(String id, String reviewerLogin, String state, Instant submittedAt) {
    public DemoReview {
        requireNonNull(id, "id == null");
        requireNonNull(reviewerLogin, "reviewerLogin == null");
        requireNonNull(state, "state == null");
        requireNonNull(submittedAt, "submittedAt == null");
    }
}
