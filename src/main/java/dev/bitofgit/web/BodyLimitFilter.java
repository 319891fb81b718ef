package dev.bitofgit.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Refuses a body larger than the limit before any route or the MCP servlet sees it, with 413 — after reading it
 * away (up to {@value #DRAIN_LIMIT} bytes). Answering without reading leaves the client still sending into a closed
 * connection, so it often gets a reset instead of the answer; draining first makes the 413 reliably arrive.
 */
final class BodyLimitFilter implements Filter {
    /** Bodies up to this size are read away before the 413; beyond it the connection is simply closed after it. */
    static final long DRAIN_LIMIT = 4L * 1024 * 1024;

    private final long maxBodyBytes;

    BodyLimitFilter(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        long length = http.getContentLengthLong();
        if (length <= maxBodyBytes) {
            chain.doFilter(request, response);
            return;
        }
        if (length <= DRAIN_LIMIT) {
            try (InputStream body = http.getInputStream()) {
                body.transferTo(OutputStreamSink.INSTANCE);
            }
        }
        HttpServletResponse out = (HttpServletResponse) response;
        out.setHeader("Connection", "close");
        RawProblems.write(http, out, 413,
                "the request body has " + length + " bytes; at most " + maxBodyBytes + " are accepted");
    }

    /** Discards what is written to it. */
    private static final class OutputStreamSink extends OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
        }
    }
}
