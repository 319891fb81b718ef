package dev.bitofgit.web;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.mcp.LoopbackSecurityValidator;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The first filter every request meets, before any route, servlet or other filter — so the checks below hold for
 * every endpoint as a class, not per route:
 * <ul>
 *   <li>the request path is canonical (no trailing slash, empty or dot segments, {@code ;} parameters, encoded
 *       separators). Every later decision compares paths ({@code /ingest} needs an operator key, {@code /query} is
 *       rate-limited); a router that forgives {@code /ingest/} would otherwise run the handler the check missed;</li>
 *   <li>TRACE and TRACK are refused (a servlet's default TRACE echoes request headers, bearer included);</li>
 *   <li>on a local instance the Host header names this machine (loopback names only): a page on a rebinding domain
 *       that resolves to 127.0.0.1 cannot reach any route;</li>
 *   <li>a browser Origin, when sent, is this server itself or one of the configured CORS origins — refused before
 *       any handler runs, so a foreign page's request has no effect at all;</li>
 *   <li>a request body is JSON ({@code application/json}): a cross-site form or {@code text/plain} "simple request"
 *       cannot carry a JSON body past it.</li>
 * </ul>
 */
final class RequestGate implements Filter {
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");
    private static final List<String> NON_CANONICAL = List.of("//", "/./", "/../", ";", "%2f", "%5c", "%2e", "%00",
            "\\");

    private final boolean local;
    private final Set<String> allowedHosts;
    private final Set<String> corsOrigins;

    RequestGate(AccessPolicy policy) {
        requireNonNull(policy, "policy == null");
        this.local = !policy.cloud();
        Set<String> hosts = new HashSet<>(LOOPBACK);
        Set<String> origins = new HashSet<>();
        for (String origin : policy.corsOrigins()) {
            origins.add(origin.toLowerCase(Locale.ROOT));
            originHost(origin).ifPresent(hosts::add);
        }
        this.allowedHosts = Set.copyOf(hosts);
        this.corsOrigins = Set.copyOf(origins);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse out = (HttpServletResponse) response;
        Optional<Refusal> refusal = check(http);
        if (refusal.isPresent()) {
            RawProblems.write(http, out, refusal.get().status(), refusal.get().detail());
            return;
        }
        chain.doFilter(request, response);
    }

    private record Refusal(int status, String detail) {
    }

    private Optional<Refusal> check(HttpServletRequest http) {
        String method = http.getMethod().toUpperCase(Locale.ROOT);
        if (method.equals("TRACE") || method.equals("TRACK")) {
            return Optional.of(new Refusal(405, method + " is not served here"));
        }
        String path = http.getRequestURI();
        if (!isCanonical(path)) {
            return Optional.of(new Refusal(400, "the request path '" + RawProblems.shown(path)
                    + "' is not canonical: no trailing slash, empty or dot segments, ';' parameters or encoded "
                    + "separators (request " + RawProblems.shown(suggestion(path)) + ")"));
        }
        if (local) {
            String host = http.getHeader("Host");
            if (host != null && !allowedHosts.contains(LoopbackSecurityValidator.hostName(host))) {
                return Optional.of(new Refusal(403, "this local instance answers only requests addressed "
                        + "to a loopback name (127.0.0.1, localhost, [::1]), not to '" + RawProblems.shown(host) + "'"));
            }
        }
        String origin = http.getHeader("Origin");
        if (origin != null && !sameOrigin(origin, http.getHeader("Host"))
                && !corsOrigins.contains(origin.toLowerCase(Locale.ROOT))) {
            return Optional.of(new Refusal(403, "requests from the web origin '"
                    + RawProblems.shown(origin) + "' are not allowed; an operator can allow an origin with "
                    + "BITOFGIT_CORS_ORIGINS"));
        }
        if (hasBody(http) && !isJson(http.getContentType()) && !method.equals("OPTIONS")) {
            return Optional.of(new Refusal(415, "the request body must be JSON, sent with "
                    + "'Content-Type: application/json' (got " + (http.getContentType() == null ? "no Content-Type"
                    : "'" + RawProblems.shown(http.getContentType()) + "'") + ")"));
        }
        return Optional.empty();
    }

    static boolean isCanonical(String path) {
        if (path == null || path.isEmpty() || path.charAt(0) != '/') {
            return false;
        }
        String lower = path.toLowerCase(Locale.ROOT);
        for (String bad : NON_CANONICAL) {
            if (lower.contains(bad)) {
                return false;
            }
        }
        return path.equals("/") || !(path.endsWith("/") || path.endsWith("/.") || path.endsWith("/.."));
    }

    /** The canonical path a client probably meant, for the error message. */
    private static String suggestion(String path) {
        String cut = path.contains(";") ? path.substring(0, path.indexOf(';')) : path;
        String collapsed = cut.replaceAll("/{2,}", "/").replaceAll("/(\\./)+", "/").replaceAll("/\\.$", "/");
        while (collapsed.length() > 1 && collapsed.endsWith("/")) {
            collapsed = collapsed.substring(0, collapsed.length() - 1);
        }
        return collapsed.isEmpty() ? "/" : collapsed;
    }

    private static boolean hasBody(HttpServletRequest http) {
        return http.getContentLengthLong() > 0 || http.getHeader("Transfer-Encoding") != null;
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT).split(";", 2)[0].trim();
        return type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"));
    }

    /** A browser sends its page's origin; the server's own UI is the one origin always allowed. */
    private static boolean sameOrigin(String origin, String host) {
        if (host == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return false;
            }
            return uri.getRawAuthority().equalsIgnoreCase(host.trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Optional<String> originHost(String origin) {
        try {
            return Optional.ofNullable(URI.create(origin).getHost()).map(host -> host.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
