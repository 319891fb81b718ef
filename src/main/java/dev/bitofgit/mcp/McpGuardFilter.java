package dev.bitofgit.mcp;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stands in front of the MCP servlet. The SDK answers several bad requests (a wrong Accept header, a body that is
 * not a JSON-RPC message) with its whole exception object, stack trace included. So every error answer the servlet
 * writes (status 400 and up) is held back and re-written here as a plain JSON-RPC error carrying only the SDK's
 * message and code; and any exception the servlet throws becomes a JSON error with an id, its stack trace going to
 * the log only. Successful answers (JSON or an SSE stream) pass through untouched.
 */
public final class McpGuardFilter implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(McpGuardFilter.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse out = (HttpServletResponse) response;
        if ("POST".equals(http.getMethod())) {
            String accept = http.getHeader("Accept");
            if (accept == null || !accept.contains("application/json") || !accept.contains("text/event-stream")) {
                write(out, 406, -32600, "Not Acceptable: the Accept header must list application/json and text/event-stream");
                return;
            }
        }
        ErrorCapture capture = new ErrorCapture(out);
        try {
            chain.doFilter(request, capture);
        } catch (IOException | ServletException | RuntimeException e) {
            String id = UUID.randomUUID().toString();
            LOG.error("MCP request failed (error id {})", id, e);
            if (!out.isCommitted()) {
                out.reset();
                write(out, 500, -32603, "Internal error; logged with error id " + id);
            }
            return;
        }
        if (capture.held != null) {
            rewrite(out, capture.status, capture.heldBody());
        }
    }

    /** The SDK's error answer, reduced to its JSON-RPC code and message. */
    private static void rewrite(HttpServletResponse out, int status, String body) throws IOException {
        int code = -32600;
        String message = "request refused (HTTP " + status + ")";
        try {
            JsonNode node = JSON.readTree(body);
            JsonNode error = node.has("jsonRpcError") ? node.get("jsonRpcError") : node.get("error");
            if (error != null && error.isObject()) {
                code = error.path("code").asInt(code);
                message = error.path("message").asString(message);
            } else if (node.hasNonNull("message")) {
                message = node.get("message").asString();
            }
        } catch (RuntimeException notJson) {
            if (!body.isBlank() && body.length() < 300 && !body.contains("Exception") && !body.contains("\tat ")) {
                message = body.trim();
            }
        }
        out.resetBuffer(); // keep the headers set so far (WWW-Authenticate, security headers)
        write(out, status, code, message.lines().findFirst().orElse(message));
    }

    private static void write(HttpServletResponse response, int status, int code, String message) throws IOException {
        if (status == 413) {
            response.setHeader("Connection", "close"); // the body was not read: the connection cannot be reused
        }
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        var body = JSON.createObjectNode().put("jsonrpc", "2.0").putNull("id");
        body.putObject("error").put("code", code).put("message", message);
        response.getWriter().write(JSON.writeValueAsString(body));
    }

    /** Passes 2xx answers through; holds back the body of an error answer so that it can be re-written. */
    private static final class ErrorCapture extends HttpServletResponseWrapper {
        int status = 200;
        ByteArrayOutputStream held;
        private PrintWriter writer;

        ErrorCapture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            if (sc < 400) {
                super.setStatus(sc);
            }
        }

        @Override
        public void sendError(int sc, String msg) {
            status = sc;
            holding().writeBytes(msg == null ? new byte[0] : msg.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void sendError(int sc) {
            sendError(sc, null);
        }

        String heldBody() {
            if (writer != null) {
                writer.flush();
            }
            return held.toString(StandardCharsets.UTF_8);
        }

        private ByteArrayOutputStream holding() {
            if (held == null) {
                held = new ByteArrayOutputStream();
            }
            return held;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (status < 400) {
                return super.getOutputStream();
            }
            ByteArrayOutputStream buffer = holding();
            return new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("error answers are written synchronously");
                }

                @Override
                public void write(int b) {
                    buffer.write(b);
                }
            };
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (status < 400) {
                return super.getWriter();
            }
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(holding(), StandardCharsets.UTF_8), true);
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (status < 400) {
                super.flushBuffer();
            } else if (writer != null) {
                writer.flush();
            }
        }
    }
}
