package dev.bitofgit.web;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.ingest.IdentityRejected;
import dev.bitofgit.ingest.IngestRejected;
import dev.bitofgit.report.ReportRejected;
import dev.bitofgit.store.StoreFaults;
import dev.bitofgit.tools.ToolException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place an exception becomes an HTTP response: routes throw (an {@link ApiProblem}, or the domain's own
 * rejection) and never catch. Every error leaves as application/problem+json with a request id and a title from
 * {@link StatusTitles}; an unexpected exception is logged with its stack trace under that id and never shown.
 */
final class ProblemMapping {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    static final String PROBLEM_JSON = "application/problem+json";

    private final JsonMapper mapper;

    ProblemMapping(JsonMapper mapper) {
        this.mapper = requireNonNull(mapper, "mapper == null");
    }

    void register(RoutesConfig routes) {
        routes.exception(ApiProblem.class, (e, ctx) -> problem(ctx, e.status(), e.detail()));
        routes.exception(IngestRejected.class, (e, ctx) -> problem(ctx, IngestReasons.status(e.reason()), e.getMessage()));
        routes.exception(IdentityRejected.class, (e, ctx) -> problem(ctx, switch (e.reason()) {
            case INVALID -> 400;
            case UNKNOWN_ACCOUNT, NOT_DECLARED -> 404;
        }, e.getMessage()));
        routes.exception(ReportRejected.class, (e, ctx) -> problem(ctx, switch (e.reason()) {
            case UNKNOWN_ACCOUNT -> 404;
            case BAD_ARGUMENT -> 400;
        }, e.getMessage()));
        routes.exception(ToolException.class, (e, ctx) -> problem(ctx, 400, e.getMessage()));
        routes.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, e.getStatus(), describe(ctx, e)));
        routes.exception(Exception.class, this::unexpected);
        routes.error(404, "*", ctx -> {
            if (!PROBLEM_JSON.equals(ctx.res().getContentType()) && !ctx.res().isCommitted()) {
                problem(ctx, 404, "no endpoint " + ctx.method() + " " + ctx.path());
            }
        });
    }

    private void unexpected(Exception e, Context ctx) {
        String requestId = requestId(ctx);
        if (StoreFaults.isUnavailable(e)) {
            LOG.warn("request {} {} {}: the database is unreachable: {}", requestId, ctx.method(), ctx.path(),
                    e.toString());
            ctx.header("Retry-After", "5");
            problem(ctx, 503,
                    "the database is unreachable right now; try again in a few seconds (request id " + requestId + ")");
            return;
        }
        LOG.error("request {} {} {} failed", requestId, ctx.method(), ctx.path(), e);
        problem(ctx, 500, "the server hit an unexpected error; it has been logged with request id " + requestId);
    }

    private static String describe(Context ctx, HttpResponseException e) {
        if (e.getStatus() == 404) {
            return "no endpoint " + ctx.method() + " " + ctx.path();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? StatusTitles.of(e.getStatus()) : message;
    }

    static String requestId(Context ctx) {
        String id = ctx.attribute(WebServer.REQUEST_ID);
        return id == null ? UUID.randomUUID().toString() : id;
    }

    private void problem(Context ctx, int status, String detail) {
        Problem body = new Problem("about:blank", StatusTitles.of(status), status, detail, ctx.path(), requestId(ctx));
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
}
