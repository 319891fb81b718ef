package dev.bitofgit.web;

import static java.util.Objects.requireNonNull;

import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson3;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one HTTP server: the REST API, /mcp and the UI's static files. Every error leaves as application/problem+json
 * with a request id, through the one {@link ProblemMapping}.
 */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    static final String REQUEST_ID = "bitofgit.request-id";
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private final Javalin app;
    private final String host;

    public WebServer(String host, int port, JsonMapper mapper, ServerInfo info, AccessPolicy access,
                     List<WebModule> modules, List<ServletMount> servlets) {
        this.host = requireNonNull(host, "host == null");
        requireNonNull(mapper, "mapper == null");
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
            config.staticFiles.add("/web", Location.CLASSPATH);
            config.staticFiles.enableWebjars();
            config.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler()));
            config.jetty.modifyServletContextHandler(handler -> {
                FilterHolder gate =
                        new FilterHolder(new RequestGate(access));
                gate.setAsyncSupported(true);
                handler.addFilter(gate, "/*", EnumSet.of(DispatcherType.REQUEST));
                FilterHolder bodyLimit =
                        new FilterHolder(new BodyLimitFilter(access.maxBodyBytes()));
                bodyLimit.setAsyncSupported(true);
                handler.addFilter(bodyLimit, "/*", EnumSet.of(DispatcherType.REQUEST));
                for (ServletMount mount : servlets) {
                    ServletHolder holder =
                            new ServletHolder(mount.servlet());
                    holder.setAsyncSupported(true);
                    handler.addServlet(holder, mount.path());
                    for (Filter filter : mount.guards()) {
                        FilterHolder guard =
                                new FilterHolder(filter);
                        guard.setAsyncSupported(true);
                        handler.addFilter(guard, mount.path(),
                                EnumSet.of(DispatcherType.REQUEST));
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
                try (InputStream spec = WebServer.class.getResourceAsStream("/openapi.yaml")) {
                    ctx.contentType("application/yaml").result(spec.readAllBytes());
                }
            });
            modules.forEach(module -> module.register(routes));
            new ProblemMapping(mapper).register(routes);
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
