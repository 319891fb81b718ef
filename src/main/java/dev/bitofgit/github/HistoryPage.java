package dev.bitofgit.github;

import java.util.List;
import java.util.Optional;

/** One page (newest first) of a branch's history; {@code endCursor} continues it. */
public record HistoryPage(List<GitHubCommit> commits, boolean hasNextPage, Optional<String> endCursor, int totalCount) {
    public HistoryPage {
        commits = List.copyOf(commits);
    }
}
