package dev.bitofgit.web;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.auth.Caller;
import dev.bitofgit.auth.Sessions;
import dev.bitofgit.ingest.TokenKeeper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * DELETE /sessions/current: ends the caller's session (the bearer token stops working at once, on every instance);
 * with {@code ?forget_token=true} also deletes the GitHub token the owner kept for re-syncs.
 */
public final class SessionRoutes implements WebModule {
    private final Sessions sessions;
    private final Optional<TokenKeeper> keeper;

    public SessionRoutes(Sessions sessions, Optional<TokenKeeper> keeper) {
        this.sessions = requireNonNull(sessions, "sessions == null");
        this.keeper = requireNonNull(keeper, "keeper == null");
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.delete("/sessions/current", this::endCurrent);
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
