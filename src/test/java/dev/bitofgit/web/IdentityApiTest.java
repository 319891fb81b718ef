package dev.bitofgit.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoAccountGenerator;
import dev.bitofgit.demo.DemoSpec;
import dev.bitofgit.testing.GitHubStandIn;
import dev.bitofgit.testing.Http;
import dev.bitofgit.testing.TestServer;
import dev.bitofgit.testing.IdentityFixture;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * GET, POST and DELETE /users/{username}/identities on the real server: only a session of the account may read or
 * change its identities, bad input is a 400 saying what was wrong, and a declaration moves the counts every face
 * serves (REST tools, /users) at once.
 */
class IdentityApiTest {
    private static final DemoAccount OWNER = IdentityFixture.account("p-chandan", 153);
    private static final DemoAccount OTHER = DemoAccountGenerator.generate(
            new DemoSpec("bob-i", 154, 3, 120, 1, LocalDate.of(2026, 10, 1)));

    @RegisterExtension
    final TestServer server = TestServer.create().github(() -> new GitHubStandIn().account(OWNER).account(OTHER)
            .token("ghp_pc_secret", "p-chandan").token("ghp_bob_secret", "bob-i"));

    private String ownerSession;
    private String otherSession;

    @BeforeEach
    void ingestBoth() {
        ownerSession = ingest("p-chandan", "ghp_pc_secret");
        otherSession = ingest("bob-i", "ghp_bob_secret");
    }

    @Test
    void onlyASessionOfTheAccount_mayReadOrChangeItsIdentities() {
        for (Http.Response response : List.of(server.http().get("/users/p-chandan/identities"),
                server.http().post("/users/p-chandan/identities", "{\"email\":\"" + IdentityFixture.WORK_EMAIL + "\"}"),
                server.http().delete("/users/p-chandan/identities?email=" + IdentityFixture.WORK_EMAIL))) {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("detail").asString()).isEqualTo("identities are the account owner's: send "
                    + "a session of p-chandan as 'Authorization: Bearer …' (POST /sessions with the account's GitHub "
                    + "token gives one)");
        }
        Http other = server.http().withBearer(otherSession);
        for (Http.Response response : List.of(other.get("/users/p-chandan/identities"),
                other.post("/users/p-chandan/identities", "{\"email\":\"" + IdentityFixture.WORK_EMAIL + "\"}"),
                other.delete("/users/p-chandan/identities?email=" + IdentityFixture.WORK_EMAIL))) {
            assertThat(response.status()).isEqualTo(403);
            assertThat(response.json().get("detail").asString())
                    .isEqualTo("this session is bob-i's; the identities of p-chandan need a session of p-chandan");
        }
        assertThat(ownCommits()).as("nothing changed").isEqualTo(server.http().withBearer(ownerSession)
                .get("/users/p-chandan/identities").json().get("own_commits").asLong());
        assertThat(server.http().withBearer(ownerSession).get("/users/p-chandan/identities").json().get("declared")).isEmpty();
    }

    @Test
    void theOwnersDeclaration_movesTheCountsAtOnce_andRemovalRestoresThem() {
        Http owner = server.http().withBearer(ownerSession);
        JsonNode listing = owner.get("/users/P-Chandan/identities").json();
        long before = listing.get("own_commits").asLong();
        assertThat(before).isEqualTo(ownCommits());
        assertThat(listing.get("known_emails").toString()).contains("p-chandan@users.noreply.github.com");
        long work = IdentityFixture.commits(OWNER).stream()
                .filter(c -> c.commit().authorEmail().equals(IdentityFixture.WORK_EMAIL)).count();
        JsonNode suggestion = null;
        for (JsonNode item : listing.get("suggestions")) {
            if (item.get("email").asString().equals(IdentityFixture.WORK_EMAIL)) {
                suggestion = item;
            }
        }
        assertThat(suggestion).isNotNull();
        assertThat(suggestion.get("commits").asLong()).isEqualTo(work);
        assertThat(suggestion.get("name").asString()).isEqualTo(IdentityFixture.PERSON);

        Http.Response declared = owner.post("/users/p-chandan/identities", "{\"email\":\"P.Chandan@work.example\"}");

        assertThat(declared.status()).isEqualTo(200);
        assertThat(declared.json().get("added").get(0).get("value").asString()).isEqualTo(IdentityFixture.WORK_EMAIL);
        assertThat(declared.json().get("commits_changed").asLong()).isEqualTo(work);
        assertThat(declared.json().get("own_commits").asLong()).isEqualTo(before + work);
        assertThat(ownCommits()).isEqualTo(before + work);
        assertThat(owner.post("/users/p-chandan/identities", "{\"email\":\"p.chandan@work.example\"}").json()
                .get("commits_changed").asLong()).as("declaring it again changes nothing").isZero();

        Http.Response removed = owner.delete("/users/p-chandan/identities?email=P.Chandan%40work.example");

        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().get("removed").get(0).get("value").asString()).isEqualTo(IdentityFixture.WORK_EMAIL);
        assertThat(removed.json().get("declared")).isEmpty();
        assertThat(ownCommits()).isEqualTo(before);
    }

    @Test
    void badInput_isA400SayingWhatWasWrong() {
        Http owner = server.http().withBearer(ownerSession);
        assertProblem(owner.post("/users/p-chandan/identities", "{\"email\":\"p.chandan at work\"}"), 400,
                "'p.chandan at work' is not an e-mail address; give one address such as p.chandan@work.example "
                        + "(no name, no angle brackets)");
        assertProblem(owner.post("/users/p-chandan/identities", "{\"mailmap\":\"Prakash <p@x.example>\\nPrakash p@y\"}"),
                400, "mailmap line 2 ('Prakash p@y'): expected 'Proper Name <proper@email> Commit Name <commit@email>' "
                        + "or one of its shorter forms ('Proper Name <commit@email>', '<proper@email> <commit@email>', "
                        + "'Proper Name <proper@email> <commit@email>')");
        assertProblem(owner.post("/users/p-chandan/identities", "{\"login\":\"x\"}"), 400,
                "unknown field 'login'; POST /users/{username}/identities takes email, name, mailmap (with proper_email)");
        assertProblem(owner.post("/users/p-chandan/identities", "{}"), 400,
                "nothing to declare: give an email, a name or a mailmap");
        assertProblem(owner.post("/users/p-chandan/identities", "{\"email\":7}"), 400, "email must be a string");
        assertProblem(owner.post("/users/p-chandan/identities", "{\"name\":\"dependabot[bot]\"}"), 400,
                "'dependabot[bot]' is a bot's name; a bot's commits are never counted as yours");
        assertProblem(owner.delete("/users/p-chandan/identities"), 400,
                "give exactly one identity to remove: ?email=ADDRESS or ?name=NAME");
        assertProblem(owner.delete("/users/p-chandan/identities?email=nobody@x.example"), 404,
                "'nobody@x.example' is not a declared email of p-chandan; declared: none");
        assertProblem(server.http().get("/users/-bad-/identities"), 400,
                "invalid GitHub username '-bad-': use letters, digits and single hyphens, not at the start or end");
    }

    private void assertProblem(Http.Response response, int status, String detail) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).isEqualTo(detail);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    /** The owner's own commits as the tools report them to the owner's session. */
    private long ownCommits() {
        return server.http().withBearer(ownerSession).post("/tools/get_account_summary", "{\"username\":\"p-chandan\"}").json()
                .get("commits").get("own").asLong();
    }

    private String ingest(String username, String token) {
        Http.Response started = server.http().post("/ingest", "{\"username\":\"" + username + "\",\"github_token\":\"" + token + "\"}");
        assertThat(started.status()).isEqualTo(202);
        String job = started.json().get("job_id").asString();
        for (int i = 0; i < 600; i++) {
            String status = server.http().get("/ingest/" + job).json().get("status").asString();
            if (!status.equals("pending") && !status.equals("running")) {
                assertThat(status).isEqualTo("completed");
                return started.json().get("session_token").asString();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("ingest of " + username + " did not finish");
    }
}
