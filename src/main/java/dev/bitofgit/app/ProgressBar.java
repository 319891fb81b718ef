package dev.bitofgit.app;

import dev.bitofgit.ingest.JobStatus;
import java.io.PrintStream;
import java.util.Locale;

/** A one-line progress bar on stderr for `bitofgit ingest`, redrawn at most ten times a second. */
final class ProgressBar {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private long lastDraw;
    private boolean drawn;

    ProgressBar(PrintStream out) {
        this.out = out;
    }

    synchronized void show(JobStatus status) {
        long now = System.currentTimeMillis();
        if (now - lastDraw < 100 && !status.finished()) {
            return;
        }
        lastDraw = now;
        int total = Math.max(1, status.reposTotal());
        int filled = status.reposTotal() == 0 ? 0 : Math.min(WIDTH, status.reposDone() * WIDTH / total);
        String line = String.format(Locale.ROOT, "\r[%s%s] %d/%d repos, %d commits, %d requests%s%s%s",
                "#".repeat(filled), ".".repeat(WIDTH - filled), status.reposDone(), status.reposTotal(),
                status.commitsStored(), status.requests(),
                status.rateLimitRemaining().map(r -> ", rate limit " + r).orElse(""),
                status.etaSeconds().filter(s -> !status.finished()).map(s -> ", ETA " + s + " s").orElse(""),
                status.message().filter(m -> m.startsWith("waiting")).map(m -> " — " + m).orElse(""));
        out.print(line + "   ");
        out.flush();
        drawn = true;
    }

    synchronized void finish() {
        if (drawn) {
            out.println();
        }
    }
}
