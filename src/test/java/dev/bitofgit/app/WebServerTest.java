package dev.bitofgit.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.bitofgit.testing.Http;
import dev.bitofgit.web.JsonBodies;
import dev.bitofgit.web.WebModule;
import dev.bitofgit.web.WebServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

class WebServerTest {
    @TempDir
    Path dir;

    private Application application;
    private Http http;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void start() {
        Settings settings = SettingsLoader.load(Map.of("BITOFGIT_DATA_DIR", dir.toString(), "PORT", "0"), Map.of());
        application = Application.open(settings);
        WebModule probes = routes -> {
            JsonBodies bodies = new JsonBodies(application.mapper());
            routes.post("/probe/echo", ctx -> ctx.json(bodies.object(ctx)));
            routes.get("/probe/boom", ctx -> {
                throw new IllegalStateException("secret internals at line 42");
            });
        };
        log.start();
        ((Logger) LoggerFactory.getLogger(WebServer.class)).addAppender(log);
        http = new Http(application.startServer(List.of(probes)));
    }

    @AfterEach
    void stop() {
        ((Logger) LoggerFactory.getLogger(WebServer.class)).detachAppender(log);
        application.close();
    }

    @Test
    void health_answersWithTheContractFields() {
        Http.Response response = http.get("/health");
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
        application.loadDemo();
        assertThat(http.get("/health").json().get("users").asInt()).isEqualTo(1);
    }

    @Test
    void everyResponse_carriesSecurityHeaders() {
        for (String path : List.of("/health", "/", "/no/such/thing")) {
            Http.Response response = http.get(path);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).get().asString()
                    .contains("default-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-eval");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
        }
    }

    @Test
    void unknownPath_isProblemJson404() {
        Http.Response response = http.get("/no/such/thing");
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
        Http.Response response = http.post("/probe/echo", "{\n  \"username\": \"octo\",\n  oops\n}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.json().get("detail").asString()).isEqualTo("malformed JSON at line 3, column 3: Unexpected character ('o' (code 111)): was expecting double-quote to start property name");
    }

    @Test
    void nonObjectJson_is400() {
        Http.Response response = http.post("/probe/echo", "[1,2]");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).isEqualTo("the request body must be a JSON object, got array");
    }

    @Test
    void unexpectedException_is500WithRequestIdAndNoStackTrace() {
        Http.Response response = http.get("/probe/boom");
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
}
