package dev.bitofgit.web;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.auth.Caller;
import dev.bitofgit.auth.Sessions;
import dev.bitofgit.ingest.IngestRejected;
import dev.bitofgit.ingest.IngestService;
import dev.bitofgit.ingest.TokenKeeper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * POST /sessions {github_token}: a session for the token's own account without starting an ingest (on a public
 * instance whose ingests are the operator's, this is how owners reach their private data). DELETE /sessions/current
 * ends the caller's session (the bearer token stops working at once, on every instance); with
 * {@code ?forget_token=true} it also deletes the GitHub token the owner kept for re-syncs.
 */
public final class SessionRoutes implements WebModule {
    private final Sessions sessions;
    private final Optional<TokenKeeper> keeper;
    private final IngestService identities;
    private final JsonBodies bodies;

    public SessionRoutes(Sessions sessions, Optional<TokenKeeper> keeper, IngestService identities, JsonMapper mapper) {
        this.sessions = requireNonNull(sessions, "sessions == null");
        this.keeper = requireNonNull(keeper, "keeper == null");
        this.identities = requireNonNull(identities, "identities == null");
        this.bodies = new JsonBodies(requireNonNull(mapper, "mapper == null"));
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/sessions", this::start);
        routes.delete("/sessions/current", this::endCurrent);
    }

    private void start(Context ctx) {
        JsonNode body = bodies.object(ctx);
        body.propertyNames().forEach(field -> {
            if (!field.equals("github_token")) {
                throw ApiProblem.badRequest("unknown field '" + JsonBodies.shown(field) + "'; POST /sessions takes "
                        + "github_token");
            }
        });
        String token = JsonBodies.optionalText(body, "github_token")
                .orElseThrow(() -> ApiProblem.badRequest("github_token is required: a session proves an account by "
                        + "a GitHub token of that account"));
        IngestService.ProvenOwner owner;
        try {
            owner = identities.identify(JsonBodies.githubToken(token));
        } catch (IngestRejected e) {
            throw IngestReasons.problem(e);
        }
        Sessions.Issued session = sessions.issue(owner.accountId(), owner.login());
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("username", owner.login());
        response.put("session_token", session.token());
        response.put("session_expires_at", session.expiresAt().toString());
        ctx.status(201).header("Cache-Control", "no-store").json(response);
    }

    private void endCurrent(Context ctx) {
        Caller caller = Callers.of(ctx);
        if (caller.session().isEmpty()) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"bitofgit\"");
            throw new ApiProblem(401, "Unauthorized", "no session: send the session token as 'Authorization: Bearer …'");
        }
        String forget = ctx.queryParam("forget_token");
        if (forget != null && !forget.equals("true") && !forget.equals("false")) {
            throw ApiProblem.badRequest("forget_token must be true or false, got '" + JsonBodies.shown(forget) + "'");
        }
        String header = ctx.header("Authorization");
        sessions.revoke(header.trim().substring("bearer ".length()).trim());
        if ("true".equals(forget)) {
            keeper.ifPresent(kept -> kept.forget(caller.session().get().accountId()));
        }
        ctx.status(204);
    }
}
