package dev.bitofgit.app;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Passes stdin through and reports its end, so `bitofgit mcp` exits when the client closes the pipe. */
final class InputStreamWatcher extends FilterInputStream {
    private final Runnable onEnd;
    private volatile boolean ended;

    InputStreamWatcher(InputStream in, Runnable onEnd) {
        super(in);
        this.onEnd = onEnd;
    }

    @Override
    public int read() throws IOException {
        return end(super.read());
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        return end(super.read(buffer, offset, length));
    }

    private int end(int result) {
        if (result < 0 && !ended) {
            ended = true;
            onEnd.run();
        }
        return result;
    }
}
