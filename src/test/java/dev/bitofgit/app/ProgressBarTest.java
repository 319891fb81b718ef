package dev.bitofgit.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitofgit.ingest.JobStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    private static JobStatus status(String state, int done, long commits, int requests, Optional<String> message) {
        return new JobStatus("job", "ada", state, "commits", 3, done, commits, requests, 0, Optional.of(4_999),
                Optional.empty(), List.of(), message, Instant.EPOCH, Optional.of(Instant.EPOCH), Optional.empty());
    }

    @Test
    void redirected_printsPlainLines_noCarriageReturns_andSingularsForOne() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
        bar.show(status("running", 0, 1, 1, Optional.empty()));
        bar.show(status("running", 1, 2, 2, Optional.empty())); // within five seconds: skipped
        bar.show(status("running", 1, 2, 3, Optional.of("waiting for the GitHub rate limit until 12:00:00 UTC")));
        bar.show(status("completed", 3, 9, 9, Optional.empty()));
        bar.finish();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).doesNotContain("\r").isEqualTo(
                "ingest: 0/3 repos, 1 commit, 1 request, rate limit 4999 left\n"
                        + "ingest: 1/3 repos, 2 commits, 3 requests, rate limit 4999 left — waiting for the GitHub rate "
                        + "limit until 12:00:00 UTC\n");
    }

    @Test
    void onATerminal_redrawsOneLine_andEndsIt() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        bar.show(status("completed", 3, 9, 9, Optional.empty()));
        bar.finish();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("\r[##############################] 3/3 repos, "
                + "9 commits, 9 requests").endsWith("\n");
    }
}
