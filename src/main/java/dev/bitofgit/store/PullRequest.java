package dev.bitofgit.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A pull request as stored: in one of the account's repositories ({@code repoId} present, {@code repoName} its name)
 * or one the account authored in someone else's ({@code repoName} is 'owner/name'), with its reviews and the numbers
 * of the issues it closes.
 */
public record PullRequest(
        String repoName,
        Optional<Long> repoId,
        boolean externalPrivate,
        int number,
        String title,
        String bodyExcerpt,
        State state,
        boolean draft,
        Optional<String> authorLogin,
        boolean own,
        List<String> labels,
        Optional<String> baseRef,
        Optional<String> headRef,
        int additions,
        int deletions,
        int changedFiles,
        int comments,
        Instant createdAt,
        Instant updatedAt,
        Optional<Instant> closedAt,
        Optional<Instant> mergedAt,
        List<Review> reviews,
        List<Integer> closesIssues) {

    /** GitHub's PullRequestState. */
    public enum State { OPEN, CLOSED, MERGED }

    /** How much of a body is kept: enough to recognise it, not a copy of the conversation. */
    public static final int BODY_EXCERPT = 280;

    public PullRequest {
        requireNonNull(repoName, "repoName == null");
        requireNonNull(repoId, "repoId == null");
        requireNonNull(title, "title == null");
        requireNonNull(bodyExcerpt, "bodyExcerpt == null");
        requireNonNull(state, "state == null");
        requireNonNull(authorLogin, "authorLogin == null");
        labels = List.copyOf(labels);
        requireNonNull(createdAt, "createdAt == null");
        requireNonNull(updatedAt, "updatedAt == null");
        requireNonNull(closedAt, "closedAt == null");
        requireNonNull(mergedAt, "mergedAt == null");
        reviews = List.copyOf(reviews);
        closesIssues = List.copyOf(closesIssues);
    }

    /** The lower-cased repository name rows are keyed by. */
    public String repoKey() {
        return repoName.toLowerCase(Locale.ROOT);
    }

    /** The earliest review by someone other than the author: how long the pull request waited for a reviewer. */
    public Optional<Instant> firstReviewAt() {
        return reviews.stream()
                .filter(review -> review.reviewerLogin().isEmpty() || authorLogin.isEmpty()
                        || !review.reviewerLogin().get().equalsIgnoreCase(authorLogin.get()))
                .flatMap(review -> review.submittedAt().stream())
                .min(Instant::compareTo);
    }

    /** Cuts a body to {@link #BODY_EXCERPT} characters. */
    public static String excerpt(String body) {
        String trimmed = body == null ? "" : body.strip();
        return trimmed.length() <= BODY_EXCERPT ? trimmed : trimmed.substring(0, BODY_EXCERPT);
    }
}
