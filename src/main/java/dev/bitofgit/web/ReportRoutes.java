package dev.bitofgit.web;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.ingest.Usernames;
import dev.bitofgit.report.ReportBuilder;
import dev.bitofgit.report.ReportFormat;
import dev.bitofgit.report.ReportRenderer;
import dev.bitofgit.report.YearReport;
import dev.bitofgit.tools.ToolContext;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * GET /users/{username}/report?year=&format=&public_only= — the year in review. What it shows follows the caller's
 * view exactly as the tools do: private repositories only for a session of the account; {@code public_only=true}
 * leaves them out even then, for a page meant to be shared. The HTML page's Open Graph image is the public card.
 */
public final class ReportRoutes implements WebModule {

    private final ReportBuilder builder;
    private final ReportRenderer renderer;

    public ReportRoutes(ReportBuilder builder, ReportRenderer renderer) {
        this.builder = requireNonNull(builder, "builder == null");
        this.renderer = requireNonNull(renderer, "renderer == null");
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/users/{username}/report", this::report);
    }

    private void report(Context ctx) {
        String username = ctx.pathParam("username");
        if (!Usernames.isValid(username)) {
            throw ApiProblem.badRequest("invalid GitHub username '" + JsonBodies.shown(username) + "'");
        }
        OptionalInt year = year(ctx.queryParam("year"));
        boolean publicOnly = flag(ctx.queryParam("public_only"));
        ToolContext viewer = publicOnly ? ToolContext.publicOnly() : Callers.of(ctx).toolContext();
        ReportFormat format = ReportFormat.of(Optional.ofNullable(ctx.queryParam("format")).orElse("html"));
        YearReport report = builder.build(username, year, viewer);
        String path = "/users/" + URLEncoder.encode(report.username(), StandardCharsets.UTF_8) + "/report?year="
                + report.year();
        // The card's absolute address for link previews; behind a TLS proxy the scheme it forwarded. Only the
        // caller's own response carries what its headers say, escaped.
        String scheme = "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto")) ? "https" : ctx.scheme();
        String base = ctx.host() == null || ctx.host().isBlank() ? "" : scheme + "://" + ctx.host();
        String body = renderer.render(report, format, Optional.of(base + path + "&format=svg&public_only=true"),
                Optional.of(base + path + "&public_only=true"));
        // A page with private repositories in it is the owner's: never kept by a shared cache.
        ctx.header("Cache-Control", report.privateIncluded() ? "private, no-store" : "public, max-age=300");
        ctx.header("Vary", "Authorization");
        ctx.header("Content-Disposition", "inline; filename=\"" + report.username() + "-" + report.year() + "."
                + format.id() + "\"");
        ctx.contentType(format.contentType()).result(body);
    }

    private static OptionalInt year(String value) {
        if (value == null || value.isBlank()) {
            return OptionalInt.empty();
        }
        if (!value.matches("\\d{4}")) {
            throw ApiProblem.badRequest("year must be a four-digit year such as 2025, got '" + JsonBodies.shown(value)
                    + "'");
        }
        return OptionalInt.of(Integer.parseInt(value));
    }

    private static boolean flag(String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw ApiProblem.badRequest("public_only must be true or false, got '" + JsonBodies.shown(value) + "'");
    }
}
