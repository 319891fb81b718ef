package dev.bitofgit.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.bitofgit.ingest.IngestRejected;
import dev.bitofgit.testing.Http;
import dev.bitofgit.testing.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

class WebServerTest {
    @RegisterExtension
    final TestServer server = TestServer.create().modules(application -> List.of(routes -> {
        JsonBodies bodies = new JsonBodies(application.mapper());
        routes.post("/probe/echo", ctx -> ctx.json(bodies.object(ctx)));
        routes.get("/probe/boom", ctx -> {
            throw new IllegalStateException("secret internals at line 42");
        });
        routes.get("/probe/github-limited", ctx -> {
            throw new IngestRejected(IngestRejected.Reason.RATE_LIMITED, "GitHub could not be reached: rate limited");
        });
        routes.get("/probe/github-down", ctx -> {
            throw new IngestRejected(IngestRejected.Reason.GITHUB_UNAVAILABLE, "GitHub could not be reached: connection refused");
        });
    }));

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void listen() {
        log.start();
        ((Logger) LoggerFactory.getLogger(WebServer.class)).addAppender(log);
    }

    @AfterEach
    void stopListening() {
        ((Logger) LoggerFactory.getLogger(WebServer.class)).detachAppender(log);
    }

    @Test
    void health_answersWithTheContractFields() {
        Http.Response response = server.http().get("/health");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        JsonNode body = response.json();
        assertThat(body.get("status").asString()).isEqualTo("ok");
        assertThat(body.get("message").asString()).isEqualTo("BitofGit API is running");
        assertThat(body.get("version").asString()).isEqualTo("0.1.0");
        assertThat(body.get("store").asString()).isEqualTo("sqlite");
        assertThat(body.get("answerer").asString()).isEqualTo("offline");
        assertThat(body.get("users").asInt()).isZero();
    }

    @Test
    void health_countsLoadedUsers() {
        server.application().loadDemo();
        assertThat(server.http().get("/health").json().get("users").asInt()).isEqualTo(1);
    }

    @Test
    void everyResponse_carriesSecurityHeaders() {
        for (String path : List.of("/health", "/", "/no/such/thing")) {
            Http.Response response = server.http().get(path);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).get().asString()
                    .contains("default-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-eval");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
        }
    }

    @Test
    void unknownPath_isProblemJson404() {
        Http.Response response = server.http().get("/no/such/thing");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        JsonNode body = response.json();
        assertThat(body.get("status").asInt()).isEqualTo(404);
        assertThat(body.get("title").asString()).isEqualTo("Not Found");
        assertThat(body.get("detail").asString()).isEqualTo("no endpoint GET /no/such/thing");
        assertThat(body.get("request_id").asString()).isNotBlank();
    }

    @Test
    void malformedJson_is400SayingWhereItBroke() {
        Http.Response response = server.http().post("/probe/echo", "{\n  \"username\": \"octo\",\n  oops\n}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.json().get("detail").asString()).isEqualTo("malformed JSON at line 3, column 3: Unexpected character ('o' (code 111)): was expecting double-quote to start property name");
    }

    @Test
    void nonObjectJson_is400() {
        Http.Response response = server.http().post("/probe/echo", "[1,2]");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).isEqualTo("the request body must be a JSON object, got array");
    }

    @Test
    void unexpectedException_is500WithRequestIdAndNoStackTrace() {
        Http.Response response = server.http().get("/probe/boom");
        assertThat(response.status()).isEqualTo(500);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        String requestId = response.json().get("request_id").asString();
        assertThat(response.json().get("detail").asString())
                .isEqualTo("the server hit an unexpected error; it has been logged with request id " + requestId);
        assertThat(response.body()).doesNotContain("IllegalStateException", "secret internals", "\tat ", "dev.bitofgit");
        assertThat(response.headers().firstValue("X-Request-Id")).contains(requestId);
        assertThat(log.list).anySatisfy(event -> {
            assertThat(event.getFormattedMessage()).contains(requestId);
            assertThat(event.getThrowableProxy().getMessage()).isEqualTo("secret internals at line 42");
        });
    }

    @Test
    void ingestRejection_takesItsTitleFromTheOneTable_503IsServiceUnavailable() {
        Http.Response limited = server.http().get("/probe/github-limited");
        assertThat(limited.status()).isEqualTo(503);
        assertThat(limited.contentType()).isEqualTo("application/problem+json");
        assertThat(limited.json().get("title").asString()).isEqualTo("Service Unavailable");
        assertThat(limited.json().get("status").asInt()).isEqualTo(503);
        assertThat(limited.json().get("detail").asString()).isEqualTo("GitHub could not be reached: rate limited");

        Http.Response down = server.http().get("/probe/github-down");
        assertThat(down.status()).isEqualTo(502);
        assertThat(down.json().get("title").asString()).isEqualTo("Bad Gateway");
    }

    @Test
    void statusTitles_areOnePerStatus_andRfc9110s() {
        assertThat(StatusTitles.of(503)).isEqualTo("Service Unavailable");
        assertThat(StatusTitles.of(502)).isEqualTo("Bad Gateway");
        assertThat(StatusTitles.of(413)).isEqualTo("Content Too Large");
        assertThat(StatusTitles.of(401)).isEqualTo("Unauthorized");
        assertThat(StatusTitles.of(414)).isEqualTo("URI Too Long");
        assertThat(new ApiProblem(503, "down").title()).isEqualTo("Service Unavailable");
    }

    @Test
    void noErrorResponse_carriesAStackTrace() {
        List<Http.Response> responses = List.of(server.http().get("/probe/boom"),
                server.http().get("/probe/github-limited"), server.http().get("/no/such/thing"),
                server.http().post("/probe/echo", "{oops"), server.http().post("/ingest", "{\"username\": \"-bad-\"}"),
                server.http().post("/tools/list_repos", "{\"limit\": \"many\"}"),
                server.http().get("/users/nobody-here/report"), server.http().post("/sessions", "{}"),
                server.http().delete("/sessions/current"));
        for (Http.Response response : responses) {
            assertThat(response.status()).as(response.body()).isBetween(400, 599);
            assertThat(response.contentType()).as(response.body()).isEqualTo("application/problem+json");
            assertThat(response.body()).doesNotContain("\tat ", "Exception", "dev.bitofgit.", "java.lang");
        }
    }
}
