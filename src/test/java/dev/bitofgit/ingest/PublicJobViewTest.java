package dev.bitofgit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitofgit.store.JobRepoRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A private ingest seen without private access: public repositories' counts, errors and outcome only. */
class PublicJobViewTest {
    private static final Instant AT = Instant.parse("2026-11-05T12:00:00Z");

    @Test
    void failures_ofPrivateRepositories_areNeitherNamedNorCounted() {
        JobStatus full = finished("completed_with_errors", 4, 3, List.of(
                new JobStatus.RepoError("SqlQ1", "GitHub answered 502"),
                new JobStatus.RepoError("public-b", "GitHub answered 502")),
                "2 of 4 repositories failed; run the ingest again to retry them");
        List<JobRepoRecord> repos = List.of(done("public-a", 10), failed("public-b", 3), failed("SqlQ1", 7),
                done("hidden-tool", 20));

        JobStatus shown = PublicJobView.of(full, 2, Set.of("sqlq1", "hidden-tool"), repos);

        assertThat(shown.status()).isEqualTo("completed_with_errors");
        assertThat(shown.reposTotal()).isEqualTo(2);
        assertThat(shown.reposDone()).isEqualTo(2);
        assertThat(shown.commitsStored()).isEqualTo(13);
        assertThat(shown.errors()).containsExactly(new JobStatus.RepoError("public-b", "GitHub answered 502"));
        assertThat(shown.message()).hasValue("1 of 2 repositories failed; run the ingest again to retry them");
    }

    @Test
    void onlyPrivateFailures_lookCompletedFromOutside() {
        JobStatus full = finished("completed_with_errors", 3, 3, List.of(), "1 of 3 repositories failed; run the "
                + "ingest again to retry them");
        JobStatus shown = PublicJobView.of(full, 2, Set.of("sqlq1"),
                List.of(done("public-a", 1), done("public-b", 2), failed("SqlQ1", 0)));
        assertThat(shown.status()).isEqualTo("completed");
        assertThat(shown.message()).isEmpty();
        assertThat(shown.errors()).isEmpty();
    }

    @Test
    void aMessageNamingAPrivateRepository_isReplaced() {
        JobStatus full = finished("failed", 3, 1, List.of(), "GitHub answered 500 for repos/ada/SqlQ1/git/trees");
        JobStatus shown = PublicJobView.of(full, 2, Set.of("sqlq1"), List.of(done("public-a", 1)));
        assertThat(shown.status()).isEqualTo("failed");
        assertThat(shown.message()).hasValue(PublicJobView.FAILED_ELSEWHERE);
    }

    private static JobStatus finished(String status, int total, int done, List<JobStatus.RepoError> errors,
                                      String message) {
        return new JobStatus("job-1", "ada", status, "done", total, done, 40, 12, 0, Optional.of(4000),
                Optional.of(0L), errors, Optional.of(message), AT, Optional.of(AT), Optional.of(AT));
    }

    private static JobRepoRecord done(String name, int commits) {
        return new JobRepoRecord(name, "done", Optional.empty(), commits, Optional.empty());
    }

    private static JobRepoRecord failed(String name, int commits) {
        return new JobRepoRecord(name, "failed", Optional.empty(), commits, Optional.of("GitHub answered 502"));
    }
}
