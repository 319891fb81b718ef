package dev.bitofgit.web;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.ingest.AccountStatus;
import dev.bitofgit.ingest.IngestRejected;
import dev.bitofgit.ingest.IngestRequest;
import dev.bitofgit.auth.Sessions;
import dev.bitofgit.auth.TrustedProxies;
import dev.bitofgit.ingest.IngestService;
import dev.bitofgit.ingest.JobStatus;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * POST /ingest, GET /ingest/{job_id}, GET /ingest/{job_id}/events (SSE) and GET /users/{username}.
 *
 * <p>A POST whose token proves the account (GitHub says the token is that user's) answers with a session token: the
 * caller's key to that account's private data on every face. On a local instance the server's own GITHUB_TOKEN
 * proves its owner's account too; on a public one it never does — it is the operator's token, not the caller's.
 */
public final class IngestRoutes implements WebModule {
    private static final long EVENT_INTERVAL_MILLIS = 500;
    private static final java.util.Set<String> FIELDS = java.util.Set.of("username", "user_name", "github_token",
            "include_private", "full", "keep_token");

    private final IngestService ingest;
    private final JsonBodies bodies;
    private final JsonMapper mapper;
    private final Sessions sessions;
    private final boolean defaultTokenProvesOwner;
    private final TrustedProxies proxies;
    private final ProgressStreams streams = new ProgressStreams(EVENT_INTERVAL_MILLIS);

    public IngestRoutes(IngestService ingest, JsonMapper mapper, Sessions sessions, boolean defaultTokenProvesOwner,
                        TrustedProxies proxies) {
        this.ingest = requireNonNull(ingest, "ingest == null");
        this.proxies = requireNonNull(proxies, "proxies == null");
        this.mapper = requireNonNull(mapper, "mapper == null");
        this.sessions = requireNonNull(sessions, "sessions == null");
        this.defaultTokenProvesOwner = defaultTokenProvesOwner;
        this.bodies = new JsonBodies(mapper);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/ingest", this::start);
        routes.get("/ingest/{job_id}", this::status);
        routes.get("/ingest/{job_id}/events", this::events);
        routes.get("/users/{username}", this::account);
    }

    private void start(Context ctx) {
        JsonNode body = bodies.object(ctx);
        body.propertyNames().forEach(field -> {
            if (!FIELDS.contains(field)) {
                throw ApiProblem.badRequest("unknown field '" + JsonBodies.shown(field) + "'; POST /ingest takes "
                        + "username, github_token, include_private, full, keep_token");
            }
        });
        String username = text(body, "username").or(() -> text(body, "user_name"))
                .orElseThrow(() -> ApiProblem.badRequest("username is required"));
        Optional<String> token = text(body, "github_token").map(JsonBodies::githubToken);
        boolean includePrivate = bool(body, "include_private", true);
        boolean full = bool(body, "full", false);
        boolean keepToken = bool(body, "keep_token", false);
        IngestService.Submission submission = submit(new IngestRequest(username, token, includePrivate, full, keepToken));
        JobStatus status = submission.status();
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("job_id", status.jobId());
        response.put("status", status.status());
        response.put("username", status.username());
        submission.owner()
                .filter(owner -> !owner.byDefaultToken() || defaultTokenProvesOwner)
                .ifPresent(owner -> {
                    Sessions.Issued session = sessions.issue(owner.accountId(), owner.login());
                    response.put("session_token", session.token());
                    response.put("session_expires_at", session.expiresAt().toString());
                });
        ctx.status(202).header("Location", "/ingest/" + status.jobId()).header("Cache-Control", "no-store")
                .json(response);
    }

    private IngestService.Submission submit(IngestRequest request) {
        try {
            return ingest.submit(request);
        } catch (IngestRejected e) {
            throw IngestReasons.problem(e);
        }
    }

    private void status(Context ctx) {
        String id = ctx.pathParam("job_id");
        ctx.json(ingest.job(id, Callers.of(ctx).toolContext()::mayReadPrivate)
                .orElseThrow(() -> ApiProblem.notFound("no ingest job " + id)));
    }

    /** At most {@link ProgressStreams#MAX_PER_CLIENT} open streams per client; the 429 comes before the stream starts. */
    private void events(Context ctx) throws Exception {
        String client = Callers.of(ctx).identity().orElseGet(() -> "address:" + proxies.clientAddress(ctx.ip(),
                Optional.ofNullable(ctx.header("X-Forwarded-For"))));
        ProgressStreams.Slot slot = streams.reserve(client).orElseThrow(() -> new ApiProblem(429, "Too Many Requests",
                "too many open event streams from this client (at most " + ProgressStreams.MAX_PER_CLIENT
                        + "); close one first"));
        try {
            new SseHandler(sse -> follow(sse, slot)).handle(ctx);
        } catch (Exception | Error e) {
            slot.release();
            throw e;
        }
    }

    private void follow(SseClient client, ProgressStreams.Slot slot) {
        String id = client.ctx().pathParam("job_id");
        java.util.function.Predicate<String> viewer = Callers.of(client.ctx()).toolContext()::mayReadPrivate;
        if (ingest.job(id, viewer).isEmpty()) {
            slot.release();
            client.sendEvent("error", "{\"detail\":\"no ingest job " + id.replaceAll("[^A-Za-z0-9-]", "") + "\"}");
            return;
        }
        streams.follow(client, slot, () -> ingest.job(id, viewer), JobStatus::finished, mapper::writeValueAsString);
    }

    private void account(Context ctx) {
        AccountStatus status;
        try {
            String username = ctx.pathParam("username");
            status = ingest.account(username, Callers.of(ctx).toolContext().mayReadPrivate(username));
        } catch (IngestRejected e) {
            throw IngestReasons.problem(e);
        }
        ctx.json(status);
    }

    private static Optional<String> text(JsonNode body, String field) {
        return JsonBodies.optionalText(body, field);
    }

    private static boolean bool(JsonNode body, String field, boolean defaultValue) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return defaultValue;
        }
        if (!value.isBoolean()) {
            throw ApiProblem.badRequest(field + " must be true or false");
        }
        return value.asBoolean();
    }
}
