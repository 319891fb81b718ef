package dev.bitofgit.web;

import dev.bitofgit.auth.Authenticator;
import dev.bitofgit.auth.Caller;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Optional;

/**
 * Runs before every route: identifies the caller from its credentials, then enforces the {@link AccessPolicy} —
 * operator key for ingests on a public instance, per-client limits. Routes read the caller with {@link #of}.
 */
public final class Callers {
    private static final String ATTRIBUTE = "bitofgit.caller";

    private final AccessPolicy policy;

    Callers(AccessPolicy policy) {
        this.policy = policy;
    }

    /** The caller the before-handler identified (anonymous for requests it did not see). */
    public static Caller of(Context ctx) {
        Caller caller = ctx.attribute(ATTRIBUTE);
        return caller == null ? Caller.ANONYMOUS : caller;
    }

    void identify(Context ctx) {
        if ("OPTIONS".equals(ctx.method().name())) {
            return; // CORS preflights carry no credentials
        }
        Caller caller;
        try {
            caller = policy.authenticator().authenticate(Optional.ofNullable(ctx.header("Authorization")),
                    Optional.ofNullable(ctx.header("X-API-Key")));
        } catch (Authenticator.Rejected e) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"bitofgit\", error=\"invalid_token\"");
            throw new ApiProblem(401, e.getMessage());
        }
        ctx.attribute(ATTRIBUTE, caller);
        if (!policy.cloud() || !"POST".equals(ctx.method().name())) {
            return;
        }
        String path = ctx.path();
        if (path.equals("/ingest")) {
            if (policy.authenticator().operatorKeysConfigured() && !caller.operator()) {
                ctx.header("WWW-Authenticate", "Bearer realm=\"bitofgit\"");
                throw new ApiProblem(401, "this instance starts ingests only for its operator: send "
                        + "an operator key (BITOFGIT_API_KEYS) in the X-API-Key header");
            }
            limit(ctx, caller, AccessPolicy.INGEST_LIMIT, "ingests");
        } else if (path.equals("/query")) {
            limit(ctx, caller, AccessPolicy.QUERY_LIMIT, "questions");
        } else if (path.equals("/sessions")) {
            limit(ctx, caller, AccessPolicy.QUERY_LIMIT, "session requests");
        } else if (path.startsWith("/tools/")) {
            limit(ctx, caller, AccessPolicy.TOOL_LIMIT, "tool calls");
        } else if (path.startsWith("/users/") && path.endsWith("/identities")) {
            // Each declaration recomputes the owner's commits and roll-ups: about a second on a large account.
            limit(ctx, caller, AccessPolicy.QUERY_LIMIT, "identity changes");
        }
    }

    private void limit(Context ctx, Caller caller, String limit, String what) {
        Optional<Duration> wait = policy.take(limit, caller, ctx.ip(), Optional.ofNullable(ctx.header("X-Forwarded-For")));
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            ctx.header("Retry-After", Long.toString(seconds));
            throw new ApiProblem(429, "too many " + what + " from this client; try again in "
                    + seconds + " s");
        }
    }
}
