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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** POST /query {username, question, conversation_id?} → a grounded answer with the tool calls behind it. */
public final class QueryRoutes implements WebModule {
    private final QueryService queries;
    private final JsonBodies bodies;
    private final Function<Context, ToolContext> contexts;
    private final java.util.function.ObjLongConsumer<String> timings;

    public QueryRoutes(QueryService queries, JsonMapper mapper, Function<Context, ToolContext> contexts,
                       java.util.function.ObjLongConsumer<String> timings) {
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
            throw ApiProblem.badRequest("invalid GitHub username '" + username.replaceAll("\\p{Cntrl}", "?")
                    .substring(0, Math.min(60, username.length())) + "'");
        }
        String question = text(body, "question").orElseThrow(() -> ApiProblem.badRequest("question is required"));
        QueryResponse response;
        try {
            response = queries.ask(username, question, text(body, "conversation_id"), contexts.apply(ctx));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
        timings.accept(response.answerer(), response.elapsedMs());
        ctx.json(response);
    }

    private static Optional<String> text(JsonNode body, String field) {
        return JsonBodies.optionalText(body, field);
    }
}
