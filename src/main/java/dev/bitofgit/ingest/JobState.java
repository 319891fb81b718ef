package dev.bitofgit.ingest;

import java.util.Arrays;
import java.util.Locale;

/**
 * Where an ingest job is in its life. {@link #wire()} is the word the store, the JSON and the CLI show; it never
 * changes with a constant's name, because stored jobs and API clients read it.
 */
public enum JobState {
    PENDING,
    RUNNING,
    COMPLETED,
    /** Some repositories failed: a job where any repository failed is never {@link #COMPLETED}. */
    COMPLETED_WITH_ERRORS,
    FAILED,
    NOT_FOUND;

    /** The stored and shown word: {@code completed_with_errors} for {@link #COMPLETED_WITH_ERRORS}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the job has ended (anything but pending or running). */
    public boolean finished() {
        return this != PENDING && this != RUNNING;
    }

    /** The state a stored or shown word names; throws for a word no job is ever given. */
    public static JobState of(String wire) {
        return Arrays.stream(values()).filter(state -> state.wire().equals(wire)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown ingest job status '" + wire
                        + "': expected one of " + Arrays.stream(values()).map(JobState::wire).toList()));
    }
}
