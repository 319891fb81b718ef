package dev.bitofgit.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoAccountGenerator;
import dev.bitofgit.demo.DemoLoader;
import dev.bitofgit.demo.DemoSpec;
import dev.bitofgit.store.AccountStore;
import dev.bitofgit.store.ActivityRollups;
import dev.bitofgit.store.CommitStore;
import dev.bitofgit.store.Database;
import dev.bitofgit.store.ProfileQueries;
import dev.bitofgit.store.RepositoryStore;
import dev.bitofgit.store.WorkStore;
import dev.bitofgit.testing.TestDatabases;
import dev.bitofgit.testing.WorkFacts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The pull request, review and issue tools on the demo account, SQLite and PostgreSQL, against generator facts. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkToolsTest {
    private static final DemoAccount DEMO = DemoAccountGenerator.generate(DemoSpec.octoDemo(LocalDate.of(2026, 11, 1)));
    private static final WorkFacts OWNER = new WorkFacts(DEMO, true);
    private static final WorkFacts PUBLIC = new WorkFacts(DEMO, false);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<Database> databases = new ArrayList<>();
    private final Map<String, ToolCatalog> catalogs = new LinkedHashMap<>();

    @BeforeAll
    void load() throws Exception {
        Path dir = Files.createTempDirectory("work-tools");
        for (String url : List.of(TestDatabases.sqlite(dir), TestDatabases.freshPostgresSchema())) {
            Database database = Database.open(url);
            databases.add(database);
            new DemoLoader(new AccountStore(database), new RepositoryStore(database), new CommitStore(database),
                    new ActivityRollups(database), new WorkStore(database)).load(DEMO);
            catalogs.put(database.dialect().displayName(), new ToolCatalog(new ProfileQueries(database), dev.bitofgit.testing.Meaning.search(database)));
        }
    }

    @AfterAll
    void close() {
        databases.forEach(Database::close);
    }

    Stream<String> engines() {
        return Stream.of("sqlite", "postgresql");
    }

    private JsonNode call(String engine, String tool, String arguments) {
        return catalogs.get(engine).call(tool, JSON.readTree(arguments), ToolContext.owner());
    }

    private JsonNode callPublic(String engine, String tool, String arguments) {
        return catalogs.get(engine).call(tool, JSON.readTree(arguments), ToolContext.publicOnly());
    }

    @ParameterizedTest
    @MethodSource("engines")
    void listPullRequests_countsAndPagesEveryVisiblePullRequest(String engine) {
        JsonNode all = call(engine, "list_pull_requests", "{\"username\":\"octo-demo\",\"limit\":5}");
        assertThat(all.get("total").asInt()).isEqualTo(OWNER.pulls().size());
        assertThat(all.get("pull_requests")).hasSize(5);
        JsonNode next = call(engine, "list_pull_requests", "{\"username\":\"octo-demo\",\"limit\":5,\"cursor\":\""
                + all.get("next_cursor").asString() + "\"}");
        assertThat(next.get("pull_requests").get(0).get("created_at").asString())
                .isLessThanOrEqualTo(all.get("pull_requests").get(4).get("created_at").asString());
        JsonNode mineMerged = call(engine, "list_pull_requests",
                "{\"username\":\"octo-demo\",\"author\":\"me\",\"state\":\"merged\",\"limit\":1}");
        assertThat(mineMerged.get("total").asInt()).isEqualTo((int) OWNER.mine().stream()
                .filter(p -> p.pr().state().equals("MERGED")).count());
        JsonNode labelled = call(engine, "list_pull_requests", "{\"username\":\"octo-demo\",\"label\":\"BUG\"}");
        assertThat(labelled.get("total").asInt()).isEqualTo((int) OWNER.pulls().stream()
                .filter(p -> p.pr().labels().contains("bug")).count());
        JsonNode reviewedByHubot = call(engine, "list_pull_requests", "{\"username\":\"octo-demo\",\"reviewer\":\"hubot\"}");
        assertThat(reviewedByHubot.get("total").asInt()).isEqualTo((int) OWNER.pulls().stream()
                .filter(p -> p.pr().reviews().stream().anyMatch(r -> r.reviewerLogin().equals("hubot"))).count());
    }

    @ParameterizedTest
    @MethodSource("engines")
    void privatePullRequests_andPrivateOnesElsewhere_areLeftOutForThePublic(String engine) {
        JsonNode all = callPublic(engine, "list_pull_requests", "{\"username\":\"octo-demo\"}");
        assertThat(all.get("total").asInt()).isEqualTo(PUBLIC.pulls().size()).isLessThan(OWNER.pulls().size());
        JsonNode elsewhere = callPublic(engine, "list_pull_requests",
                "{\"username\":\"octo-demo\",\"repo\":\"acme-corp/internal-tools\"}");
        assertThat(elsewhere.get("total").asInt()).isZero();
        assertThat(call(engine, "list_pull_requests", "{\"username\":\"octo-demo\",\"repo\":\"acme-corp/internal-tools\"}")
                .get("total").asInt()).isPositive();
        JsonNode issues = callPublic(engine, "get_issue_stats", "{\"username\":\"octo-demo\"}");
        assertThat(issues.get("open_now").asLong()).isEqualTo(PUBLIC.openIssuesPerRepo().stream()
                .mapToLong(Map.Entry::getValue).sum());
    }

    @ParameterizedTest
    @MethodSource("engines")
    void pullRequestStats_mergedThisYear_andTimeToMerge(String engine) {
        JsonNode stats = call(engine, "get_pull_request_stats",
                "{\"username\":\"octo-demo\",\"since\":\"2026-01-01\",\"until\":\"2027-01-01\"}");
        assertThat(stats.get("merged").asLong()).isEqualTo(OWNER.myMergedIn(2026)).isPositive();
        List<Long> seconds = OWNER.mySecondsToMerge(2026);
        assertThat(stats.get("time_to_merge_hours").get("count").asInt()).isEqualTo(seconds.size());
        assertThat(stats.get("time_to_merge_hours").get("median").asDouble())
                .isEqualTo(Math.round(WorkFacts.nearestRank(seconds, 0.5) / 360.0) / 10.0);
        assertThat(stats.get("time_to_merge_hours").get("p90").asDouble())
                .isEqualTo(Math.round(WorkFacts.nearestRank(seconds, 0.9) / 360.0) / 10.0);
        JsonNode allTime = call(engine, "get_pull_request_stats", "{\"username\":\"octo-demo\",\"group_by\":\"year\"}");
        long seriesMerged = 0;
        for (JsonNode period : allTime.get("series")) {
            seriesMerged += period.get("merged").asLong();
            int year = Integer.parseInt(period.get("period").asString());
            assertThat(period.get("merged").asLong()).as("merged in %d", year).isEqualTo(OWNER.myMergedIn(year));
        }
        assertThat(seriesMerged).isEqualTo(OWNER.mine().stream().filter(p -> p.pr().mergedAt().isPresent()).count());
    }

    @ParameterizedTest
    @MethodSource("engines")
    void reviewStats_givenIn2024_andWhoReviewsMyCodeMost(String engine) {
        JsonNode given = call(engine, "get_review_stats",
                "{\"username\":\"octo-demo\",\"since\":\"2024-01-01\",\"until\":\"2025-01-01\"}");
        assertThat(given.get("given").asLong()).isEqualTo(OWNER.reviewsGivenIn(2024)).isPositive();
        JsonNode reviewers = call(engine, "get_review_stats", "{\"username\":\"octo-demo\",\"group_by\":\"reviewer\"}");
        List<Map.Entry<String, Long>> expected = OWNER.reviewersOfMyCode();
        assertThat(reviewers.get("groups").get(0).get("key").asString()).isEqualTo(expected.get(0).getKey());
        assertThat(reviewers.get("groups").get(0).get("received").asLong()).isEqualTo(expected.get(0).getValue());
        JsonNode perYear = call(engine, "get_review_stats", "{\"username\":\"octo-demo\",\"group_by\":\"year\"}");
        for (JsonNode year : perYear.get("groups")) {
            assertThat(year.get("given").asLong()).isEqualTo(OWNER.reviewsGivenIn(Integer.parseInt(year.get("key").asString())));
        }
    }

    @ParameterizedTest
    @MethodSource("engines")
    void issueStats_openPerRepo_oldestOpen_andClosedByAPullRequest(String engine) {
        JsonNode stats = call(engine, "get_issue_stats", "{\"username\":\"octo-demo\"}");
        List<Map.Entry<String, Long>> open = OWNER.openIssuesPerRepo();
        assertThat(stats.get("open_per_repo").get(0).get("repo").asString()).isEqualTo(open.get(0).getKey());
        assertThat(stats.get("open_per_repo").get(0).get("open").asLong()).isEqualTo(open.get(0).getValue());
        WorkFacts.OpenIssue oldest = OWNER.oldestOpenIssue().orElseThrow();
        assertThat(stats.get("oldest_open").get("repo").asString()).isEqualTo(oldest.repo());
        assertThat(stats.get("oldest_open").get("number").asInt()).isEqualTo(oldest.issue().number());
        JsonNode year = call(engine, "get_issue_stats",
                "{\"username\":\"octo-demo\",\"since\":\"2025-01-01\",\"until\":\"2026-01-01\"}");
        assertThat(year.get("closed_by_pull_request").asLong()).isEqualTo(OWNER.issuesClosedByPullRequestIn(2025));
        JsonNode unaligned = call(engine, "get_issue_stats", // not whole months: counted from the rows
                "{\"username\":\"octo-demo\",\"since\":\"2025-02-15\",\"until\":\"2025-09-10T12:00:00Z\"}");
        assertThat(unaligned.get("closed_by_pull_request").asLong()).isEqualTo(OWNER.issuesClosedByPullRequestBetween(
                java.time.Instant.parse("2025-02-15T00:00:00Z"), java.time.Instant.parse("2025-09-10T12:00:00Z")));
        JsonNode oldestListed = call(engine, "list_issues",
                "{\"username\":\"octo-demo\",\"state\":\"open\",\"sort\":\"oldest\",\"limit\":1}");
        assertThat(oldestListed.get("issues").get(0).get("number").asInt()).isEqualTo(oldest.issue().number());
    }

    @ParameterizedTest
    @MethodSource("engines")
    void badArguments_areToolErrorsThatSayWhatToFix(String engine) {
        assertThatThrownBy(() -> call(engine, "list_pull_requests", "{\"username\":\"octo-demo\",\"state\":\"done\"}"))
                .isInstanceOf(ToolException.class)
                .hasMessage("list_pull_requests: argument 'state' must be one of all, open, closed, merged, unmerged, got 'done'");
        assertThatThrownBy(() -> call(engine, "get_issue_stats",
                "{\"username\":\"octo-demo\",\"since\":\"2025-01-01\",\"until\":\"2024-01-01\"}"))
                .isInstanceOf(ToolException.class).hasMessage("'since' must be before 'until'");
        assertThatThrownBy(() -> call(engine, "list_issues", "{\"username\":\"octo-demo\",\"repo\":\"api-gatewy\"}"))
                .isInstanceOf(ToolException.class).hasMessageStartingWith("no repository 'api-gatewy' for octo-demo; closest: api-gateway");
    }
}
