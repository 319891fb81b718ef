package dev.bitofgit.ingest;

import dev.bitofgit.store.JobRepoRecord;
import java.util.Locale;

/**
 * Where one repository of a job stands, as its checkpoint records it: {@link #wire()} is the stored word, which a
 * resumed job and the public view of a job read back.
 */
enum RepoState {
    RUNNING,
    DONE,
    FAILED;

    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the stored checkpoint is in this state. */
    boolean matches(JobRepoRecord checkpoint) {
        return checkpoint.status().equals(wire());
    }
}
