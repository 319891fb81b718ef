package dev.bitofgit.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitofgit.ingest.SignalDetector;
import dev.bitofgit.store.Account;
import dev.bitofgit.store.AccountStore;
import dev.bitofgit.store.ActivityRollups;
import dev.bitofgit.store.Commit;
import dev.bitofgit.store.CommitStore;
import dev.bitofgit.store.Database;
import dev.bitofgit.store.ProfileQueries;
import dev.bitofgit.store.Readme;
import dev.bitofgit.store.Repository;
import dev.bitofgit.store.RepositorySnapshot;
import dev.bitofgit.store.RepositoryStore;
import dev.bitofgit.testing.Meaning;
import dev.bitofgit.testing.TestDatabases;
import dev.bitofgit.tools.ToolCatalog;
import dev.bitofgit.tools.ToolContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recall@5 of search_readmes and search_commits by words, by meaning and both, on the labelled set of real READMEs
 * and commit messages in src/test/resources/semantic (82 questions written in other words than their answers), on
 * SQLite and PostgreSQL. Writes target/semantic-recall.md (the table in BENCHMARKS.md) and fails below the floors:
 * the measured rates less a margin, so a change that makes search by meaning worse is seen.
 */
class SemanticRecallTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long ACCOUNT = 4_242;
    private static final List<String> MODES = List.of("words", "meaning", "both");
    /** recall@5 floors per kind and mode: measured 2026-12-01 (readme 0.98, commit 0.88 on both stores) less 0.08. */
    private static final Map<String, Double> FLOORS = Map.of(
            "readme/meaning", 0.90, "readme/both", 0.90, "commit/meaning", 0.80, "commit/both", 0.80);

    record Query(String kind, String text, String expected, String source) {
    }

    @Test
    void recallAtFive_byWordsMeaningAndBoth() throws IOException {
        List<Query> queries = lines("queries.tsv").stream().map(line -> line.split("\t"))
                .map(p -> new Query(p[0], p[1], p[2], p[3])).toList();
        assertThat(queries).hasSizeGreaterThanOrEqualTo(60);
        StringBuilder report = new StringBuilder("| store | kind | questions | words | meaning | both |\n|---|---|---:|---:|---:|---:|\n");
        StringBuilder misses = new StringBuilder();
        Path dir = Files.createTempDirectory("semantic");
        for (String url : List.of(TestDatabases.sqlite(dir), TestDatabases.freshPostgresSchema())) {
            try (Database database = Database.open(url)) {
                load(database);
                ToolCatalog catalog = new ToolCatalog(new ProfileQueries(database), Meaning.indexed(database, ACCOUNT));
                for (String kind : List.of("readme", "commit")) {
                    List<Query> ofKind = queries.stream().filter(q -> q.kind.equals(kind)).toList();
                    Map<String, Double> recall = new LinkedHashMap<>();
                    for (String mode : MODES) {
                        int found = 0;
                        for (Query query : ofKind) {
                            if (topFive(catalog, query, mode).contains(query.expected)) {
                                found++;
                            } else if (mode.equals("both")) {
                                misses.append("- ").append(database.dialect().displayName()).append(", ").append(kind)
                                        .append(": \"").append(query.text).append("\" (").append(query.source).append(")\n");
                            }
                        }
                        recall.put(mode, found / (double) ofKind.size());
                    }
                    report.append(String.format(Locale.ROOT, "| %s | %s | %d | %.2f | %.2f | %.2f |%n",
                            database.dialect().displayName(), kind, ofKind.size(), recall.get("words"),
                            recall.get("meaning"), recall.get("both")));
                    for (String mode : List.of("meaning", "both")) {
                        assertThat(recall.get(mode)).as(database.dialect().displayName() + " " + kind + "/" + mode)
                                .isGreaterThanOrEqualTo(FLOORS.get(kind + "/" + mode));
                        assertThat(recall.get(mode)).as("by " + mode + " finds more than by words alone")
                                .isGreaterThan(recall.get("words"));
                    }
                }
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "semantic-recall.md"), report + "\nMissed by both:\n\n" + misses);
        System.out.println(report);
    }

    /** The top five repository names (readme questions) or SHAs (commit questions) in one mode. */
    private static List<String> topFive(ToolCatalog catalog, Query query, String mode) {
        var arguments = JSON.createObjectNode().put("username", "labelled").put("query", query.text)
                .put("mode", mode).put("limit", 5);
        boolean readme = query.kind.equals("readme");
        JsonNode result = catalog.call(readme ? "search_readmes" : "search_commits", arguments, ToolContext.owner());
        List<String> top = new ArrayList<>();
        result.get(readme ? "matches" : "commits").forEach(item -> top.add(item.get(readme ? "repo" : "sha").asString()));
        return top;
    }

    /** The labelled corpus as one account: a repository per line of repos.tsv, with its README and commits. */
    private static void load(Database database) {
        new AccountStore(database).upsert(new Account(ACCOUNT, Optional.empty(), "labelled", Optional.empty(),
                Optional.empty(), "https://github.com/labelled", Optional.empty(), List.of(), Optional.empty(), "demo"));
        RepositoryStore repositories = new RepositoryStore(database);
        Map<String, Long> ids = new LinkedHashMap<>();
        Instant created = Instant.parse("2020-01-01T00:00:00Z");
        for (String line : lines("repos.tsv")) {
            String[] p = line.split("\t");
            long id = 10_000 + ids.size();
            ids.put(p[0], id);
            String readme = resource(p[4]);
            Repository repository = new Repository(id, ACCOUNT, p[0], Optional.empty(), "https://github.com/" + p[1],
                    false, false, false, "main", created, created, Optional.of(created), 0, 0, 0, 0, 0, List.of(),
                    Optional.empty(), Optional.empty(), Optional.of(p[2]), false);
            repositories.save(new RepositorySnapshot(repository, Map.of(), List.of(p[4]), Optional.of(Readme.capped(p[4], readme)),
                    SignalDetector.detect(List.of(), Map.of(), true).signals(), List.of()));
        }
        List<Commit> commits = new ArrayList<>();
        Map<Long, Integer> perRepo = new LinkedHashMap<>();
        for (String line : lines("commits.tsv")) {
            String[] p = line.split("\t", 3);
            long repoId = ids.get(p[0]);
            Instant at = created.plusSeconds(86_400L * perRepo.merge(repoId, 1, Integer::sum));
            commits.add(new Commit(repoId, p[1], 1, Optional.of("someone"), Optional.of("someone@example.org"),
                    Optional.empty(), at, 0, at, p[2], 1, 1, OptionalInt.empty(), true));
        }
        new CommitStore(database).insertAll(ACCOUNT, commits);
        new ActivityRollups(database).refreshAccount(ACCOUNT);
        new AccountStore(database).markIngested(ACCOUNT, Instant.now(), true);
    }

    private static List<String> lines(String name) {
        return resource(name).lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    }

    private static String resource(String name) {
        try (InputStream in = SemanticRecallTest.class.getResourceAsStream("/semantic/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource semantic/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
