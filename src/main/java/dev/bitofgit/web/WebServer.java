package dev.bitofgit.web;

import static java.util.Objects.requireNonNull;

import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson3;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one HTTP server: REST API, and later /mcp and the UI. Every error leaves as application/problem+json with a
 * request id; an unexpected exception is logged with its stack trace under that id and never shown to the client.
 */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    static final String REQUEST_ID = "bitofgit.request-id";
    private static final String PROBLEM_JSON = "application/problem+json";
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private final Javalin app;
    private final String host;
    private final JsonMapper mapper;

    public WebServer(String host, int port, JsonMapper mapper, ServerInfo info, AccessPolicy access,
                     List<WebModule> modules, List<ServletMount> servlets) {
        this.host = requireNonNull(host, "host == null");
        this.mapper = requireNonNull(mapper, "mapper == null");
        requireNonNull(info, "info == null");
        requireNonNull(access, "access == null");
        requireNonNull(modules, "modules == null");
        Callers callers = new Callers(access);
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jsonMapper(new JavalinJackson3(mapper, false));
            config.jetty.host = host;
            config.jetty.port = port;
            config.http.maxRequestSize = access.maxBodyBytes();
            if (!access.corsOrigins().isEmpty()) {
                // Only the configured origins may call the API from a browser; everyone else gets no CORS headers.
                config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
                    String first = access.corsOrigins().get(0);
                    rule.allowHost(first, access.corsOrigins().subList(1, access.corsOrigins().size())
                            .toArray(String[]::new));
                    rule.exposeHeader("Retry-After");
                    rule.exposeHeader("X-Request-Id");
                    rule.exposeHeader("Location");
                }));
            }
            config.staticFiles.add("/web", io.javalin.http.staticfiles.Location.CLASSPATH);
            config.staticFiles.enableWebjars();
            config.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler()));
            config.jetty.modifyServletContextHandler(handler -> {
                org.eclipse.jetty.ee10.servlet.FilterHolder gate =
                        new org.eclipse.jetty.ee10.servlet.FilterHolder(new RequestGate(access));
                gate.setAsyncSupported(true);
                handler.addFilter(gate, "/*", java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST));
                org.eclipse.jetty.ee10.servlet.FilterHolder bodyLimit =
                        new org.eclipse.jetty.ee10.servlet.FilterHolder(new BodyLimitFilter(access.maxBodyBytes()));
                bodyLimit.setAsyncSupported(true);
                handler.addFilter(bodyLimit, "/*", java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST));
                for (ServletMount mount : servlets) {
                    org.eclipse.jetty.ee10.servlet.ServletHolder holder =
                            new org.eclipse.jetty.ee10.servlet.ServletHolder(mount.servlet());
                    holder.setAsyncSupported(true);
                    handler.addServlet(holder, mount.path());
                    for (jakarta.servlet.Filter filter : mount.guards()) {
                        org.eclipse.jetty.ee10.servlet.FilterHolder guard =
                                new org.eclipse.jetty.ee10.servlet.FilterHolder(filter);
                        guard.setAsyncSupported(true);
                        handler.addFilter(guard, mount.path(),
                                java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST));
                    }
                }
            });
            RoutesConfig routes = config.routes;
            routes.before(ctx -> {
                String requestId = UUID.randomUUID().toString();
                ctx.attribute(REQUEST_ID, requestId);
                ctx.header("X-Request-Id", requestId);
                // The UI loads only its own scripts and styles (charts draw inline styles); nothing may frame it.
                ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "no-referrer");
            });
            routes.before(callers::identify);
            routes.get("/health", ctx -> ctx.json(health(info)));
            routes.get("/docs", ctx -> ctx.redirect("/docs.html"));
            routes.get("/openapi.yaml", ctx -> {
                try (java.io.InputStream spec = WebServer.class.getResourceAsStream("/openapi.yaml")) {
                    ctx.contentType("application/yaml").result(spec.readAllBytes());
                }
            });
            modules.forEach(module -> module.register(routes));
            routes.exception(ApiProblem.class, (e, ctx) -> problem(ctx, e.status(), e.title(), e.detail()));
            routes.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, e.getStatus(),
                    reason(e.getStatus()), describe(ctx, e)));
            routes.exception(Exception.class, this::unexpected);
            routes.error(404, "*", ctx -> {
                if (!PROBLEM_JSON.equals(ctx.res().getContentType()) && !ctx.res().isCommitted()) {
                    problem(ctx, 404, "Not Found", "no endpoint " + ctx.method() + " " + ctx.path());
                }
            });
        });
    }

    private static Map<String, Object> health(ServerInfo info) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        body.put("message", "BitofGit API is running");
        body.put("version", info.version());
        body.put("store", info.store());
        body.put("answerer", info.answerer().get());
        body.put("users", info.users().getAsInt());
        return body;
    }

    private void unexpected(Exception e, Context ctx) {
        String requestId = requestId(ctx);
        if (dev.bitofgit.store.StoreFaults.isUnavailable(e)) {
            LOG.warn("request {} {} {}: the database is unreachable: {}", requestId, ctx.method(), ctx.path(),
                    e.toString());
            ctx.header("Retry-After", "5");
            problem(ctx, 503, "Service Unavailable",
                    "the database is unreachable right now; try again in a few seconds (request id " + requestId + ")");
            return;
        }
        LOG.error("request {} {} {} failed", requestId, ctx.method(), ctx.path(), e);
        problem(ctx, 500, "Internal Server Error",
                "the server hit an unexpected error; it has been logged with request id " + requestId);
    }

    private static String describe(Context ctx, HttpResponseException e) {
        if (e.getStatus() == 404) {
            return "no endpoint " + ctx.method() + " " + ctx.path();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? reason(e.getStatus()) : message;
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Content Too Large";
            case 429 -> "Too Many Requests";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Error";
        };
    }

    static String requestId(Context ctx) {
        String id = ctx.attribute(REQUEST_ID);
        return id == null ? UUID.randomUUID().toString() : id;
    }

    void problem(Context ctx, int status, String title, String detail) {
        Problem body = new Problem("about:blank", title, status, detail, ctx.path(), requestId(ctx));
        if (status == 413) {
            // The oversized body was not read: the connection cannot carry another request, so say it closes.
            ctx.header("Connection", "close");
        }
        ctx.status(status);
        ctx.contentType(PROBLEM_JSON);
        // Bytes, not a String: without a charset in the media type Jetty would encode text as ISO-8859-1 and turn
        // every "…" or "ë" of a detail into "?". JSON is UTF-8 (RFC 8259).
        ctx.result(mapper.writeValueAsBytes(body));
    }

    /** Starts listening; returns the bound port (useful with port 0). */
    public int start() {
        app.start();
        int port = app.port();
        LOG.info("BitofGit API is running on http://{}:{}", host, port);
        return port;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
