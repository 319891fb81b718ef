package dev.bitofgit.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitofgit.app.Application;
import dev.bitofgit.app.SettingsLoader;
import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoAccountGenerator;
import dev.bitofgit.demo.DemoSpec;
import dev.bitofgit.testing.GitHubStandIn;
import dev.bitofgit.testing.Http;
import dev.bitofgit.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The answer bank: every phrasing of every question family, asked through {@code POST /query} of the real application
 * — ingested from the GitHub stand-in, answered by whichever answerer the build ships — with the account owner's
 * session, once on SQLite and once on PostgreSQL. Each answer is scored against facts computed from the generator's
 * data ({@link AccountFacts}), and the rates must stay at or above {@code eval/floors.properties}.
 *
 * <p>Results go to {@code target/answer-bank.md}; failures of tuning questions to
 * {@code target/answer-bank-failures-tuning.txt}. Held-out questions are only ever counted — never printed, not even
 * in assertion messages — so the answerer can be tuned without seeing them.
 *
 * <p>Hazard: the server takes "today" from the system clock (UTC) and so do the generated accounts and the facts. A
 * run that crosses midnight UTC is aborted rather than judged against the wrong day.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnswerBankIT {
    private static final Path TARGET = Path.of("target");
    private static final String TOKEN_PREFIX = "ghp_answer_bank_";

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private final List<DemoAccount> accounts = List.of(
            DemoAccountGenerator.generate(DemoSpec.octoDemo(today)), TravellingAccount.generate(today));
    private final List<QuestionFamily> families = FamilyCatalog.all();
    private final PhrasingBank bank = PhrasingBank.load();
    private final Floors floors = Floors.load();
    private final List<Outcome> outcomes = new ArrayList<>();

    @Test
    @Order(1)
    void sqlite_answersStayAboveTheFloors(@TempDir Path dir) {
        assertFloors(askEverything("SQLite", TestDatabases.sqlite(dir), dir));
    }

    @Test
    @Order(2)
    void postgres_answersStayAboveTheFloors(@TempDir Path dir) {
        String url = TestDatabases.freshPostgresSchema();
        try {
            assertFloors(askEverything("PostgreSQL", url, dir));
        } finally {
            dropSchema(url);
        }
    }

    @AfterAll
    void writeReport() {
        List<String> described = accounts.stream().map(account -> account.login() + " (" + account.repos().size()
                + " repositories, " + new AccountFacts(account, today).loaded().size() + " commits stored"
                + (account.login().equals(TravellingAccount.LOGIN) ? ", offsets varying month to month" : "") + ")").toList();
        BankReport.write(TARGET, today, described, families, bank, List.copyOf(outcomes), floors);
    }

    private String askEverything(String store, String databaseUrl, Path dir) {
        GitHubStandIn github = new GitHubStandIn();
        accounts.forEach(account -> github.account(account).token(TOKEN_PREFIX + account.login(), account.login()));
        try (github; Application application = Application.open(SettingsLoader.load(Map.of(
                "BITOFGIT_DATA_DIR", dir.toString(), "BITOFGIT_DB_URL", databaseUrl, "PORT", "0",
                "GITHUB_API_URL", github.apiUrl()), Map.of()))) {
            Http http = new Http(application.startServer());
            Map<String, String> sessions = new LinkedHashMap<>();
            for (DemoAccount account : accounts) {
                sessions.put(account.login(), ingest(http, account));
            }
            for (DemoAccount account : accounts) {
                AccountFacts facts = new AccountFacts(account, today);
                Http owner = http.withBearer(sessions.get(account.login()));
                assertStoreHolds(owner, facts);
                for (QuestionFamily family : families) {
                    Optional<FamilyCase> asked = family.caseFor(facts);
                    if (asked.isEmpty()) {
                        continue;
                    }
                    for (PhrasingBank.Phrasing phrasing : bank.of(family.id())) {
                        String question = asked.get().render(phrasing.template(), phrasing.style());
                        String answer = answer(owner, account.login(), question);
                        outcomes.add(new Outcome(store, account.login(), family.id(), phrasing.split(), phrasing.style(),
                                question, answer, AnswerScorer.score(answer, asked.get().expectation())));
                    }
                }
            }
        }
        Assumptions.assumeTrue(LocalDate.now(ZoneOffset.UTC).equals(today),
                "the UTC date changed during the run (" + today + " → " + LocalDate.now(ZoneOffset.UTC)
                        + "): relative periods were judged against two days; run again");
        return store;
    }

    /** The premise of every oracle: the store holds exactly the repositories and commits the facts describe. */
    private static void assertStoreHolds(Http owner, AccountFacts facts) {
        JsonNode user = owner.get("/users/" + facts.login()).json();
        assertThat(user.get("status").asString()).as("ingest of %s", facts.login()).isEqualTo("completed");
        assertThat(user.get("repo_count").asInt()).as("repositories of %s", facts.login()).isEqualTo(facts.repos().size());
        assertThat(user.get("commit_count").asLong()).as("commits of %s", facts.login()).isEqualTo(facts.loaded().size());
    }

    private static String ingest(Http http, DemoAccount account) {
        Http.Response accepted = http.post("/ingest", "{\"username\":\"" + account.login() + "\",\"github_token\":\""
                + TOKEN_PREFIX + account.login() + "\"}");
        assertThat(accepted.status()).as("POST /ingest %s: %s", account.login(), accepted.body()).isEqualTo(202);
        String jobId = accepted.json().get("job_id").asString();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (http.get("/ingest/" + jobId).json().get("status").asString().matches("pending|running")) {
            assertThat(System.nanoTime()).as("ingest of %s finishes within 3 minutes", account.login()).isLessThan(deadline);
            sleep();
        }
        return accepted.json().get("session_token").asString();
    }

    private static String answer(Http owner, String login, String question) {
        String body = Http.mapper().writeValueAsString(Http.mapper().createObjectNode()
                .put("username", login).put("question", question));
        Http.Response response = owner.post("/query", body);
        if (response.status() != 200) {
            return "HTTP " + response.status() + ": " + response.body();
        }
        return response.json().get("answer").asString();
    }

    /** Rates per split against the floors; messages carry rates and counts only, never a held-out question. */
    private void assertFloors(String store) {
        for (Split split : Split.values()) {
            Rates rates = Rates.of(BankReport.select(List.copyOf(outcomes), store, split));
            Floors.Floor floor = floors.of(split);
            assertThat(rates.total()).as("%s %s questions asked", store, split.key()).isPositive();
            assertThat(rates.percent(Verdict.RIGHT))
                    .as(String.format(Locale.ROOT, "%s %s: right %s, floor %.1f%% (see target/%s)", store, split.key(),
                            rates.shown(Verdict.RIGHT), floor.rightMin(), BankReport.REPORT))
                    .isGreaterThanOrEqualTo(floor.rightMin());
            assertThat(rates.percent(Verdict.WRONG_BUT_CONFIDENT))
                    .as(String.format(Locale.ROOT, "%s %s: wrong but confident %s, ceiling %.1f%% (see target/%s)", store,
                            split.key(), rates.shown(Verdict.WRONG_BUT_CONFIDENT), floor.wrongMax(), BankReport.REPORT))
                    .isLessThanOrEqualTo(floor.wrongMax());
        }
    }

    private static void dropSchema(String url) {
        String schema = url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
        try (Connection connection = DriverManager.getConnection(TestDatabases.POSTGRES_BASE);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop the test schema " + schema + ": " + e.getMessage(), e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an ingest", e);
        }
    }
}
