package dev.bitofgit.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoAccountGenerator;
import dev.bitofgit.demo.DemoRepo;
import dev.bitofgit.demo.DemoSpec;
import dev.bitofgit.testing.GitHubStandIn;
import dev.bitofgit.testing.Http;
import dev.bitofgit.testing.TestServer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * What a caller learns besides tool results follows its view too: a private ingest's job (its id, counts, errors),
 * the conversation it continues, and whether an account is ready to be asked about.
 */
class CallerViewTest {
    private static final DemoAccount ADA = DemoAccountGenerator.generate(
            new DemoSpec("ada-v", 81, 10, 600, 2, LocalDate.of(2026, 10, 1)));
    private static final DemoAccount BOB = DemoAccountGenerator.generate(
            new DemoSpec("bob-v", 82, 5, 300, 2, LocalDate.of(2026, 10, 1)));
    /** An account whose every repository is private. */
    private static final DemoAccount CAROL = privateOnly(DemoAccountGenerator.generate(
            new DemoSpec("carol-v", 83, 14, 400, 2, LocalDate.of(2026, 10, 1))));

    @RegisterExtension
    final TestServer server = TestServer.create()
            .github(() -> new GitHubStandIn().account(ADA).account(BOB).account(CAROL).token("ghp_ada_view_secret", "ada-v")
                    .token("ghp_bob_view_secret", "bob-v").token("ghp_carol_view_secret", "carol-v"));

    private Ingested ada;
    private Ingested bob;

    private record Ingested(String jobId, String session) {
    }

    @BeforeEach
    void start() {
        ada = ingest("ada-v", "ghp_ada_view_secret");
        bob = ingest("bob-v", "ghp_bob_view_secret");
        assertThat(ADA.repos().stream().filter(DemoRepo::isPrivate)).as("ada has private repositories").isNotEmpty();
        assertThat(CAROL.repos()).isNotEmpty().allMatch(DemoRepo::isPrivate);
    }

    @Test
    void users_givesTheJobIdOnlyToTheAccountsSession() {
        assertThat(server.http().get("/users/ada-v").json().path("job_id").isNull()).as("anonymous").isTrue();
        assertThat(server.http().withBearer(bob.session()).get("/users/ada-v").json().path("job_id").isNull()).as("bob")
                .isTrue();
        assertThat(server.http().withBearer(ada.session()).get("/users/ada-v").json().get("job_id").asString())
                .isEqualTo(ada.jobId());
    }

    @Test
    void privateIngestsJob_showsAnotherCallerOnlyPublicNumbers() {
        int publicRepos = (int) ADA.repos().stream().filter(repo -> !repo.isPrivate()).count();
        long publicCommits = server.http().get("/users/ada-v").json().get("commit_count").asLong();
        long allCommits = server.http().withBearer(ada.session()).get("/users/ada-v").json().get("commit_count").asLong();
        assertThat(publicCommits).isLessThan(allCommits);

        for (Http caller : List.of(server.http(), server.http().withBearer(bob.session()))) {
            JsonNode job = caller.get("/ingest/" + ada.jobId()).json();
            assertThat(job.get("status").asString()).isEqualTo("completed");
            assertThat(job.get("repos_total").asInt()).isEqualTo(publicRepos);
            assertThat(job.get("repos_done").asInt()).isEqualTo(publicRepos);
            assertThat(job.get("commits_stored").asLong()).isEqualTo(publicCommits);

            String events = caller.withHeader("Accept", "text/event-stream").get("/ingest/" + ada.jobId() + "/events")
                    .body();
            assertThat(events).contains("event: done").contains("\"repos_total\":" + publicRepos + ",")
                    .contains("\"commits_stored\":" + publicCommits + ",")
                    .doesNotContain("\"repos_total\":" + ADA.repos().size() + ",");
        }
        JsonNode own = server.http().withBearer(ada.session()).get("/ingest/" + ada.jobId()).json();
        assertThat(own.get("repos_total").asInt()).isEqualTo(ADA.repos().size());
        assertThat(own.get("commits_stored").asLong()).isEqualTo(allCommits);
    }

    @Test
    void conversationId_presentedByAnotherCaller_startsAFreshConversation() {
        DemoRepo secret = ADA.repos().stream().filter(DemoRepo::isPrivate).findFirst().orElseThrow();
        JsonNode owners = server.http().withBearer(ada.session()).post("/query",
                "{\"username\":\"ada-v\",\"question\":\"Tell me about " + secret.name() + "\"}").json();
        assertThat(owners.toString()).contains(secret.name());
        String conversation = owners.get("conversation_id").asString();
        String followUp = "{\"username\":\"ada-v\",\"question\":\"How many commits does it have?\","
                + "\"conversation_id\":\"" + conversation + "\"}";

        for (Http stranger : List.of(server.http(), server.http().withBearer(bob.session()))) {
            JsonNode answer = stranger.post("/query", followUp).json();
            assertThat(answer.get("conversation_id").asString()).isNotEqualTo(conversation);
            assertThat(answer.toString()).doesNotContain(secret.name());
        }
        JsonNode ownFollowUp = server.http().withBearer(ada.session()).post("/query", followUp).json();
        assertThat(ownFollowUp.get("conversation_id").asString()).isEqualTo(conversation);
    }

    @Test
    void readiness_ofAPrivateOnlyAccount_followsTheCallersView() {
        Ingested carol = ingest("carol-v", "ghp_carol_view_secret");
        String hi = "{\"username\":\"carol-v\",\"question\":\"hi\"}";
        for (Http stranger : List.of(server.http(), server.http().withBearer(bob.session()))) {
            JsonNode answer = stranger.post("/query", hi).json();
            assertThat(answer.get("answer").asString()).isEqualTo("carol-v has no repositories to ask about.");
            assertThat(answer.get("tool_calls")).isEmpty();
        }
        JsonNode own = server.http().withBearer(carol.session()).post("/query", hi).json();
        assertThat(own.get("answer").asString()).isNotEqualTo("carol-v has no repositories to ask about.");
    }

    @Test
    void searchByMeaning_findsPrivateTextsOnlyForTheAccountsSession() throws InterruptedException {
        List<String> secrets = ADA.repos().stream().filter(DemoRepo::isPrivate).map(DemoRepo::name).toList();
        DemoRepo secret = ADA.repos().stream().filter(DemoRepo::isPrivate).findFirst().orElseThrow();
        // Its description in other words is not needed here: the question is whose view sees the passage at all.
        String readmes = "{\"username\":\"ada-v\",\"query\":\"" + secret.description() + "\",\"mode\":\"meaning\",\"limit\":20}";
        Http owner = server.http().withBearer(ada.session());
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        // The ingest's job ends before the embedding behind it does.
        while (!texts(owner.post("/tools/search_readmes", readmes).json().get("matches"), "repo").contains(secret.name())) {
            assertThat(System.nanoTime()).as("the owner finds " + secret.name() + " by meaning").isLessThan(deadline);
            Thread.sleep(200);
        }
        // A commit body that names the private repository (the generator writes "The old behaviour in REPO broke …").
        String body = "the old behaviour in " + secret.name() + " broke when the input was empty";
        assertThat(secret.commits()).anyMatch(c -> c.message().toLowerCase(java.util.Locale.ROOT).contains(body));
        String commits = "{\"username\":\"ada-v\",\"query\":\"" + body + "\",\"mode\":\"meaning\",\"limit\":20}";
        // Passages come first, then the commits: wait until the run says it is over (no note).
        while (!owner.post("/tools/search_commits", commits).json().get("note").isNull()) {
            assertThat(System.nanoTime()).as("the embedding behind the ingest ends").isLessThan(deadline);
            Thread.sleep(200);
        }
        assertThat(texts(owner.post("/tools/search_commits", commits).json().get("commits"), "repo").get(0))
                .isEqualTo(secret.name());
        String question = "{\"username\":\"ada-v\",\"question\":\"Which of my projects is about "
                + secret.description().toLowerCase(java.util.Locale.ROOT) + "?\"}";
        for (Http stranger : List.of(server.http(), server.http().withBearer(bob.session()))) {
            assertThat(texts(stranger.post("/tools/search_readmes", readmes).json().get("matches"), "repo"))
                    .isNotEmpty().doesNotContainAnyElementsOf(secrets);
            assertThat(texts(stranger.post("/tools/search_commits", commits).json().get("commits"), "repo"))
                    .isNotEmpty().doesNotContainAnyElementsOf(secrets);
            // The answer repeats the question (which names the repository); the repositories it lists are in bold.
            assertThat(stranger.post("/query", question).json().get("answer").asString())
                    .doesNotContain("**" + secret.name() + "**");
        }
        assertThat(owner.post("/query", question).json().get("answer").asString()).contains("**" + secret.name() + "**");
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(item -> values.add(item.get(field).asString()));
        return values;
    }

    private Ingested ingest(String login, String token) {
        Http.Response accepted = server.http().post("/ingest", "{\"username\":\"" + login + "\",\"github_token\":\"" + token + "\"}");
        assertThat(accepted.status()).isEqualTo(202);
        String jobId = accepted.json().get("job_id").asString();
        String session = accepted.json().get("session_token").asString();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (server.http().withBearer(session).get("/ingest/" + jobId).json().get("status").asString()
                .matches("pending|running")) {
            assertThat(System.nanoTime()).isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return new Ingested(jobId, session);
    }

    private static DemoAccount privateOnly(DemoAccount account) {
        List<DemoRepo> repos = account.repos().stream().filter(DemoRepo::isPrivate).toList();
        return new DemoAccount(account.id(), account.login(), account.name(), account.bio(), account.emails(),
                account.createdAt(), repos, account.externalPullRequests().stream()
                .filter(dev.bitofgit.demo.DemoPullRequest::repoPrivate).toList());
    }
}
