package dev.bitofgit.web;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.answer.QueryResponse;
import dev.bitofgit.answer.QueryService;
import dev.bitofgit.ingest.Usernames;
import dev.bitofgit.tools.ToolContext;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ObjLongConsumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** POST /query {username, question, conversation_id?} → a grounded answer with the tool calls behind it. */
public final class QueryRoutes implements WebModule {
    private final QueryService queries;
    private final JsonBodies bodies;
    private final Function<Context, ToolContext> contexts;
    private final ObjLongConsumer<String> timings;

    public QueryRoutes(QueryService queries, JsonMapper mapper, Function<Context, ToolContext> contexts,
                       ObjLongConsumer<String> timings) {
        this.queries = requireNonNull(queries, "queries == null");
        this.bodies = new JsonBodies(mapper);
        this.contexts = requireNonNull(contexts, "contexts == null");
        this.timings = requireNonNull(timings, "timings == null");
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/query", this::query);
    }

    private void query(Context ctx) {
        JsonNode body = bodies.object(ctx);
        String username = text(body, "username").or(() -> text(body, "user_name"))
                .orElseThrow(() -> ApiProblem.badRequest("username is required"));
        if (!Usernames.isValid(username)) {
            throw ApiProblem.badRequest("invalid GitHub username '"
                    + Quoting.abbreviate(username.replaceAll("\\p{Cntrl}", "?"), 60, "") + "'");
        }
        String question = text(body, "question").orElseThrow(() -> ApiProblem.badRequest("question is required"));
        QueryResponse response;
        try {
            response = queries.ask(username, question, text(body, "conversation_id"), contexts.apply(ctx));
        } catch (IllegalArgumentException e) {
            // The query service says "question too long" this way; mapping every IllegalArgumentException to a 400
            // server-wide would show a bug's message to the client, so only this call's is the caller's fault.
            throw ApiProblem.badRequest(e.getMessage());
        }
        timings.accept(response.answerer(), response.elapsedMs());
        ctx.json(response);
    }

    private static Optional<String> text(JsonNode body, String field) {
        return JsonBodies.optionalText(body, field);
    }
}
