package dev.bitofgit.store;

import java.util.Optional;

/** One repository's checkpoint within a job: {@code status} pending, running, done or failed. */
public record JobRepoRecord(String repoName, String status, Optional<String> historyCursor, int commitsFetched,
                            Optional<String> error) {
}
