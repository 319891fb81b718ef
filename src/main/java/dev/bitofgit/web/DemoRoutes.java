package dev.bitofgit.web;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.auth.Sessions;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * POST /demo, the UI's "Try the demo account": loads octo-demo (idempotent) and hands the local user its session —
 * the demo account is theirs to explore, private repositories included. Not offered on public instances.
 */
public final class DemoRoutes implements WebModule {
    /** What loading the demo left in the store. */
    public record Loaded(String login, long accountId, int repos, long commits) {
        public Loaded {
            requireNonNull(login, "login == null");
        }
    }

    private final boolean local;
    private final Supplier<Loaded> loader;
    private final Sessions sessions;

    public DemoRoutes(boolean local, Supplier<Loaded> loader, Sessions sessions) {
        this.local = local;
        this.loader = requireNonNull(loader, "loader == null");
        this.sessions = requireNonNull(sessions, "sessions == null");
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/demo", this::load);
    }

    private void load(Context ctx) {
        if (!local) {
            throw new ApiProblem(403, "the demo account can only be loaded in local mode");
        }
        Loaded demo = loader.get();
        Sessions.Issued session = sessions.issue(demo.accountId(), demo.login());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", demo.login());
        body.put("repos", demo.repos());
        body.put("commits", demo.commits());
        body.put("session_token", session.token());
        body.put("session_expires_at", session.expiresAt().toString());
        ctx.header("Cache-Control", "no-store").json(body);
    }
}
