package dev.bitofgit.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitofgit.testing.Http;
import dev.bitofgit.testing.TestServer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** POST /query on the real server: the response contract, conversations, and bad input. */
class QueryApiTest {
    @RegisterExtension
    final TestServer server = TestServer.create().withDemo();

    @Test
    void answersWithTheContractFields() {
        Http.Response response = server.http().post("/query", "{\"username\":\"octo-demo\",\"question\":\"What's my most active repository?\"}");
        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("answer").asString()).startsWith("Your most active repository overall is **");
        assertThat(body.get("answerer").asString()).isEqualTo("offline");
        assertThat(body.get("tool_calls").get(0).get("tool").asString()).isEqualTo("rank_repos_by_activity");
        assertThat(body.get("tool_calls").get(0).get("arguments").get("username").asString()).isEqualTo("octo-demo");
        assertThat(body.get("tool_calls").get(0).get("result").get("ranking").isArray()).isTrue();
        assertThat(body.get("chart").get("type").asString()).isEqualTo("bar");
        assertThat(body.get("chart").get("labels").size()).isEqualTo(body.get("chart").get("values").size());
        assertThat(body.get("suggestions").size()).isGreaterThan(0);
        assertThat(body.get("conversation_id").asString()).isNotBlank();
        assertThat(body.get("elapsed_ms").asLong()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void conversationId_carriesFollowUps_andUserNameIsAnAlias() {
        String id = server.http().post("/query", "{\"user_name\":\"octo-demo\",\"question\":\"What is dotfiles about?\"}")
                .json().get("conversation_id").asString();
        JsonNode followUp = server.http().post("/query", "{\"username\":\"octo-demo\",\"question\":\"show me its last 3 commits\","
                + "\"conversation_id\":\"" + id + "\"}").json();
        assertThat(followUp.get("conversation_id").asString()).isEqualTo(id);
        assertThat(followUp.get("answer").asString()).startsWith("The latest 3 commits to **dotfiles**");
    }

    @Test
    void accountNotIngested_getsAnAnswerSayingSo() {
        JsonNode body = server.http().post("/query", "{\"username\":\"nobody-yet\",\"question\":\"Summarize my GitHub\"}").json();
        assertThat(body.get("answer").asString()).startsWith("BitofGit has not ingested nobody-yet yet.");
        assertThat(body.get("tool_calls")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"question\":\"hi\"}|username is required",
        "{\"username\":\"octo-demo\"}|question is required",
        "{\"username\":\"octo-demo\",\"question\":\"   \"}|question is required",
        "{\"username\":\"../etc/passwd\",\"question\":\"hi\"}|invalid GitHub username '../etc/passwd'",
        "{\"username\":\"octo-demo\",\"question\":42}|question must be a string",
    })
    void badInput_is400(String body, String detail) {
        Http.Response response = server.http().post("/query", body);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).isEqualTo(detail);
    }

    @Test
    void overlongQuestion_is400() {
        Http.Response response = server.http().post("/query", "{\"username\":\"octo-demo\",\"question\":\"" + "why ".repeat(600) + "\"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).isEqualTo("question is longer than 2000 characters");
    }
}
