package dev.bitofgit.web;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.auth.Authenticator;
import dev.bitofgit.auth.Caller;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * Guards /mcp, which is a servlet beside Javalin's routes and so passes none of their handlers: the same security
 * headers, the same credentials as the REST API, and on a public instance a bearer credential (a session token or an
 * operator key) on every request. The caller is left on the request for the MCP transport's context.
 */
public final class McpAccessFilter implements Filter {
    /** The request attribute holding the {@link Caller}. */
    public static final String CALLER = "bitofgit.caller";

    private final AccessPolicy policy;

    public McpAccessFilter(AccessPolicy policy) {
        this.policy = requireNonNull(policy, "policy == null");
    }

    /** The caller this filter identified on the request (anonymous when it did not run). */
    public static Caller callerOf(HttpServletRequest request) {
        Object caller = request.getAttribute(CALLER);
        return caller instanceof Caller known ? known : Caller.ANONYMOUS;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse out = (HttpServletResponse) response;
        out.setHeader("X-Content-Type-Options", "nosniff");
        out.setHeader("Referrer-Policy", "no-referrer");
        out.setHeader("Content-Security-Policy", WebServer.CONTENT_SECURITY_POLICY);
        Caller caller;
        try {
            caller = policy.authenticator().authenticate(Optional.ofNullable(http.getHeader("Authorization")),
                    Optional.ofNullable(http.getHeader("X-API-Key")));
        } catch (Authenticator.Rejected e) {
            refuse(out, "Bearer realm=\"bitofgit\", error=\"invalid_token\"", e.getMessage());
            return;
        }
        if (policy.cloud() && caller.session().isEmpty() && !caller.operator()) {
            refuse(out, "Bearer realm=\"bitofgit\"", "this instance's MCP endpoint needs 'Authorization: Bearer' with a "
                    + "session token (from POST /ingest with a GitHub token) or an operator key");
            return;
        }
        if (policy.cloud() && "POST".equals(http.getMethod())) {
            // Every MCP message counts against the client's tool budget, as POST /tools/{name} does.
            Optional<Duration> wait = policy.take(AccessPolicy.TOOL_LIMIT, caller, http.getRemoteAddr(),
                    Optional.ofNullable(http.getHeader("X-Forwarded-For")));
            if (wait.isPresent()) {
                long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
                out.setStatus(429);
                out.setHeader("Retry-After", Long.toString(seconds));
                out.setContentType("application/json");
                out.setCharacterEncoding("UTF-8");
                out.getWriter().write("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32000,\"message\":"
                        + "\"too many MCP requests from this client; try again in " + seconds + " s\"}}");
                return;
            }
        }
        http.setAttribute(CALLER, caller);
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse out, String challenge, String message) throws IOException {
        out.setStatus(401);
        out.setHeader("WWW-Authenticate", challenge);
        out.setContentType("application/json");
        out.setCharacterEncoding("UTF-8");
        out.getWriter().write("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32001,\"message\":\""
                + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}}");
    }
}
