package dev.bitofgit.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Error answers written by servlet filters, which run before Javalin and so before its exception mapping: the same
 * problem+json shape as every route's errors, or a JSON-RPC error on /mcp, whose clients read nothing else.
 */
final class RawProblems {
    private RawProblems() {
    }

    static void write(HttpServletRequest request, HttpServletResponse out, int status, String detail)
            throws IOException {
        out.setStatus(status);
        out.setHeader("X-Content-Type-Options", "nosniff");
        out.setHeader("Cache-Control", "no-store");
        String body;
        if (request.getRequestURI().startsWith("/mcp")) {
            out.setContentType("application/json");
            body = "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32600,\"message\":\"" + escape(detail) + "\"}}";
        } else {
            out.setContentType("application/problem+json");
            body = "{\"type\":\"about:blank\",\"title\":\"" + escape(StatusTitles.of(status)) + "\",\"status\":" + status
                    + ",\"detail\":\"" + escape(detail) + "\",\"instance\":\""
                    + request.getRequestURI().replaceAll("[^A-Za-z0-9/_.-]", "") + "\",\"request_id\":\""
                    + UUID.randomUUID() + "\"}";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        out.setContentLength(bytes.length);
        out.getOutputStream().write(bytes);
    }

    /** A value from the request, safe to quote in an error: printable ASCII only, at most 80 characters. */
    static String shown(String value) {
        String clean = value.replaceAll("[^\\x20-\\x7E]", "?");
        return Quoting.abbreviate(clean, 80, "...");
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
