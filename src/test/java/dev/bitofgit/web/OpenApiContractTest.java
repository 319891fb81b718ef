package dev.bitofgit.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitofgit.demo.DemoAccountGenerator;
import dev.bitofgit.demo.DemoSpec;
import dev.bitofgit.testing.GitHubStandIn;
import dev.bitofgit.testing.Http;
import dev.bitofgit.testing.TestServer;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Keeps openapi.yaml true: live responses of every documented endpoint are checked against the schema and status
 * codes the document gives for them.
 */
class OpenApiContractTest {
    @RegisterExtension
    final TestServer server = TestServer.create().github(() -> new GitHubStandIn()
            .account(DemoAccountGenerator.generate(new DemoSpec("ada-dev", 2, 3, 200, 1, LocalDate.of(2026, 9, 1)))));

    private JsonNode spec;

    @BeforeEach
    void readSpec() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/openapi.yaml")) {
            spec = YAMLMapper.builder().build().readTree(in);
        }
    }

    @Test
    void liveResponsesMatchTheDocument() throws Exception {
        check("/health", "get", server.http().get("/health"));
        Http.Response demo = server.http().post("/demo", "{}");
        check("/demo", "post", demo);
        Http owner = server.http().withBearer(demo.json().get("session_token").asString());
        check("/users/{username}/identities", "get", owner.get("/users/octo-demo/identities"));
        check("/users/{username}/identities", "get", server.http().get("/users/octo-demo/identities"));
        check("/users/{username}/identities", "get", owner.get("/users/ada-dev/identities"));
        check("/users/{username}/identities", "post", owner.post("/users/octo-demo/identities",
                "{\"email\":\"p.chandan@work.example\"}"));
        check("/users/{username}/identities", "post", owner.post("/users/octo-demo/identities", "{\"email\":\"no\"}"));
        check("/users/{username}/identities", "delete", owner.delete("/users/octo-demo/identities?email=p.chandan@work.example"));
        check("/users/{username}/identities", "delete", owner.delete("/users/octo-demo/identities?name=nobody"));
        check("/tools", "get", server.http().get("/tools"));
        check("/tools/{name}", "post", server.http().post("/tools/list_repos", "{\"username\":\"octo-demo\"}"));
        check("/tools/{name}", "post", server.http().post("/tools/list_repos", "{\"username\":\"octo-demo\",\"limit\":0}"));
        check("/tools/{name}", "post", server.http().post("/tools/nothing", "{}"));
        check("/query", "post", server.http().post("/query", "{\"username\":\"octo-demo\",\"question\":\"What's my most active repository?\"}"));
        check("/query", "post", server.http().post("/query", "{\"username\":\"octo-demo\"}"));
        Http.Response accepted = server.http().post("/ingest", "{\"username\":\"ada-dev\",\"github_token\":\"github_pat_public_reader\"}");
        check("/ingest", "post", accepted);
        check("/ingest", "post", server.http().post("/ingest", "{\"username\":\"-x-\"}"));
        check("/ingest", "post", server.http().post("/ingest", "{\"username\":\"nobody-here\",\"github_token\":\"github_pat_public_reader\"}"));
        check("/sessions", "post", server.http().post("/sessions", "{}"));
        check("/sessions", "post", server.http().post("/sessions", "{\"github_token\":\"ghp_unknown_token\"}"));
        check("/sessions/current", "delete", server.http().delete("/sessions/current"));
        String job = accepted.json().get("job_id").asString();
        JsonNode status;
        do {
            Http.Response response = server.http().get("/ingest/" + job);
            check("/ingest/{job_id}", "get", response);
            status = response.json();
            Thread.sleep(50);
        } while (status.get("status").asString().matches("pending|running"));
        check("/ingest/{job_id}", "get", server.http().get("/ingest/not-a-job"));
        check("/users/{username}", "get", server.http().get("/users/ada-dev"));
        check("/users/{username}", "get", server.http().get("/users/octo-demo"));
        check("/users/{username}/report", "get", server.http().get("/users/octo-demo/report"));
        check("/users/{username}/report", "get", server.http().get("/users/octo-demo/report?format=json&public_only=true"));
        check("/users/{username}/report", "get", server.http().get("/users/octo-demo/report?format=svg"));
        check("/users/{username}/report", "get", server.http().get("/users/octo-demo/report?format=pdf"));
        check("/users/{username}/report", "get", server.http().get("/users/nobody-here/report"));
        Http.Response metrics = server.http().get("/metrics");
        check("/metrics", "get", metrics);
        assertThat(metrics.body()).contains("# TYPE ");
        assertThat(server.http().get("/openapi.yaml").status()).isEqualTo(200);
        assertThat(server.http().get("/docs.html").body()).contains("swagger-ui-bundle.js");
    }

    @Test
    void everyOperationHasADeclaredTagAndItsOwnOperationId() {
        List<String> declaredTags = new ArrayList<>();
        spec.path("tags").forEach(tag -> declaredTags.add(tag.path("name").asString()));
        List<String> operationIds = new ArrayList<>();
        spec.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            String where = operation.getKey() + " " + path.getKey();
            assertThat(operation.getValue().path("tags").size()).as(where + " has one tag").isEqualTo(1);
            assertThat(declaredTags).as(where + "'s tag is declared").contains(operation.getValue().path("tags").get(0).asString());
            assertThat(operation.getValue().has("operationId")).as(where + " has an operationId").isTrue();
            operationIds.add(operation.getValue().path("operationId").asString());
        }));
        assertThat(operationIds).doesNotHaveDuplicates().contains("getMetrics");
    }

    private void check(String path, String method, Http.Response response) {
        JsonNode operation = spec.path("paths").path(path).path(method);
        assertThat(operation.isMissingNode()).as(method + " " + path + " is documented").isFalse();
        JsonNode documented = operation.path("responses").path(String.valueOf(response.status()));
        assertThat(documented.isMissingNode()).as(method + " " + path + " documents status " + response.status()
                + " (body " + response.body() + ")").isFalse();
        if (documented.has("$ref")) {
            documented = resolve(documented.get("$ref").asString());
        }
        JsonNode content = documented.path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            return;
        }
        // Several media types (a report's formats): the one the response has, else the first.
        String mediaType = content.propertyNames().stream()
                .filter(type -> response.contentType().startsWith(type)).findFirst()
                .orElse(content.propertyNames().iterator().next());
        assertThat(response.contentType()).as(method + " " + path).startsWith(mediaType.replace("application/json", "application/json"));
        if (!mediaType.contains("json")) {
            return; // text (Prometheus metrics): the media type is the contract
        }
        List<String> problems = new ArrayList<>();
        validate(response.json(), content.get(mediaType).get("schema"), "$", problems);
        assertThat(problems).as(method + " " + path + " " + response.status() + ": " + response.body()).isEmpty();
    }

    private JsonNode resolve(String ref) {
        JsonNode node = spec;
        for (String part : ref.substring(2).split("/")) {
            node = node.path(part);
        }
        return node;
    }

    /** The JSON Schema subset the document uses: $ref, type (incl. type arrays with null), required, properties, items, enum. */
    private void validate(JsonNode value, JsonNode schema, String where, List<String> problems) {
        if (schema.has("$ref")) {
            validate(value, resolve(schema.get("$ref").asString()), where, problems);
            return;
        }
        List<String> types = new ArrayList<>();
        if (schema.path("type").isArray()) {
            schema.get("type").forEach(t -> types.add(t.asString()));
        } else if (schema.has("type")) {
            types.add(schema.get("type").asString());
        }
        if (!types.isEmpty() && types.stream().noneMatch(type -> matches(value, type))) {
            problems.add(where + " is " + value.getNodeType() + ", documented as " + types);
            return;
        }
        if (schema.has("enum") && !value.isNull()) {
            boolean listed = false;
            for (JsonNode allowed : schema.get("enum")) {
                listed |= allowed.asString().equals(value.asString());
            }
            if (!listed) {
                problems.add(where + " = " + value + " is not in " + schema.get("enum"));
            }
        }
        if (value.isObject()) {
            for (JsonNode name : schema.path("required")) {
                if (!value.has(name.asString())) {
                    problems.add(where + " lacks required " + name.asString());
                }
            }
            schema.path("properties").properties().forEach(entry -> {
                if (value.has(entry.getKey())) {
                    validate(value.get(entry.getKey()), entry.getValue(), where + "." + entry.getKey(), problems);
                }
            });
        }
        if (value.isArray() && schema.has("items")) {
            int i = 0;
            for (JsonNode item : value) {
                validate(item, schema.get("items"), where + "[" + i++ + "]", problems);
            }
        }
    }

    private static boolean matches(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isString();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> false;
        };
    }
}
