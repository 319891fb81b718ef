package dev.bitofgit.web;

import static java.util.Objects.requireNonNull;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.function.Supplier;

/** GET /metrics: the Prometheus text exposition of whatever the composition root measures. */
public final class MetricsRoutes implements WebModule {
    private final Supplier<String> scrape;

    public MetricsRoutes(Supplier<String> scrape) {
        this.scrape = requireNonNull(scrape, "scrape == null");
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/metrics", this::scrape);
    }

    private void scrape(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(scrape.get());
    }
}
