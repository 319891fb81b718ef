package dev.bitofgit.github;

import java.util.List;

/** The blob paths of a tree (recursive), and whether GitHub truncated the listing. */
public record GitHubTree(String sha, List<String> paths, boolean truncated) {
    public GitHubTree {
        paths = List.copyOf(paths);
    }
}
