package dev.bitofgit.ingest;

import dev.bitofgit.github.GitHubClient;
import dev.bitofgit.github.GitHubRepo;
import dev.bitofgit.store.Repository;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One repository's state while a job syncs it: what is fetched, where its history walk stands, whether it ended. */
final class RepoSync {
    final GitHubRepo listing;
    final Optional<Repository> stored;
    Set<String> storedShas = Set.of();
    List<String> paths = List.of();
    boolean truncated;
    Optional<String> head = Optional.empty();
    Optional<String> cursor = Optional.empty();
    boolean hasNext;
    int totalCount;
    int fetched;
    boolean rewalk;
    boolean resumed;
    final Set<String> seen = new HashSet<>();
    boolean done;
    volatile boolean failed;
    boolean treeDone;
    boolean contentDone;
    boolean snapshotSaved;
    boolean busy;
    Map<String, Long> languages = Map.of();
    Map<String, String> files = Map.of();

    RepoSync(GitHubRepo listing, Optional<Repository> stored) {
        this.listing = listing;
        this.stored = stored;
    }

    long remainingPages() {
        if (done || failed || !hasNext) {
            return 0;
        }
        return Math.max(1, (totalCount - fetched + GitHubClient.PAGE_SIZE - 1) / GitHubClient.PAGE_SIZE);
    }
}
