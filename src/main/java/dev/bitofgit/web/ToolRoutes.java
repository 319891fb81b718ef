package dev.bitofgit.web;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.tools.ToolCatalog;
import dev.bitofgit.tools.ToolContext;
import dev.bitofgit.tools.ToolDefinition;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The catalog's REST face: GET /tools lists it, POST /tools/{name} runs a tool — same validation as over MCP. */
public final class ToolRoutes implements WebModule {
    private final ToolCatalog catalog;
    private final JsonMapper mapper;
    private final JsonBodies bodies;
    private final Function<Context, ToolContext> contexts;

    public ToolRoutes(ToolCatalog catalog, JsonMapper mapper, Function<Context, ToolContext> contexts) {
        this.catalog = requireNonNull(catalog, "catalog == null");
        this.mapper = requireNonNull(mapper, "mapper == null");
        this.bodies = new JsonBodies(mapper);
        this.contexts = requireNonNull(contexts, "contexts == null");
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/tools", this::list);
        routes.post("/tools/{name}", this::call);
    }

    private void list(Context ctx) {
        ObjectNode body = mapper.createObjectNode();
        ArrayNode tools = body.putArray("tools");
        for (ToolDefinition tool : catalog.tools()) {
            tools.addObject()
                    .put("name", tool.name())
                    .put("title", tool.title())
                    .put("description", tool.description())
                    .<ObjectNode>set("input_schema", tool.inputSchema())
                    .set("output_schema", tool.outputSchema());
        }
        ctx.contentType("application/json").result(mapper.writeValueAsString(body));
    }

    private void call(Context ctx) {
        String name = ctx.pathParam("name");
        if (catalog.find(name).isEmpty()) {
            throw ApiProblem.notFound("no tool '" + JsonBodies.shown(name) + "'; GET /tools lists them");
        }
        JsonNode arguments = ctx.body().isBlank() ? mapper.createObjectNode() : bodies.object(ctx);
        JsonNode result = catalog.call(name, arguments, contexts.apply(ctx));
        ctx.contentType("application/json").result(mapper.writeValueAsString(result));
    }
}
