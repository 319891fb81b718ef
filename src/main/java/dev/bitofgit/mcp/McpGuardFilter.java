package dev.bitofgit.mcp;

import static java.util.Objects.requireNonNull;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stands in front of the MCP servlet. The SDK answers several bad requests (a wrong Accept header, a body that is
 * not a JSON-RPC message) with its whole exception object, stack trace included. So every error answer the servlet
 * writes (status 400 and up) is held back and re-written here as a plain JSON-RPC error carrying only the SDK's
 * message and code; and any exception the servlet throws becomes a JSON error with an id, its stack trace going to
 * the log only. Successful answers (JSON or an SSE stream) pass through untouched. Before the SDK sees a POST, its
 * JSON-RPC envelope is checked (object, id, jsonrpc, method, params, tools/call arguments): malformed messages get a
 * JSON-RPC error here, and no message sent to a client ever names a Java class.
 */
public final class McpGuardFilter implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(McpGuardFilter.class);
    /** A message this long is refused before parsing (the body limit in front of /mcp is smaller still). */
    private static final int MAX_BODY = 1 << 20;
    /** A qualified Java name (java.lang.String, tools.jackson.…Node) or an exception's name. */
    private static final Pattern JAVA_NAME = Pattern.compile("\\b[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\.[A-Z]\\w*|Exception\\b");

    private final JsonMapper json;

    /** @param json a plain mapper: JSON-RPC field names are the protocol's, never renamed */
    public McpGuardFilter(JsonMapper json) {
        this.json = requireNonNull(json, "json == null");
    }

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
        ServletRequest forwarded = request;
        if ("POST".equals(http.getMethod())) {
            byte[] body = http.getInputStream().readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                write(out, 413, -32600, "the message is larger than " + MAX_BODY + " bytes", json.nullNode());
                return;
            }
            Optional<EnvelopeError> refused = envelopeError(body);
            if (refused.isPresent()) {
                write(out, refused.get().status(), refused.get().code(), refused.get().message(), refused.get().id());
                return;
            }
            forwarded = new ReplayedBody(http, body);
        }
        ErrorCapture capture = new ErrorCapture(out);
        try {
            chain.doFilter(forwarded, capture);
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

    /** Why a message is refused before the SDK sees it, and the id to answer under (JSON null when unusable). */
    private record EnvelopeError(int status, int code, String message, JsonNode id) {
    }

    /**
     * Checks the JSON-RPC envelope the SDK takes on trust: given a non-object {@code params} or {@code arguments} it
     * answers 200 with an empty body (the client waits forever), given an object id it names its Java classes. A
     * request with a usable id gets its error as a JSON-RPC response (HTTP 200); anything else an HTTP 400.
     */
    private Optional<EnvelopeError> envelopeError(byte[] body) {
        JsonNode message;
        try {
            message = json.readTree(body);
        } catch (RuntimeException notJson) {
            return Optional.of(new EnvelopeError(400, -32700, "Parse error: the body is not valid JSON", json.nullNode()));
        }
        if (message == null || !message.isObject()) {
            return Optional.of(new EnvelopeError(400, -32600, "a JSON-RPC message must be a JSON object",
                    json.nullNode()));
        }
        JsonNode id = message.get("id");
        if (id != null && !id.isNull() && !id.isString() && !id.isIntegralNumber()) {
            return Optional.of(new EnvelopeError(400, -32600, "id must be a string or a number", json.nullNode()));
        }
        JsonNode answerId = id == null ? json.nullNode() : id;
        if (!message.path("jsonrpc").isString() || !message.get("jsonrpc").asString().equals("2.0")) {
            return Optional.of(new EnvelopeError(400, -32600, "jsonrpc must be \"2.0\"", answerId));
        }
        JsonNode method = message.get("method");
        if (method != null && !method.isString()) {
            return Optional.of(new EnvelopeError(400, -32600, "method must be a string", answerId));
        }
        int status = id == null || id.isNull() ? 400 : 200;
        JsonNode params = message.get("params");
        if (params != null && !params.isNull() && !params.isObject()) {
            return Optional.of(new EnvelopeError(status, -32602, "params must be a JSON object", answerId));
        }
        JsonNode arguments = params == null ? null : params.get("arguments");
        if (method != null && method.asString().equals("tools/call") && arguments != null && !arguments.isNull()
                && !arguments.isObject()) {
            return Optional.of(new EnvelopeError(status, -32602, "tools/call arguments must be a JSON object",
                    answerId));
        }
        return Optional.empty();
    }

    /** The SDK's error answer, reduced to its JSON-RPC code and message. */
    private void rewrite(HttpServletResponse out, int status, String body) throws IOException {
        int code = -32600;
        String message = "request refused (HTTP " + status + ")";
        try {
            JsonNode node = json.readTree(body);
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
        String firstLine = message.lines().findFirst().orElse(message);
        if (JAVA_NAME.matcher(firstLine).find()) {
            LOG.debug("MCP error message withheld from the client: {}", firstLine);
            firstLine = "request refused (HTTP " + status + ")"; // never a class name to the client
        }
        write(out, status, code, firstLine);
    }

    private void write(HttpServletResponse response, int status, int code, String message) throws IOException {
        write(response, status, code, message, json.nullNode());
    }

    private void write(HttpServletResponse response, int status, int code, String message, JsonNode id)
            throws IOException {
        if (status == 413) {
            response.setHeader("Connection", "close"); // the body was not read: the connection cannot be reused
        }
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        var body = json.createObjectNode().put("jsonrpc", "2.0").set("id", id);
        body.putObject("error").put("code", code).put("message", message);
        response.getWriter().write(json.writeValueAsString(body));
    }

    /** The request with the body this filter read, for the SDK to read again. */
    private static final class ReplayedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReplayedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is read synchronously");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
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
