package dev.bitofgit.web;

import dev.bitofgit.logging.SecretMask;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Parses request bodies, turning every parse failure into a 400 that says where the JSON broke. */
public final class JsonBodies {
    private final JsonMapper mapper;

    public JsonBodies(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /** The body as a JSON object; a missing body, malformed JSON or a non-object is a 400. */
    public JsonNode object(Context ctx) {
        String body = ctx.body();
        if (body.isBlank()) {
            throw ApiProblem.badRequest("the request body is empty; send a JSON object");
        }
        JsonNode node;
        try {
            node = mapper.readTree(body);
        } catch (StreamReadException e) {
            throw ApiProblem.badRequest("malformed JSON" + where(e.getLocation()) + ": " + e.getOriginalMessage());
        } catch (JacksonException e) {
            throw ApiProblem.badRequest("malformed JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw ApiProblem.badRequest("the request body must be a JSON object, got "
                    + (node == null ? "nothing" : node.getNodeType().name().toLowerCase(Locale.ROOT)));
        }
        return node;
    }

    /** An optional string field; a value of another type is a 400 naming the field. */
    public static Optional<String> optionalText(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isString()) {
            throw ApiProblem.badRequest(field + " must be a string");
        }
        return Optional.of(value.asString());
    }

    /** A GitHub token as sent in a body: its shape is checked before it goes anywhere near GitHub. */
    static String githubToken(String token) {
        if (!token.matches("[\\x21-\\x7E]{1,255}")) {
            throw ApiProblem.badRequest("github_token must be 1 to 255 printable ASCII characters without spaces");
        }
        SecretMask.rememberSeen(token);
        return token;
    }

    /** A value from the request, safe to quote in an error: control characters replaced, at most 60 characters. */
    public static String shown(String value) {
        String clean = value.replaceAll("\\p{Cntrl}", "?");
        return Quoting.abbreviate(clean, 60, "…");
    }

    private static String where(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
