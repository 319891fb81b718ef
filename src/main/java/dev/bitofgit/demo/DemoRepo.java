package dev.bitofgit.demo;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A generated repository. {@code files} are the HEAD tree's blob paths; {@code fileContents} holds the text of
 * the few files anyone reads (README, manifests). {@code commits} are the default branch's history, newest first;
 * {@code pullRequests} and {@code issues} newest update first, as GitHub pages them.
 */
public record DemoRepo(
        long id,
        String name,
        String description,
        boolean isPrivate,
        boolean fork,
        boolean archived,
        String defaultBranch,
        Instant createdAt,
        Instant updatedAt,
        Instant pushedAt,
        int stars,
        int forks,
        int watchers,
        int openIssues,
        int sizeKb,
        List<String> topics,
        Optional<String> licenseSpdx,
        Optional<String> primaryLanguage,
        Map<String, Long> languageBytes,
        List<String> files,
        Map<String, String> fileContents,
        Optional<String> readmePath,
        List<DemoCommit> commits,
        List<DemoPullRequest> pullRequests,
        List<DemoIssue> issues) {

    public DemoRepo {
        requireNonNull(name, "name == null");
        requireNonNull(description, "description == null");
        requireNonNull(defaultBranch, "defaultBranch == null");
        topics = List.copyOf(topics);
        requireNonNull(licenseSpdx, "licenseSpdx == null");
        requireNonNull(primaryLanguage, "primaryLanguage == null");
        languageBytes = Map.copyOf(languageBytes);
        files = List.copyOf(files);
        fileContents = Map.copyOf(fileContents);
        requireNonNull(readmePath, "readmePath == null");
        commits = List.copyOf(commits);
        pullRequests = List.copyOf(pullRequests);
        issues = List.copyOf(issues);
    }

    public String headSha() {
        return commits.isEmpty() ? "" : commits.get(0).sha();
    }

    public DemoRepo withCommits(List<DemoCommit> newCommits, Instant newPushedAt) {
        return new DemoRepo(id, name, description, isPrivate, fork, archived, defaultBranch, createdAt,
                newPushedAt, newPushedAt, stars, forks, watchers, openIssues, sizeKb, topics, licenseSpdx,
                primaryLanguage, languageBytes, files, fileContents, readmePath, newCommits, pullRequests, issues);
    }
}
