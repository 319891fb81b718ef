package dev.bitofgit.app;

import dev.bitofgit.ingest.JobStatus;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress of `bitofgit ingest` on stderr. On a terminal: one line redrawn with {@code \r} at most ten times a
 * second. Redirected (a file, a pipe, CI): plain lines, at most one every five seconds and one per change of what it
 * waits for, since {@code \r} frames in a log file are unreadable and glue the next line to the bar.
 */
final class ProgressBar {
    private static final int WIDTH = 30;
    private static final long FRAME_MILLIS = 100;
    private static final long LINE_MILLIS = 5_000;
    private final PrintStream out;
    private final boolean terminal;
    private long lastDraw;
    private boolean drawn;
    private String lastWaiting = "";

    ProgressBar(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** For stderr: frames only when the process has a terminal. */
    static ProgressBar forStderr() {
        return new ProgressBar(System.err, System.console() != null);
    }

    synchronized void show(JobStatus status) {
        long now = System.currentTimeMillis();
        String waiting = status.message().filter(m -> m.startsWith("waiting")).orElse("");
        boolean waitingChanged = !waiting.equals(lastWaiting);
        if (now - lastDraw < (terminal ? FRAME_MILLIS : LINE_MILLIS) && !status.finished() && !waitingChanged) {
            return;
        }
        if (!terminal && status.finished()) {
            return; // the command prints its own summary line
        }
        lastDraw = now;
        lastWaiting = waiting;
        String figures = describe(status);
        if (terminal) {
            int total = Math.max(1, status.reposTotal());
            int filled = status.reposTotal() == 0 ? 0 : Math.min(WIDTH, status.reposDone() * WIDTH / total);
            out.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + figures + "\u001b[K");
            drawn = true;
        } else {
            out.println("ingest: " + figures);
        }
        out.flush();
    }

    static String describe(JobStatus status) {
        return String.format(Locale.ROOT, "%d/%d repos, %s, %s%s%s%s",
                status.reposDone(), status.reposTotal(), plural(status.commitsStored(), "commit"),
                plural(status.requests(), "request"),
                status.rateLimitRemaining().map(r -> ", rate limit " + r + " left").orElse(""),
                status.etaSeconds().filter(s -> !status.finished()).map(s -> ", ETA " + s + " s").orElse(""),
                status.message().filter(m -> m.startsWith("waiting")).map(m -> " — " + m).orElse(""));
    }

    static String plural(long count, String noun) {
        return plural(count, noun, noun + "s");
    }

    static String plural(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    synchronized void finish() {
        if (drawn) {
            out.println();
            drawn = false;
        }
    }
}
