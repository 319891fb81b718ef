package dev.bitofgit.web;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.auth.Caller;
import dev.bitofgit.ingest.Identities;
import dev.bitofgit.ingest.Usernames;
import dev.bitofgit.store.Identity;
import dev.bitofgit.store.IdentityStore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GET, POST and DELETE /users/{username}/identities: the other e-mails and names the account's owner commits under
 * (issue 15). Only a session of that account may read or change them (401 without a session, 403 with another
 * account's): the suggestions name people's addresses from private repositories too, and a change moves every count.
 */
public final class IdentityRoutes implements WebModule {
    private static final Set<String> FIELDS = Set.of("email", "name", "mailmap", "proper_email");

    private final Identities identities;
    private final JsonBodies bodies;

    public IdentityRoutes(Identities identities, JsonMapper mapper) {
        this.identities = requireNonNull(identities, "identities == null");
        this.bodies = new JsonBodies(requireNonNull(mapper, "mapper == null"));
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/users/{username}/identities", this::list);
        routes.post("/users/{username}/identities", this::declare);
        routes.delete("/users/{username}/identities", this::remove);
    }

    private void list(Context ctx) {
        String username = owner(ctx);
        ctx.header("Cache-Control", "no-store").json(listing(identities.list(username)));
    }

    private void declare(Context ctx) {
        String username = owner(ctx);
        JsonNode body = bodies.object(ctx);
        body.propertyNames().forEach(field -> {
            if (!FIELDS.contains(field)) {
                throw ApiProblem.badRequest("unknown field '" + JsonBodies.shown(field) + "'; POST /users/{username}/"
                        + "identities takes email, name, mailmap (with proper_email)");
            }
        });
        Identities.Declaration declaration = new Identities.Declaration(JsonBodies.optionalText(body, "email"),
                JsonBodies.optionalText(body, "name"), JsonBodies.optionalText(body, "mailmap"),
                JsonBodies.optionalText(body, "proper_email"));
        Identities.Outcome outcome = identities.declare(username, declaration);
        ctx.header("Cache-Control", "no-store").json(outcome(outcome));
    }

    private void remove(Context ctx) {
        String username = owner(ctx);
        for (String parameter : ctx.queryParamMap().keySet()) {
            if (!parameter.equals("email") && !parameter.equals("name")) {
                throw ApiProblem.badRequest("unknown parameter '" + JsonBodies.shown(parameter) + "'; DELETE "
                        + "/users/{username}/identities takes email or name");
            }
        }
        List<String> emails = ctx.queryParams("email");
        List<String> names = ctx.queryParams("name");
        if (emails.size() + names.size() != 1) {
            throw ApiProblem.badRequest("give exactly one identity to remove: ?email=ADDRESS or ?name=NAME");
        }
        Identity.Kind kind = emails.isEmpty() ? Identity.Kind.NAME : Identity.Kind.EMAIL;
        String value = emails.isEmpty() ? names.get(0) : emails.get(0);
        Identities.Outcome outcome = identities.remove(username, kind, value);
        ctx.header("Cache-Control", "no-store").json(outcome(outcome));
    }

    /** The path's account, when the caller holds a session of it. */
    private static String owner(Context ctx) {
        String username = Usernames.validate(ctx.pathParam("username"));
        Caller caller = Callers.of(ctx);
        if (caller.session().isEmpty()) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"bitofgit\"");
            throw new ApiProblem(401, "identities are the account owner's: send a session of "
                    + username + " as 'Authorization: Bearer …' (POST /sessions with the account's GitHub token gives one)");
        }
        String sessionLogin = caller.session().get().loginKey();
        if (!sessionLogin.equals(username.toLowerCase(Locale.ROOT))) {
            throw new ApiProblem(403, "this session is " + sessionLogin + "'s; the identities of "
                    + username + " need a session of " + username);
        }
        return username;
    }

    private static Map<String, Object> outcome(Identities.Outcome outcome) {
        Map<String, Object> body = listing(outcome.listing());
        body.put("added", outcome.added().stream().map(IdentityRoutes::identity).toList());
        body.put("removed", outcome.removed().stream().map(IdentityRoutes::identity).toList());
        body.put("commits_changed", outcome.commitsChanged());
        return body;
    }

    private static Map<String, Object> listing(Identities.Listing listing) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", listing.login());
        body.put("declared", listing.declared().stream().map(IdentityRoutes::identity).toList());
        body.put("known_emails", listing.knownEmails());
        List<Map<String, Object>> suggestions = new ArrayList<>();
        for (IdentityStore.Suggestion suggestion : listing.suggestions()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("email", suggestion.email());
            item.put("name", suggestion.name().orElse(null));
            item.put("commits", suggestion.commits());
            item.put("repos", suggestion.repos());
            item.put("last_commit_at", suggestion.lastCommitAt().toString());
            suggestions.add(item);
        }
        body.put("suggestions", suggestions);
        body.put("own_commits", listing.ownCommits());
        return body;
    }

    private static Map<String, Object> identity(Identity identity) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("kind", identity.kind().id());
        item.put("value", identity.value());
        item.put("added_at", identity.addedAt().toString());
        return item;
    }
}
