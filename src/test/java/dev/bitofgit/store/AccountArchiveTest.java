package dev.bitofgit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoAccountGenerator;
import dev.bitofgit.demo.DemoLoader;
import dev.bitofgit.demo.DemoSpec;
import dev.bitofgit.testing.StoreSnapshot;
import dev.bitofgit.testing.TestDatabases;
import dev.bitofgit.testing.WorkSnapshot;
import dev.bitofgit.tools.ToolCatalog;
import dev.bitofgit.tools.ToolContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** export → import moves an account between stores with nothing lost, SQLite → PostgreSQL included. */
class AccountArchiveTest {
    private static final DemoAccount DEMO = DemoAccountGenerator.generate(DemoSpec.octoDemo(LocalDate.of(2026, 11, 1)));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private static List<String> everything(Database database) {
        return database.withHandle(handle -> {
            List<String> rows = new java.util.ArrayList<>();
            for (String query : List.of(
                    "SELECT id, node_id, login, name, bio, emails, created_at, ingested_at FROM accounts ORDER BY id",
                    "SELECT repo_id, path FROM repo_files ORDER BY repo_id, path",
                    "SELECT repo_id, language, bytes FROM repo_languages ORDER BY repo_id, language",
                    "SELECT repo_id, path, content, truncated FROM readmes ORDER BY repo_id",
                    "SELECT * FROM repo_signals ORDER BY repo_id",
                    "SELECT repo_id, technology, kind FROM repo_technologies ORDER BY repo_id, technology",
                    "SELECT repo_id, commits, own_commits, first_at, last_at FROM repo_stats ORDER BY repo_id",
                    "SELECT account_id, is_private, day, commits, own_commits FROM account_daily ORDER BY is_private, day")) {
                handle.createQuery(query).mapToMap().forEach(row -> {
                    java.util.TreeMap<String, Object> sorted = new java.util.TreeMap<>();
                    row.forEach((k, v) -> sorted.put(k.toLowerCase(java.util.Locale.ROOT), v instanceof Number n ? n.longValue()
                            : v instanceof Boolean b ? (b ? 1L : 0L) : v));
                    rows.add(sorted.toString());
                });
            }
            return rows;
        });
    }

    @Test
    void sqliteToPostgres_roundTrip_losesNothing() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        List<String> source;
        List<String> sourceRepos;
        List<String> sourceCommits;
        String sourceSummary;
        List<String> sourcePulls;
        List<String> sourceReviews;
        List<String> sourceIssues;
        String sourceIssueStats;
        try (Database sqlite = Database.open(TestDatabases.sqlite(dir))) {
            new DemoLoader(new AccountStore(sqlite), new RepositoryStore(sqlite), new CommitStore(sqlite),
                    new ActivityRollups(sqlite), new dev.bitofgit.store.WorkStore(sqlite)).load(DEMO);
            AccountArchive.Summary exported = new AccountArchive(sqlite).export("octo-demo", file);
            assertThat(exported.repositories()).isEqualTo(25);
            assertThat(exported.commits()).isEqualTo(new CommitStore(sqlite).countByAccount(DEMO.id()));
            source = everything(sqlite);
            sourceRepos = StoreSnapshot.repositories(sqlite, DEMO.id());
            sourceCommits = StoreSnapshot.commits(sqlite, DEMO.id());
            sourcePulls = WorkSnapshot.pullRequests(sqlite, DEMO.id());
            sourceReviews = WorkSnapshot.reviews(sqlite, DEMO.id());
            sourceIssues = WorkSnapshot.issues(sqlite, DEMO.id());
            assertThat(sourcePulls).isEqualTo(WorkSnapshot.expectedPullRequests(DEMO, true));
            sourceIssueStats = JSON.writeValueAsString(new ToolCatalog(new ProfileQueries(sqlite), dev.bitofgit.testing.Meaning.search(sqlite))
                    .call("get_issue_stats", JSON.readTree("{\"username\":\"octo-demo\"}"), ToolContext.owner()))
                    .replaceAll("\"age_days\":\\d+", "");
            sourceSummary = JSON.writeValueAsString(new ToolCatalog(new ProfileQueries(sqlite), dev.bitofgit.testing.Meaning.search(sqlite))
                    .call("get_account_summary", JSON.readTree("{\"username\":\"octo-demo\"}"), ToolContext.owner()));
        }
        try (Database postgres = Database.open(TestDatabases.freshPostgresSchema())) {
            AccountArchive archive = new AccountArchive(postgres);
            AccountArchive.Summary imported = archive.importFrom(new ByteArrayInputStream(file.toByteArray()));
            assertThat(imported.login()).isEqualTo("octo-demo");
            assertThat(StoreSnapshot.repositories(postgres, DEMO.id())).isEqualTo(sourceRepos);
            assertThat(StoreSnapshot.commits(postgres, DEMO.id())).isEqualTo(sourceCommits);
            assertThat(everything(postgres)).isEqualTo(source);
            assertThat(WorkSnapshot.pullRequests(postgres, DEMO.id())).isEqualTo(sourcePulls).isNotEmpty();
            assertThat(WorkSnapshot.reviews(postgres, DEMO.id())).isEqualTo(sourceReviews).isNotEmpty();
            assertThat(WorkSnapshot.issues(postgres, DEMO.id())).isEqualTo(sourceIssues).isNotEmpty();
            String stats = JSON.writeValueAsString(new ToolCatalog(new ProfileQueries(postgres), dev.bitofgit.testing.Meaning.search(postgres))
                    .call("get_issue_stats", JSON.readTree("{\"username\":\"octo-demo\"}"), ToolContext.owner()));
            assertThat(stats.replaceAll("\"age_days\":\\d+", "")).isEqualTo(sourceIssueStats);
            String summary = JSON.writeValueAsString(new ToolCatalog(new ProfileQueries(postgres), dev.bitofgit.testing.Meaning.search(postgres))
                    .call("get_account_summary", JSON.readTree("{\"username\":\"octo-demo\"}"), ToolContext.owner()));
            assertThat(summary).isEqualTo(sourceSummary);
            archive.importFrom(new ByteArrayInputStream(file.toByteArray())); // idempotent
            assertThat(StoreSnapshot.commits(postgres, DEMO.id())).isEqualTo(sourceCommits);
        }
    }

    @Test
    void notAnExport_isRejectedWithAClearMessage() throws Exception {
        try (Database sqlite = Database.open(TestDatabases.sqlite(dir))) {
            AccountArchive archive = new AccountArchive(sqlite);
            assertThatThrownBy(() -> archive.importFrom(new ByteArrayInputStream("{\"hello\":1}\n".getBytes(StandardCharsets.UTF_8))))
                    .isInstanceOf(StoreException.class).hasMessage("not a BitofGit export this version reads (format bitofgit-export version 1 to 3)");
            assertThatThrownBy(() -> archive.importFrom(new ByteArrayInputStream("nonsense".getBytes(StandardCharsets.UTF_8))))
                    .isInstanceOf(StoreException.class).hasMessageStartingWith("line 1 of the export is not valid JSON");
            assertThatThrownBy(() -> archive.export("ghost", new ByteArrayOutputStream()))
                    .isInstanceOf(StoreException.class).hasMessage("account 'ghost' is not in this store");
        }
    }

    @Test
    void export_writesIso8601Timestamps_andImportStillReadsVersion1EpochSeconds() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        List<String> sourceCommits;
        try (Database sqlite = Database.open(TestDatabases.sqlite(dir))) {
            new DemoLoader(new AccountStore(sqlite), new RepositoryStore(sqlite), new CommitStore(sqlite),
                    new ActivityRollups(sqlite), new dev.bitofgit.store.WorkStore(sqlite)).load(DEMO);
            new AccountArchive(sqlite).export("octo-demo", file);
            sourceCommits = StoreSnapshot.commits(sqlite, DEMO.id());
        }
        List<String> lines = file.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        tools.jackson.databind.JsonNode header = JSON.readTree(lines.get(0));
        assertThat(header.get("version").asInt()).isEqualTo(3);
        tools.jackson.databind.JsonNode repo = JSON.readTree(lines.get(1));
        assertThat(repo.get("repository").get("created_at").asString()).matches("\\d{4}-\\d{2}-\\d{2}T[0-9:]+Z");
        assertThat(repo.get("commits").get(0).get("authored_at").asString())
                .matches("\\d{4}-\\d{2}-\\d{2}T[0-9:]+([+-]\\d{2}:\\d{2}|Z)");
        // The same export as version 1 wrote it: epoch seconds.
        StringBuilder version1 = new StringBuilder();
        for (String line : lines) {
            tools.jackson.databind.node.ObjectNode node = (tools.jackson.databind.node.ObjectNode) JSON.readTree(line);
            if (node.has("elsewhere")) {
                continue; // version 1 had no pull requests
            }
            if (node.has("format")) {
                node.put("version", 1);
                toEpoch((tools.jackson.databind.node.ObjectNode) node.get("account"), "created_at", "ingested_at");
            } else {
                node.remove("pull_requests");
                node.remove("issues");
                toEpoch((tools.jackson.databind.node.ObjectNode) node.get("repository"), "created_at", "updated_at", "pushed_at");
                node.get("commits").forEach(c -> toEpoch((tools.jackson.databind.node.ObjectNode) c, "authored_at", "committed_at"));
            }
            version1.append(JSON.writeValueAsString(node)).append('\n');
        }
        java.nio.file.Files.createDirectories(dir.resolve("v1"));
        try (Database other = Database.open(TestDatabases.sqlite(dir.resolve("v1")))) {
            new AccountArchive(other).importFrom(new ByteArrayInputStream(version1.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertThat(StoreSnapshot.commits(other, DEMO.id())).isEqualTo(sourceCommits);
        }
    }

    private static void toEpoch(tools.jackson.databind.node.ObjectNode node, String... fields) {
        for (String field : fields) {
            if (node.hasNonNull(field)) {
                node.put(field, java.time.OffsetDateTime.parse(node.get(field).asString()).toEpochSecond());
            }
        }
    }
}
