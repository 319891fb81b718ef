package dev.bitofgit.ingest;

import dev.bitofgit.store.JobRepoRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A job that read private repositories, as a caller without access to them sees it: counts, errors and messages of
 * the public repositories only. Built from the job's per-repository checkpoints, never from its live totals, which
 * mix both (a 300-repository account's job must not tell an anonymous caller it has 18 private ones, nor name them).
 */
final class PublicJobView {
    static final String FAILED_ELSEWHERE = "the ingest failed; its details are shown to the account's owner";

    private PublicJobView() {
    }

    /**
     * @param full the job as its owner sees it
     * @param publicTotal the account's present public repositories
     * @param privateNameKeys the account's private repository names, lower-cased
     * @param repos the job's per-repository checkpoints
     */
    static JobStatus of(JobStatus full, int publicTotal, Set<String> privateNameKeys, List<JobRepoRecord> repos) {
        List<JobRepoRecord> visible = repos.stream()
                .filter(repo -> !privateNameKeys.contains(repo.repoName().toLowerCase(Locale.ROOT))).toList();
        List<JobStatus.RepoError> errors = new ArrayList<>();
        int done = 0;
        long commits = 0;
        for (JobRepoRecord repo : visible) {
            commits += repo.commitsFetched();
            if (RepoState.DONE.matches(repo) || RepoState.FAILED.matches(repo)) {
                done++;
            }
            if (RepoState.FAILED.matches(repo)) {
                errors.add(new JobStatus.RepoError(repo.repoName(), repo.error().orElse("failed")));
            }
        }
        boolean listed = full.reposTotal() > 0;
        int total = listed ? publicTotal : 0;
        boolean allDone = full.finished() && full.reposDone() >= full.reposTotal();
        int shownDone = allDone ? total : Math.min(done, total);
        boolean repoFailures = repos.stream().anyMatch(RepoState.FAILED::matches);
        JobState state = JobState.of(full.status());
        Optional<String> message = full.message().filter(text -> !namesAny(text, privateNameKeys));
        if (full.message().isPresent() && message.isEmpty()) {
            message = Optional.of(FAILED_ELSEWHERE);
        }
        if (full.finished() && repoFailures && (state == JobState.COMPLETED_WITH_ERRORS || state == JobState.FAILED)) {
            // The outcome counted every repository: count again with the public ones only.
            if (errors.isEmpty()) {
                state = JobState.COMPLETED;
                message = Optional.empty();
            } else if (errors.size() < total) {
                state = JobState.COMPLETED_WITH_ERRORS;
                message = Optional.of(errors.size() + " of " + total
                        + " repositories failed; run the ingest again to retry them");
            } else {
                state = JobState.FAILED;
                message = Optional.of("every repository failed; see errors");
            }
        }
        return new JobStatus(full.jobId(), full.username(), state.wire(), full.phase(), total, shownDone, commits,
                full.requests(), full.notModified(), full.rateLimitRemaining(),
                full.finished() ? full.etaSeconds() : Optional.empty(), errors, message, full.createdAt(),
                full.startedAt(), full.finishedAt());
    }

    private static boolean namesAny(String text, Set<String> nameKeys) {
        String lower = text.toLowerCase(Locale.ROOT);
        return nameKeys.stream().anyMatch(lower::contains);
    }
}
