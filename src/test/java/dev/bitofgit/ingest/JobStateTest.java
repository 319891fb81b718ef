package dev.bitofgit.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class JobStateTest {

    @Test
    void wireWords_areTheOnesTheStoreAndTheJsonCarry() {
        assertThat(Arrays.stream(JobState.values()).map(JobState::wire)).containsExactly(
                "pending", "running", "completed", "completed_with_errors", "failed", "not_found");
        assertThat(Arrays.stream(RepoState.values()).map(RepoState::wire)).containsExactly("running", "done", "failed");
    }

    @Test
    void of_readsEveryWireWordBack() {
        for (JobState state : JobState.values()) {
            assertThat(JobState.of(state.wire())).isEqualTo(state);
        }
    }

    @Test
    void finished_isEverythingButPendingAndRunning() {
        assertThat(Arrays.stream(JobState.values()).filter(JobState::finished)).containsExactly(
                JobState.COMPLETED, JobState.COMPLETED_WITH_ERRORS, JobState.FAILED, JobState.NOT_FOUND);
    }

    @Test
    void of_anUnknownWord_namesTheWordAndTheKnownOnes() {
        assertThatThrownBy(() -> JobState.of("done"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown ingest job status 'done': expected one of [pending, running, completed, "
                        + "completed_with_errors, failed, not_found]");
    }
}
