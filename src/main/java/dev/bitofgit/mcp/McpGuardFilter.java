package dev.bitofgit.mcp;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stands in front of the MCP servlet. The SDK answers a POST with a wrong Accept header with its whole exception
 * object, stack trace included, so that case is answered here with a plain JSON-RPC error; and any exception the
 * servlet throws becomes a JSON error with an id, its stack trace going to the log only.
 */
public final class McpGuardFilter implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(McpGuardFilter.class);

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse out = (HttpServletResponse) response;
        if ("POST".equals(http.getMethod())) {
            String accept = http.getHeader("Accept");
            if (accept == null || !accept.contains("application/json") || !accept.contains("text/event-stream")) {
                write(out, 406, "Not Acceptable: the Accept header must list application/json and text/event-stream");
                return;
            }
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            String id = UUID.randomUUID().toString();
            LOG.error("MCP request failed (error id {})", id, e);
            if (!out.isCommitted()) {
                out.reset();
                write(out, 500, "Internal error; logged with error id " + id);
            }
        }
    }

    private static void write(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32600,\"message\":\""
                + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}}");
    }
}
