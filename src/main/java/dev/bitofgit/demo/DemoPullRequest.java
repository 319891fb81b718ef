package dev.bitofgit.demo;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A generated pull request, as GitHub's PullRequest describes it. {@code repoOwner}/{@code repoName} name its
 * repository: the account's own, or someone else's for the pull requests the account authored elsewhere.
 */
public record DemoPullRequest(
        String repoOwner,
        String repoName,
        boolean repoPrivate,
        int number,
        String title,
        String body,
        String state,
        boolean draft,
        String authorLogin,
        List<String> labels,
        String baseRef,
        String headRef,
        int additions,
        int deletions,
        int changedFiles,
        int comments,
        Instant createdAt,
        Instant updatedAt,
        Optional<Instant> closedAt,
        Optional<Instant> mergedAt,
        List<DemoReview> reviews,
        List<Integer> closesIssues) {

    public DemoPullRequest {
        requireNonNull(repoOwner, "repoOwner == null");
        requireNonNull(repoName, "repoName == null");
        requireNonNull(title, "title == null");
        requireNonNull(body, "body == null");
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
}
