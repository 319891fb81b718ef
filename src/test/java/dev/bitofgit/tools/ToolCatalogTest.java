package dev.bitofgit.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoAccountGenerator;
import dev.bitofgit.demo.DemoCommit;
import dev.bitofgit.demo.DemoLoader;
import dev.bitofgit.demo.DemoRepo;
import dev.bitofgit.demo.DemoSpec;
import dev.bitofgit.store.AccountStore;
import dev.bitofgit.store.ActivityRollups;
import dev.bitofgit.store.CommitStore;
import dev.bitofgit.store.Database;
import dev.bitofgit.store.ProfileQueries;
import dev.bitofgit.store.RepositoryStore;
import dev.bitofgit.testing.DemoFacts;
import dev.bitofgit.testing.DemoFacts.Loaded;
import dev.bitofgit.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every tool on the demo account, on SQLite and PostgreSQL, against facts computed from the generator's data. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ToolCatalogTest {
    private static final DemoAccount DEMO = DemoAccountGenerator.generate(DemoSpec.octoDemo(LocalDate.of(2026, 11, 1)));
    private static final DemoFacts FACTS = new DemoFacts(DEMO);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<Database> databases = new ArrayList<>();
    private final Map<String, ToolCatalog> catalogs = new LinkedHashMap<>();

    @BeforeAll
    void load() throws Exception {
        Path dir = Files.createTempDirectory("tools");
        for (String url : List.of(TestDatabases.sqlite(dir), TestDatabases.freshPostgresSchema())) {
            Database database = Database.open(url);
            databases.add(database);
            new DemoLoader(new AccountStore(database), new RepositoryStore(database), new CommitStore(database), new ActivityRollups(database), new dev.bitofgit.store.WorkStore(database)).load(DEMO);
            catalogs.put(database.dialect().displayName(), new ToolCatalog(new ProfileQueries(database),
                    dev.bitofgit.testing.Meaning.indexed(database, DEMO.id())));
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

    /** The strings of an array, or of one field of each of its objects. */
    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(n -> field == null ? n.asString() : n.get(field).asString()).toList();
    }

    @ParameterizedTest
    @MethodSource("engines")
    void accountSummary(String engine) {
        JsonNode result = call(engine, "get_account_summary", "{\"username\":\"OCTO-DEMO\"}");
        List<Loaded> loaded = FACTS.loaded();
        assertThat(result.get("username").asString()).isEqualTo("octo-demo");
        assertThat(result.get("repos").get("total").asInt()).isEqualTo(25);
        assertThat(result.get("repos").get("private").asInt()).isEqualTo((int) DEMO.repos().stream().filter(DemoRepo::isPrivate).count());
        assertThat(result.get("repos").get("forks").asInt()).isEqualTo(1);
        assertThat(result.get("repos").get("archived").asInt()).isEqualTo((int) DEMO.repos().stream().filter(DemoRepo::archived).count());
        assertThat(result.get("commits").get("total").asLong()).isEqualTo(loaded.size());
        assertThat(result.get("commits").get("own").asLong()).isEqualTo(loaded.stream().filter(Loaded::own).count());
        assertThat(result.get("stars").asLong()).isEqualTo(DEMO.repos().stream().mapToLong(DemoRepo::stars).sum());
        assertThat(result.get("commits").get("last_commit_at").asString()).isEqualTo(loaded.stream()
                .map(c -> c.commit().authoredAt().toInstant()).max(Comparator.naturalOrder()).orElseThrow().toString());
        long activeDays = loaded.stream().filter(Loaded::own)
                .map(c -> c.commit().authoredAt().toLocalDate()).distinct().count();
        assertThat(result.get("commits").get("active_days").asLong()).isEqualTo(activeDays);
        Map<String, Long> own = new HashMap<>();
        loaded.stream().filter(Loaded::own).forEach(c -> own.merge(c.repo().name(), 1L, Long::sum));
        String busiest = own.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).findFirst().orElseThrow().getKey();
        assertThat(result.get("top_repos").get(0).get("name").asString()).isEqualTo(busiest);
        long withCi = DEMO.repos().stream().filter(r -> r.files().stream().anyMatch(f -> f.startsWith(".github/workflows/")
                || f.equals(".gitlab-ci.yml"))).count();
        assertThat(result.get("coverage").get("ci").asLong()).isEqualTo(withCi);
    }

    @ParameterizedTest
    @MethodSource("engines")
    void listRepos_sortsFiltersAndPages(String engine) {
        JsonNode byStars = call(engine, "list_repos", "{\"username\":\"octo-demo\",\"sort\":\"stars\",\"limit\":5}");
        List<String> expected = DEMO.repos().stream()
                .sorted(Comparator.comparingInt(DemoRepo::stars).reversed().thenComparing(DemoRepo::name, String.CASE_INSENSITIVE_ORDER))
                .map(DemoRepo::name).limit(5).toList();
        assertThat(texts(byStars.get("repos"), "name")).containsExactlyElementsOf(expected);
        assertThat(byStars.get("total").asInt()).isEqualTo(25);

        List<String> pages = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = call(engine, "list_repos", "{\"username\":\"octo-demo\",\"sort\":\"name\",\"limit\":7"
                    + (cursor == null ? "" : ",\"cursor\":\"" + cursor + "\"") + "}");
            pages.addAll(texts(page.get("repos"), "name"));
            cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asString();
        } while (cursor != null);
        assertThat(pages).containsExactlyElementsOf(DEMO.repos().stream().map(DemoRepo::name)
                .sorted(String.CASE_INSENSITIVE_ORDER).toList());

        JsonNode python = call(engine, "list_repos", "{\"username\":\"octo-demo\",\"language\":\"python\",\"limit\":100}");
        Set<String> expectedPython = DEMO.repos().stream().filter(r -> r.languageBytes().containsKey("Python")
                || r.primaryLanguage().orElse("").equals("Python")).map(DemoRepo::name).collect(Collectors.toSet());
        assertThat(texts(python.get("repos"), "name")).containsExactlyInAnyOrderElementsOf(expectedPython).isNotEmpty();
        JsonNode java = call(engine, "list_repos", "{\"username\":\"octo-demo\",\"language\":\"Java\",\"limit\":100}");
        assertThat(texts(java.get("repos"), "language")).allMatch("Java"::equals);

        JsonNode noForks = call(engine, "list_repos", "{\"username\":\"octo-demo\",\"include_forks\":false,\"limit\":100}");
        assertThat(noForks.get("total").asInt()).isEqualTo(24);
    }

    @ParameterizedTest
    @MethodSource("engines")
    void repoOverview(String engine) {
        DemoRepo repo = DEMO.repos().stream().filter(r -> !r.fork() && r.readmePath().isPresent())
                .max(Comparator.comparingInt(r -> r.commits().size())).orElseThrow();
        JsonNode result = call(engine, "get_repo_overview", "{\"username\":\"octo-demo\",\"repo\":\""
                + repo.name().toUpperCase(Locale.ROOT) + "\"}");
        assertThat(result.get("name").asString()).isEqualTo(repo.name());
        assertThat(result.get("commits").get("total").asLong()).isEqualTo(repo.commits().size());
        assertThat(result.get("commits").get("own").asLong()).isEqualTo(repo.commits().stream().filter(FACTS::isOwn).count());
        assertThat(result.get("commits").get("first_commit_at").asString())
                .isEqualTo(repo.commits().get(repo.commits().size() - 1).authoredAt().toInstant().toString());
        assertThat(texts(result.get("languages"), "language")).containsExactlyInAnyOrderElementsOf(repo.languageBytes().keySet());
        assertThat(result.get("signals").get("has_tests").asBoolean())
                .isEqualTo(repo.files().stream().anyMatch(f -> f.contains("test")));
        assertThat(result.get("signals").get("has_license").asBoolean()).isEqualTo(repo.files().contains("LICENSE"));
        // The user's commits count as one contributor whatever name or email they were made with.
        Map<String, Long> byAuthor = repo.commits().stream()
                .collect(Collectors.groupingBy(c -> FACTS.isOwn(c) ? "" : c.authorName(), Collectors.counting()));
        assertThat(result.get("top_contributors").get(0).get("commits").asLong())
                .isEqualTo(byAuthor.values().stream().max(Long::compare).orElseThrow());
        String readme = repo.fileContents().get("README.md");
        String excerpt = result.get("readme").get("text").asString();
        if (readme.length() > 600) {
            assertThat(excerpt).startsWith(readme.substring(0, 600)).contains("…[truncated " + (readme.length() - 600));
        } else {
            assertThat(excerpt).isEqualTo(readme);
        }
    }

    @ParameterizedTest
    @MethodSource("engines")
    void commitTimeline_newestFirstWithFiltersAndPaging(String engine) {
        List<Loaded> expected = FACTS.loaded().stream()
                .sorted(Comparator.comparing((Loaded c) -> c.commit().authoredAt().toInstant()).reversed()
                        .thenComparing(c -> c.commit().sha()))
                .toList();
        JsonNode first = call(engine, "get_commit_timeline", "{\"username\":\"octo-demo\",\"limit\":10}");
        assertThat(texts(first.get("commits"), "sha"))
                .containsExactlyElementsOf(expected.stream().limit(10).map(c -> c.commit().sha()).toList());
        JsonNode second = call(engine, "get_commit_timeline", "{\"username\":\"octo-demo\",\"limit\":10,\"cursor\":\""
                + first.get("next_cursor").asString() + "\"}");
        assertThat(texts(second.get("commits"), "sha"))
                .containsExactlyElementsOf(expected.stream().skip(10).limit(10).map(c -> c.commit().sha()).toList());

        DemoRepo repo = FACTS.repo("url-shortener");
        JsonNode inRepo = call(engine, "get_commit_timeline", "{\"username\":\"octo-demo\",\"repo\":\"URL-Shortener\",\"limit\":100,"
                + "\"since\":\"2023-01-01\",\"until\":\"2024-01-01\"}");
        List<String> expectedInRepo = expected.stream().filter(c -> c.repo().id() == repo.id())
                .filter(c -> c.commit().authoredAt().toInstant().isAfter(LocalDate.of(2023, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(1))
                        && c.commit().authoredAt().toInstant().isBefore(LocalDate.of(2024, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC)))
                .map(c -> c.commit().sha()).limit(100).toList();
        assertThat(texts(inRepo.get("commits"), "sha")).containsExactlyElementsOf(expectedInRepo);
        assertThat(inRepo.get("commits").get(0).get("date").asString())
                .isEqualTo(expected.stream().filter(c -> c.commit().sha().equals(expectedInRepo.get(0))).findFirst()
                        .orElseThrow().commit().authoredAt().toString());
    }

    @ParameterizedTest
    @MethodSource("engines")
    void searchCommits_findsWordsInMessages(String engine) {
        for (DemoRepo repo : List.of(FACTS.repo("url-shortener"), FACTS.repo("dotfiles"))) {
            JsonNode result = call(engine, "search_commits", "{\"username\":\"octo-demo\",\"mode\":\"words\",\"query\":\"typo\",\"repo\":\""
                    + repo.name() + "\",\"limit\":50}");
            Set<String> expected = FACTS.loaded(repo).stream()
                    .filter(c -> List.of(c.commit().message().toLowerCase(Locale.ROOT).split("[^a-z0-9]+")).contains("typo"))
                    .map(c -> c.commit().sha()).collect(Collectors.toSet());
            assertThat(new TreeSet<>(texts(result.get("commits"), "sha"))).isEqualTo(new TreeSet<>(expected));
        }
        JsonNode hostile = call(engine, "search_commits", "{\"username\":\"octo-demo\",\"query\":\"fix\\\" OR NEAR(* ) ; DROP TABLE commits; --\"}");
        assertThat(hostile.get("commits").isArray()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("engines")
    void activitySummary_byYearWeekdayAndStreak(String engine) {
        JsonNode years = call(engine, "get_activity_summary", "{\"username\":\"octo-demo\",\"group_by\":\"year\"}");
        Map<String, Long> expectedYears = new TreeMap<>();
        FACTS.loaded().forEach(c -> expectedYears.merge(String.valueOf(c.localDate().getYear()), 1L, Long::sum));
        Map<String, Long> actualYears = new TreeMap<>();
        years.get("series").forEach(item -> actualYears.put(item.get("period").asString(), item.get("commits").asLong()));
        assertThat(actualYears).isEqualTo(expectedYears);
        assertThat(years.get("additions").asLong()).isEqualTo(FACTS.loaded().stream().mapToLong(c -> c.commit().additions()).sum());

        List<LocalDate> ownDays = FACTS.loaded().stream().filter(Loaded::own).map(Loaded::localDate).distinct().sorted().toList();
        int best = 0;
        int run = 0;
        for (int i = 0; i < ownDays.size(); i++) {
            run = i > 0 && ownDays.get(i - 1).plusDays(1).equals(ownDays.get(i)) ? run + 1 : 1;
            best = Math.max(best, run);
        }
        assertThat(years.get("longest_streak").get("days").asInt()).isEqualTo(best);
        assertThat(years.get("active_days").asInt()).isEqualTo(ownDays.size());

        JsonNode weekdays = call(engine, "get_activity_summary", "{\"username\":\"octo-demo\",\"group_by\":\"weekday\"}");
        Map<DayOfWeek, Long> counts = FACTS.loaded().stream().collect(Collectors.groupingBy(c -> c.localDate().getDayOfWeek(),
                Collectors.counting()));
        DayOfWeek top = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertThat(weekdays.get("busiest").get("period").asString()).isEqualTo(top.getDisplayName(TextStyle.FULL, Locale.ENGLISH));

        JsonNode in2024 = call(engine, "get_activity_summary", "{\"username\":\"octo-demo\",\"since\":\"2024-01-01\",\"until\":\"2025-01-01\"}");
        // Activity counts whole days of the author's local calendar.
        long expected2024 = FACTS.loaded().stream().filter(c -> c.localDate().getYear() == 2024).count();
        assertThat(in2024.get("commits").asLong()).isEqualTo(expected2024);
    }

    @ParameterizedTest
    @MethodSource("engines")
    void languageBreakdown(String engine) {
        JsonNode result = call(engine, "get_language_breakdown", "{\"username\":\"octo-demo\"}");
        Map<String, Long> bytes = new HashMap<>();
        DEMO.repos().forEach(r -> r.languageBytes().forEach((l, b) -> bytes.merge(l, b, Long::sum)));
        String top = bytes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertThat(result.get("by_bytes").get(0).get("language").asString()).isEqualTo(top);
        assertThat(result.get("by_bytes").get(0).get("bytes").asLong()).isEqualTo(bytes.get(top));
        Map<String, Long> primary = DEMO.repos().stream().collect(Collectors.groupingBy(r -> r.primaryLanguage().orElseThrow(),
                Collectors.counting()));
        Map<String, Long> actual = new HashMap<>();
        result.get("by_repos").forEach(item -> actual.put(item.get("language").asString(), item.get("repos").asLong()));
        assertThat(actual).isEqualTo(primary);
    }

    @ParameterizedTest
    @MethodSource("engines")
    void reposBySignals(String engine) {
        JsonNode ci = call(engine, "query_repos_by_signals", "{\"username\":\"octo-demo\",\"has_ci\":true}");
        Set<String> expectedCi = DEMO.repos().stream().filter(r -> r.files().stream().anyMatch(f ->
                f.startsWith(".github/workflows/") || f.equals(".gitlab-ci.yml"))).map(DemoRepo::name).collect(Collectors.toSet());
        assertThat(texts(ci.get("repos"), "name")).containsExactlyInAnyOrderElementsOf(expectedCi);
        JsonNode actions = call(engine, "query_repos_by_signals", "{\"username\":\"octo-demo\",\"ci_system\":\"github actions\"}");
        assertThat(texts(actions.get("repos"), "name")).containsExactlyInAnyOrderElementsOf(DEMO.repos().stream()
                .filter(r -> r.files().contains(".github/workflows/ci.yml")).map(DemoRepo::name).toList());
        JsonNode docker = call(engine, "query_repos_by_signals", "{\"username\":\"octo-demo\",\"has_docker\":true}");
        assertThat(texts(docker.get("repos"), "name")).containsExactlyInAnyOrderElementsOf(DEMO.repos().stream()
                .filter(r -> r.files().contains("Dockerfile") || r.files().contains("docker-compose.yml")).map(DemoRepo::name).toList());
        JsonNode python = call(engine, "query_repos_by_signals", "{\"username\":\"octo-demo\",\"tech_stack\":\"python\"}");
        assertThat(texts(python.get("repos"), "name")).containsExactlyInAnyOrderElementsOf(DEMO.repos().stream()
                .filter(r -> r.files().stream().anyMatch(f -> f.endsWith(".py"))).map(DemoRepo::name).toList());
        JsonNode noTests = call(engine, "query_repos_by_signals", "{\"username\":\"octo-demo\",\"has_tests\":false,\"has_license\":true}");
        assertThat(noTests.get("repos")).allSatisfy(r -> {
            assertThat(r.get("has_tests").asBoolean()).isFalse();
            assertThat(r.get("has_license").asBoolean()).isTrue();
        });
    }

    @ParameterizedTest
    @MethodSource("engines")
    void aggregateMetrics(String engine) {
        JsonNode result = call(engine, "aggregate_repo_metrics", "{\"username\":\"octo-demo\"}");
        assertThat(result.get("repos").asInt()).isEqualTo(25);
        assertThat(result.get("signals").get("license").asLong()).isEqualTo(DEMO.repos().stream().filter(r -> r.files().contains("LICENSE")).count());
        assertThat(result.get("signals").get("docker").asLong()).isEqualTo(DEMO.repos().stream()
                .filter(r -> r.files().contains("Dockerfile") || r.files().contains("docker-compose.yml")).count());
        assertThat(result.get("ci_systems").get("GitHub Actions").asLong()).isEqualTo(DEMO.repos().stream()
                .filter(r -> r.files().contains(".github/workflows/ci.yml")).count());
        assertThat(result.get("stars").asLong()).isEqualTo(DEMO.repos().stream().mapToLong(DemoRepo::stars).sum());
        assertThat(result.get("languages").get("Java").asLong()).isEqualTo(DEMO.repos().stream()
                .filter(r -> r.primaryLanguage().orElse("").equals("Java")).count());
    }

    @ParameterizedTest
    @MethodSource("engines")
    void rankReposByActivity(String engine) {
        JsonNode result = call(engine, "rank_repos_by_activity", "{\"username\":\"octo-demo\",\"since\":\"2025-01-01\",\"limit\":3}");
        Map<String, Long> own = new HashMap<>();
        FACTS.loaded().stream().filter(Loaded::own)
                .filter(c -> !c.localDate().isBefore(LocalDate.of(2025, 1, 1)))
                .forEach(c -> own.merge(c.repo().name(), 1L, Long::sum));
        List<String> expected = own.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey(String.CASE_INSENSITIVE_ORDER))).map(Map.Entry::getKey).limit(3).toList();
        assertThat(texts(result.get("ranking"), "repo")).containsExactlyElementsOf(expected);
        assertThat(result.get("ranking").get(0).get("commits").asLong()).isEqualTo(own.get(expected.get(0)));
    }

    @ParameterizedTest
    @MethodSource("engines")
    void searchReadmes(String engine) {
        JsonNode result = call(engine, "search_readmes", "{\"username\":\"octo-demo\",\"mode\":\"words\",\"query\":\"docker\",\"limit\":20}");
        Set<String> expected = DEMO.repos().stream()
                .filter(r -> r.fileContents().getOrDefault("README.md", "").toLowerCase(Locale.ROOT).contains("docker"))
                .map(DemoRepo::name).collect(Collectors.toSet());
        assertThat(texts(result.get("matches"), "repo")).containsExactlyInAnyOrderElementsOf(expected).isNotEmpty();
        assertThat(result.get("matches").get(0).get("snippet").asString().toLowerCase(Locale.ROOT)).contains("docker");
    }

    @ParameterizedTest
    @MethodSource("engines")
    void searchReadmes_byMeaning_findsTheRepoDescribedInOtherWords(String engine) {
        // weather-cli's README says "Weather cli written in …"; the question shares none of its words.
        JsonNode result = call(engine, "search_readmes", "{\"username\":\"octo-demo\",\"mode\":\"meaning\","
                + "\"query\":\"temperature and rain forecasts\"}");
        assertThat(result.get("mode").asString()).isEqualTo("meaning");
        assertThat(result.get("matches").get(0).get("repo").asString()).as(result.toString()).isEqualTo("weather-cli");
        assertThat(texts(result.get("matches").get(0).get("matched_by"), null)).containsExactly("meaning");
        JsonNode words = call(engine, "search_readmes", "{\"username\":\"octo-demo\",\"mode\":\"words\","
                + "\"query\":\"temperature and rain forecasts\"}");
        assertThat(words.get("matches")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("engines")
    void searchReadmes_both_keepsEveryWordMatchAndAddsMeaning(String engine) {
        Set<String> withDocker = DEMO.repos().stream()
                .filter(r -> r.fileContents().getOrDefault("README.md", "").toLowerCase(Locale.ROOT).contains("docker"))
                .map(DemoRepo::name).collect(Collectors.toSet());
        JsonNode both = call(engine, "search_readmes", "{\"username\":\"octo-demo\",\"query\":\"docker\",\"limit\":20}");
        assertThat(both.get("mode").asString()).isEqualTo("both");
        List<String> repos = texts(both.get("matches"), "repo");
        assertThat(repos).containsAll(withDocker).doesNotHaveDuplicates();
        both.get("matches").forEach(match -> assertThat(texts(match.get("matched_by"), null).contains("words"))
                .as(match.get("repo").asString()).isEqualTo(withDocker.contains(match.get("repo").asString())));
    }

    @ParameterizedTest
    @MethodSource("engines")
    void searchCommits_byMeaning_findsMessagesSayingItInOtherWords(String engine) {
        // "authentication" appears in no demo commit message; "auth flow" does.
        JsonNode result = call(engine, "search_commits", "{\"username\":\"octo-demo\",\"mode\":\"meaning\","
                + "\"query\":\"authentication\",\"limit\":5}");
        assertThat(FACTS.loaded().stream()
                .anyMatch(c -> c.commit().message().toLowerCase(Locale.ROOT).contains("authentication"))).isFalse();
        assertThat(FACTS.loaded().stream()
                .filter(c -> c.commit().message().toLowerCase(Locale.ROOT).contains("auth")).count()).isGreaterThanOrEqualTo(5);
        assertThat(result.get("count").asInt()).isEqualTo(5);
        result.get("commits").forEach(commit -> assertThat(commit.get("message").asString()).containsIgnoringCase("auth"));
        JsonNode inOneRepo = call(engine, "search_commits", "{\"username\":\"octo-demo\",\"mode\":\"meaning\","
                + "\"query\":\"authentication\",\"repo\":\"url-shortener\",\"limit\":50}");
        assertThat(texts(inOneRepo.get("commits"), "repo")).isNotEmpty().containsOnly("url-shortener");
    }

    @ParameterizedTest
    @MethodSource("engines")
    void searchByMeaning_showsPrivateReposOnlyToTheirOwner(String engine) {
        Set<String> privateRepos = DEMO.repos().stream().filter(DemoRepo::isPrivate).map(DemoRepo::name)
                .collect(Collectors.toSet());
        assertThat(privateRepos).contains("weather-cli", "raytracer");
        for (String mode : List.of("meaning", "both")) {
            for (String query : List.of("temperature and rain forecasts", "rendering images by tracing light rays")) {
                String readmes = "{\"username\":\"octo-demo\",\"mode\":\"" + mode + "\",\"query\":\"" + query + "\",\"limit\":20}";
                List<String> owner = texts(catalogs.get(engine).call("search_readmes", JSON.readTree(readmes),
                        ToolContext.owner()).get("matches"), "repo");
                List<String> anyone = texts(catalogs.get(engine).call("search_readmes", JSON.readTree(readmes),
                        ToolContext.publicOnly()).get("matches"), "repo");
                assertThat(owner).as(mode + ": " + query).containsAnyElementsOf(privateRepos);
                assertThat(anyone).as(mode + ": " + query).isNotEmpty().doesNotContainAnyElementsOf(privateRepos);
                String commits = "{\"username\":\"octo-demo\",\"mode\":\"" + mode + "\",\"query\":\"" + query + "\",\"limit\":50}";
                List<String> ownerCommits = texts(catalogs.get(engine).call("search_commits", JSON.readTree(commits),
                        ToolContext.owner()).get("commits"), "repo");
                List<String> anyoneCommits = texts(catalogs.get(engine).call("search_commits", JSON.readTree(commits),
                        ToolContext.publicOnly()).get("commits"), "repo");
                assertThat(ownerCommits).as(mode + ": " + query).containsAnyElementsOf(privateRepos);
                assertThat(anyoneCommits).as(mode + ": " + query).isNotEmpty().doesNotContainAnyElementsOf(privateRepos);
            }
        }
        assertThatThrownBy(() -> catalogs.get(engine).call("search_commits", JSON.readTree(
                "{\"username\":\"octo-demo\",\"query\":\"x\",\"repo\":\"weather-cli\",\"mode\":\"meaning\"}"),
                ToolContext.publicOnly())).isInstanceOf(ToolException.class).hasMessageStartingWith("no repository 'weather-cli'");
    }

    @ParameterizedTest
    @MethodSource("engines")
    void searchMode_mustBeOneOfThree(String engine) {
        assertThatThrownBy(() -> call(engine, "search_readmes", "{\"username\":\"octo-demo\",\"query\":\"x\",\"mode\":\"fuzzy\"}"))
                .isInstanceOf(ToolException.class).hasMessageContaining("mode");
    }

    @ParameterizedTest
    @MethodSource("engines")
    void publicOnlyContext_hidesPrivateRepos(String engine) {
        JsonNode result = catalogs.get(engine).call("list_repos", JSON.readTree("{\"username\":\"octo-demo\",\"limit\":100}"),
                ToolContext.publicOnly());
        assertThat(result.get("total").asInt()).isEqualTo((int) DEMO.repos().stream().filter(r -> !r.isPrivate()).count());
        assertThat(result.get("repos")).noneMatch(r -> r.get("private").asBoolean());
    }

    @ParameterizedTest
    @MethodSource("engines")
    void badInput_isAToolErrorThatSaysWhatToFix(String engine) {
        assertThatThrownBy(() -> call(engine, "list_repos", "{\"username\":\"ghost\"}"))
                .isInstanceOf(ToolException.class)
                .hasMessage("account 'ghost' has not been ingested; ingest it first (POST /ingest or `bitofgit ingest ghost`)");
        assertThatThrownBy(() -> call(engine, "get_repo_overview", "{\"username\":\"octo-demo\",\"repo\":\"url-shortner\"}"))
                .hasMessageStartingWith("no repository 'url-shortner' for octo-demo; closest: url-shortener");
        assertThatThrownBy(() -> call(engine, "list_repos", "{\"username\":\"octo-demo\",\"limit\":1000}"))
                .hasMessage("list_repos: argument 'limit' must be between 1 and 100, got 1000");
        assertThatThrownBy(() -> call(engine, "list_repos", "{\"username\":\"octo-demo\",\"sort\":\"weight\"}"))
                .hasMessage("list_repos: argument 'sort' must be one of pushed, stars, commits, name, created, oldest, last_commit, forks, size, got 'weight'");
        assertThatThrownBy(() -> call(engine, "list_repos", "{\"username\":\"octo-demo\",\"colour\":\"red\"}"))
                .hasMessage("list_repos: unknown argument 'colour'; allowed: archived, committed_since, committed_until, created_since, created_until, cursor, default_branch, fork, has_changelog, has_ci, has_code_of_conduct, has_compose, has_contributing, has_docker, has_license, has_lint, has_makefile, has_readme, has_security_policy, has_tests, include_archived, include_forks, language, license, limit, max_stars, min_forks, min_stars, no_commits_since, primary_language, sort, tech_stack, topic, username, visibility");
        assertThatThrownBy(() -> call(engine, "get_commit_timeline", "{\"username\":\"octo-demo\",\"since\":\"last week\"}"))
                .hasMessage("get_commit_timeline: argument 'since' must be a date like 2024-03-01 or a date-time like 2024-03-01T12:00:00Z, got 'last week'");
        assertThatThrownBy(() -> call(engine, "get_commit_timeline", "{\"username\":\"octo-demo\",\"cursor\":\"bogus\"}"))
                .hasMessage("get_commit_timeline: cursor is not one this tool issued; omit it to start from the first page");
        assertThatThrownBy(() -> call(engine, "search_commits", "{\"username\":\"octo-demo\"}"))
                .hasMessage("search_commits: argument 'query' is required");
        assertThatThrownBy(() -> call(engine, "no_such_tool", "{}")).hasMessageStartingWith("unknown tool 'no_such_tool'; available: get_account_summary");
    }

    @ParameterizedTest
    @MethodSource("engines")
    void outputsStayCompact(String engine) {
        for (ToolDefinition tool : catalogs.get(engine).tools()) {
            String json = JSON.writeValueAsString(catalogs.get(engine).call(tool.name(), tool.example(), ToolContext.owner()));
            assertThat(json.length()).as(tool.name()).isLessThan(16_000);
        }
    }

    @ParameterizedTest
    @MethodSource("engines")
    void everyToolsExample_answersForTheDemoAccount(String engine) {
        ToolCatalog catalog = catalogs.get(engine);
        assertThat(catalog.tools()).extracting(ToolDefinition::name).doesNotHaveDuplicates().isNotEmpty();
        for (ToolDefinition tool : catalog.tools()) {
            JsonNode result = catalog.call(tool.name(), tool.example(), ToolContext.owner());
            JsonNode account = tool.name().equals("list_accounts") ? result.get("accounts").get(0) : result;
            assertThat(account.get("username").asString()).as(tool.name()).isEqualTo("octo-demo");
            // Every property the output schema describes is in the result, null or not.
            tool.outputSchema().path("properties").propertyNames().forEach(name ->
                    assertThat(result.has(name)).as(tool.name() + " " + name).isTrue());
        }
    }

    @ParameterizedTest
    @MethodSource("engines")
    void commitStats_mergesLinesPeopleFirstLatestAndLargest(String engine) {
        DemoRepo repo = FACTS.repo("chat-server");
        List<Loaded> commits = FACTS.loaded(repo);
        JsonNode stats = call(engine, "get_commit_stats", "{\"username\":\"octo-demo\",\"repo\":\"chat-server\"}");
        assertThat(stats.get("commits").asLong()).isEqualTo(commits.size());
        assertThat(stats.get("merge_commits").asLong()).isEqualTo(commits.stream().filter(c -> c.commit().parentCount() > 1).count());
        assertThat(stats.get("additions").asLong()).isEqualTo(commits.stream().mapToLong(c -> c.commit().additions()).sum());
        assertThat(stats.get("deletions").asLong()).isEqualTo(commits.stream().mapToLong(c -> c.commit().deletions()).sum());
        assertThat(stats.get("distinct_authors").asLong()).isEqualTo(commits.stream().map(c -> c.own() ? "(self)"
                : c.commit().authorLogin().orElse(c.commit().authorEmail()).toLowerCase(Locale.ROOT)).distinct().count());
        Loaded first = commits.stream().min(Comparator.comparing((Loaded c) -> c.commit().authoredAt().toInstant())
                .thenComparing(c -> c.commit().sha())).orElseThrow();
        Loaded latest = commits.stream().max(Comparator.comparing((Loaded c) -> c.commit().authoredAt().toInstant())
                .thenComparing(c -> c.commit().sha(), Comparator.reverseOrder())).orElseThrow();
        assertThat(stats.get("first_commit").get("sha").asString()).isEqualTo(first.commit().sha());
        assertThat(stats.get("last_commit").get("sha").asString()).isEqualTo(latest.commit().sha());
        int largest = commits.stream().mapToInt(c -> c.commit().additions() + c.commit().deletions()).max().orElseThrow();
        JsonNode big = stats.get("largest_commit");
        assertThat(big.get("additions").asInt() + big.get("deletions").asInt()).isEqualTo(largest);

        JsonNode own2024 = call(engine, "get_commit_stats", "{\"username\":\"octo-demo\",\"own_only\":true,"
                + "\"since\":\"2024-01-01T00:00:00Z\",\"until\":\"2025-01-01T00:00:00Z\"}");
        assertThat(own2024.get("commits").asLong()).isEqualTo(FACTS.loaded().stream().filter(Loaded::own)
                .filter(c -> c.commit().authoredAt().toInstant().atZone(ZoneOffset.UTC).getYear() == 2024).count());
    }

    @ParameterizedTest
    @MethodSource("engines")
    void commitStats_filesKindsAndMessageLengths(String engine) {
        List<Loaded> own = FACTS.loaded().stream().filter(Loaded::own).toList();
        JsonNode stats = call(engine, "get_commit_stats", "{\"username\":\"octo-demo\",\"own_only\":true,"
                + "\"by_kind\":true,\"most_files\":true}");
        assertThat(stats.get("changed_files").asLong()).isEqualTo(own.stream().mapToLong(c -> c.commit().changedFiles()).sum());
        assertThat(stats.get("commits_with_file_counts").asLong()).isEqualTo(own.size());
        assertThat(stats.get("most_files_commit").get("changed_files").asInt())
                .isEqualTo(own.stream().mapToInt(c -> c.commit().changedFiles()).max().orElseThrow());
        Map<String, Long> kinds = new HashMap<>();
        stats.get("kinds").forEach(k -> kinds.put(k.get("kind").asString(), k.get("commits").asLong()));
        assertThat(kinds.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(own.size());
        assertThat(kinds.get("merge")).isEqualTo(own.stream().filter(c -> c.commit().parentCount() > 1).count());
        // Conventional Commits types are read as their kind, whatever follows them (merges excepted).
        java.util.function.ToLongFunction<String> typed = type -> own.stream().filter(c -> c.commit().parentCount() < 2)
                .filter(c -> c.commit().message().matches("(?s)" + type + "(\\([^)]*\\))?!?:.*")).count();
        assertThat(kinds.get("fix")).isGreaterThanOrEqualTo(typed.applyAsLong("fix")).isPositive();
        assertThat(kinds.get("feature")).isGreaterThanOrEqualTo(typed.applyAsLong("feat")).isPositive();
        assertThat(kinds.get("docs")).isGreaterThanOrEqualTo(typed.applyAsLong("docs")).isPositive();
        assertThat(kinds.get("chore")).isGreaterThanOrEqualTo(typed.applyAsLong("chore")).isPositive();
        double length = own.stream().mapToInt(c -> c.commit().message().length()).average().orElseThrow();
        assertThat(stats.get("average_message_length").asDouble()).isCloseTo(length, org.assertj.core.data.Offset.offset(0.06));
        assertThat(call(engine, "get_commit_stats", "{\"username\":\"octo-demo\"}").get("kinds").isNull()).isTrue();
    }

    /** The ranking's repo → value pairs, in order. */
    private static List<Map.Entry<String, Long>> ranking(JsonNode result) {
        return StreamSupport.stream(result.get("ranking").spliterator(), false)
                .map(n -> Map.entry(n.get("repo").asString(), n.get("value").asLong())).toList();
    }

    /** Highest first, ties by name, as the tool promises — computed here from the generator's data. */
    private static List<Map.Entry<String, Long>> expected(Map<String, Long> values, int limit) {
        return values.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey(String.CASE_INSENSITIVE_ORDER))).limit(limit)
                .map(e -> Map.entry(e.getKey(), e.getValue())).toList();
    }

    private static Map<String, Long> perRepo(java.util.function.Predicate<Loaded> filter) {
        Map<String, Long> values = new HashMap<>();
        DEMO.repos().forEach(repo -> values.put(repo.name(), 0L));
        FACTS.loaded().stream().filter(filter).forEach(c -> values.merge(c.repo().name(), 1L, Long::sum));
        return values;
    }

    @ParameterizedTest
    @MethodSource("engines")
    void rankRepos_byFactsOfTheRepository_andOfItsWork(String engine) {
        Map<String, Long> files = new HashMap<>();
        DEMO.repos().forEach(repo -> files.put(repo.name(), (long) repo.files().size()));
        assertThat(ranking(call(engine, "rank_repos", "{\"username\":\"octo-demo\",\"measure\":\"files\",\"limit\":5}")))
                .isEqualTo(expected(files, 5));
        Map<String, Long> prs = new HashMap<>();
        DEMO.repos().forEach(repo -> prs.put(repo.name(), (long) repo.pullRequests().size()));
        JsonNode byPrs = call(engine, "rank_repos", "{\"username\":\"octo-demo\",\"measure\":\"pull_requests\",\"limit\":300}");
        assertThat(ranking(byPrs)).isEqualTo(expected(prs, 300));
        assertThat(byPrs.get("repos_ranked").asInt()).isEqualTo(DEMO.repos().size());
        Map<String, Long> stars = new HashMap<>();
        DEMO.repos().forEach(repo -> stars.put(repo.name(), (long) repo.stars()));
        JsonNode lowest = call(engine, "rank_repos", "{\"username\":\"octo-demo\",\"measure\":\"stars\",\"order\":\"lowest\",\"limit\":300}");
        List<Map.Entry<String, Long>> reversed = new ArrayList<>(expected(stars, 300));
        java.util.Collections.reverse(reversed);
        assertThat(ranking(lowest)).isEqualTo(reversed);
        assertThat(lowest.get("total").asLong()).isEqualTo(stars.values().stream().mapToLong(Long::longValue).sum());
        assertThatThrownBy(() -> call(engine, "rank_repos", "{\"username\":\"octo-demo\",\"measure\":\"stars\","
                + "\"since\":\"2025-01-01\"}")).isInstanceOf(ToolException.class).hasMessageContaining("takes no period");
    }

    @ParameterizedTest
    @MethodSource("engines")
    void commitConditions_hoursWeekdaysFilesLinesAndKinds(String engine) {
        // Night in each commit's own time zone: 22:00 to 06:00, across midnight.
        Map<String, Long> night = perRepo(c -> c.own() && (c.commit().authoredAt().getHour() >= 22
                || c.commit().authoredAt().getHour() < 6));
        assertThat(ranking(call(engine, "rank_repos", "{\"username\":\"octo-demo\",\"own_only\":true,"
                + "\"from_hour\":22,\"to_hour\":6,\"limit\":3}"))).isEqualTo(expected(night, 3));
        // The same hours in UTC.
        Map<String, Long> nightUtc = perRepo(c -> c.own() && (c.commit().authoredAt().atZoneSameInstant(ZoneOffset.UTC)
                .getHour() >= 22 || c.commit().authoredAt().atZoneSameInstant(ZoneOffset.UTC).getHour() < 6));
        assertThat(ranking(call(engine, "rank_repos", "{\"username\":\"octo-demo\",\"own_only\":true,"
                + "\"from_hour\":22,\"to_hour\":6,\"time_zone\":\"UTC\",\"limit\":3}"))).isEqualTo(expected(nightUtc, 3));
        long weekend = FACTS.loaded().stream().filter(Loaded::own).filter(c -> c.commit().authoredAt().getDayOfWeek()
                .getValue() >= 6).count();
        assertThat(call(engine, "get_commit_stats", "{\"username\":\"octo-demo\",\"own_only\":true,"
                + "\"weekdays\":[\"saturday\",\"Sunday\"]}").get("commits").asLong()).isEqualTo(weekend);
        long manyFiles = FACTS.loaded().stream().filter(Loaded::own).filter(c -> c.commit().changedFiles() > 5).count();
        assertThat(call(engine, "get_commit_stats", "{\"username\":\"octo-demo\",\"own_only\":true,\"min_files\":6}")
                .get("commits").asLong()).isEqualTo(manyFiles).isPositive();
        List<Loaded> pruning = FACTS.loaded().stream().filter(c -> c.commit().deletions() > c.commit().additions()).toList();
        JsonNode pruned = call(engine, "get_commit_stats", "{\"username\":\"octo-demo\",\"more_deleted_than_added\":true,"
                + "\"min_lines\":10}");
        assertThat(pruned.get("commits").asLong()).isEqualTo(pruning.stream().filter(c -> c.commit().additions()
                + c.commit().deletions() >= 10).count()).isPositive();
        JsonNode listed = call(engine, "get_commit_timeline", "{\"username\":\"octo-demo\",\"more_deleted_than_added\":true,"
                + "\"limit\":100}");
        listed.get("commits").forEach(c -> assertThat(c.get("deletions").asLong()).isGreaterThan(c.get("additions").asLong()));
        assertThat(listed.get("commits").size()).isEqualTo((int) Math.min(100, pruning.size()));
        // Merge commits are the kind 'merge' whatever they say.
        Map<String, Long> merges = perRepo(c -> c.commit().parentCount() > 1);
        assertThat(ranking(call(engine, "rank_repos", "{\"username\":\"octo-demo\",\"kind\":\"merge\",\"limit\":4}")))
                .isEqualTo(expected(merges, 4));
        assertThatThrownBy(() -> call(engine, "rank_repos", "{\"username\":\"octo-demo\",\"from_hour\":22}"))
                .isInstanceOf(ToolException.class).hasMessageContaining("together");
        assertThatThrownBy(() -> call(engine, "get_commit_stats", "{\"username\":\"octo-demo\",\"from_hour\":1,"
                + "\"to_hour\":2,\"time_zone\":\"Europe/Berlin\"}")).isInstanceOf(ToolException.class)
                .hasMessageContaining("fixed offset");
        assertThatThrownBy(() -> call(engine, "get_commit_stats", "{\"username\":\"octo-demo\",\"weekdays\":[\"funday\"]}"))
                .isInstanceOf(ToolException.class).hasMessageContaining("funday");
    }

    @ParameterizedTest
    @MethodSource("engines")
    void commitTools_takeSeveralRepositories(String engine) {
        List<String> two = List.of("chat-server", "dotfiles");
        long own = FACTS.loaded().stream().filter(Loaded::own).filter(c -> two.contains(c.repo().name())).count();
        JsonNode activity = call(engine, "get_activity_summary", "{\"username\":\"octo-demo\",\"own_only\":true,"
                + "\"repos\":[\"chat-server\",\"dotfiles\"]}");
        assertThat(activity.get("commits").asLong()).isEqualTo(own);
        JsonNode stats = call(engine, "get_commit_stats", "{\"username\":\"octo-demo\",\"own_only\":true,"
                + "\"repos\":[\"chat-server\",\"dotfiles\"]}");
        assertThat(stats.get("commits").asLong()).isEqualTo(own);
        assertThatThrownBy(() -> call(engine, "get_commit_stats", "{\"username\":\"octo-demo\",\"repo\":\"dotfiles\","
                + "\"repos\":[\"chat-server\"]}")).hasMessageContaining("not both");
        assertThatThrownBy(() -> call(engine, "get_commit_stats", "{\"username\":\"octo-demo\",\"repos\":\"dotfiles\"}"))
                .hasMessage("get_commit_stats: argument 'repos' must be an array of strings");
        assertThatThrownBy(() -> call(engine, "get_commit_stats", "{\"username\":\"octo-demo\",\"repos\":[\"nope-nope\"]}"))
                .hasMessageStartingWith("no repository 'nope-nope'");
    }

    @ParameterizedTest
    @MethodSource("engines")
    void searchCommits_countsAllMatchesNotOnePage(String engine) {
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("(?i)\\btypos?\\b");
        long all = FACTS.loaded().stream().filter(c -> word.matcher(c.commit().message()).find()).count();
        long own = FACTS.loaded().stream().filter(Loaded::own).filter(c -> word.matcher(c.commit().message()).find()).count();
        assertThat(own).isGreaterThan(10);
        JsonNode everyone = call(engine, "search_commits", "{\"username\":\"octo-demo\",\"query\":\"typo\","
                + "\"mode\":\"words\",\"limit\":5}");
        assertThat(everyone.get("count").asInt()).isEqualTo(5);
        assertThat(everyone.get("total_matches").asLong()).isEqualTo(all);
        JsonNode mine = call(engine, "search_commits", "{\"username\":\"octo-demo\",\"query\":\"typo\","
                + "\"mode\":\"words\",\"own_only\":true}");
        assertThat(mine.get("total_matches").asLong()).isEqualTo(own);
        mine.get("commits").forEach(c -> assertThat(c.get("own").asBoolean()).isTrue());
    }

    @ParameterizedTest
    @MethodSource("engines")
    void listCollaborators_peopleOtherThanTheUser_mostCommitsFirst(String engine) {
        Map<String, Long> people = new HashMap<>();
        Map<String, Set<String>> repos = new HashMap<>();
        FACTS.loaded().stream().filter(c -> !c.own()).forEach(c -> {
            String key = c.commit().authorLogin().orElse(c.commit().authorEmail()).toLowerCase(Locale.ROOT);
            people.merge(key, 1L, Long::sum);
            repos.computeIfAbsent(key, k -> new TreeSet<>()).add(c.repo().name());
        });
        JsonNode result = call(engine, "list_collaborators", "{\"username\":\"octo-demo\",\"limit\":50}").get("collaborators");
        assertThat(result.size()).isEqualTo(people.size());
        long previous = Long.MAX_VALUE;
        for (JsonNode person : result) {
            String key = person.get("login").isNull() ? null : person.get("login").asString().toLowerCase(Locale.ROOT);
            assertThat(key).isNotNull();
            assertThat(person.get("commits").asLong()).isEqualTo(people.get(key)).isLessThanOrEqualTo(previous);
            assertThat(person.get("repos").asLong()).isEqualTo(repos.get(key).size());
            previous = person.get("commits").asLong();
        }
    }

    @ParameterizedTest
    @MethodSource("engines")
    void listRepos_filtersCompose(String engine) {
        Set<String> expected = DEMO.repos().stream()
                .filter(r -> r.primaryLanguage().orElse("").equals("TypeScript"))
                .filter(r -> FACTS.loaded(r).stream().anyMatch(c -> c.own() && c.localDate().getYear() == 2025))
                .map(DemoRepo::name).collect(Collectors.toCollection(TreeSet::new));
        JsonNode result = call(engine, "list_repos", "{\"username\":\"octo-demo\",\"primary_language\":\"TypeScript\","
                + "\"committed_since\":\"2025-01-01\",\"committed_until\":\"2026-01-01\",\"limit\":100}");
        assertThat(names(result)).isEqualTo(expected);
        Set<String> noLicensePublic = DEMO.repos().stream().filter(r -> !r.isPrivate() && !r.files().contains("LICENSE"))
                .map(DemoRepo::name).collect(Collectors.toCollection(TreeSet::new));
        assertThat(names(call(engine, "list_repos", "{\"username\":\"octo-demo\",\"has_license\":false,"
                + "\"visibility\":\"public\",\"limit\":100}"))).isEqualTo(noLicensePublic);
        DemoRepo oldest = DEMO.repos().stream().min(Comparator.comparing(DemoRepo::createdAt)).orElseThrow();
        assertThat(call(engine, "list_repos", "{\"username\":\"octo-demo\",\"sort\":\"oldest\",\"limit\":1}")
                .get("repos").get(0).get("name").asString()).isEqualTo(oldest.name());
    }

    @ParameterizedTest
    @MethodSource("engines")
    void activitySummary_countsInTheZoneAsked(String engine) {
        Map<Integer, Long> utcHours = FACTS.loaded().stream().filter(Loaded::own).collect(Collectors.groupingBy(
                c -> c.commit().authoredAt().withOffsetSameInstant(ZoneOffset.UTC).getHour(), Collectors.counting()));
        JsonNode utc = call(engine, "get_activity_summary", "{\"username\":\"octo-demo\",\"group_by\":\"hour\","
                + "\"own_only\":true,\"time_zone\":\"UTC\"}");
        assertThat(utc.get("time_zone").asString()).isEqualTo("UTC");
        for (JsonNode item : utc.get("series")) {
            assertThat(item.get("commits").asLong()).as(item.toString())
                    .isEqualTo(utcHours.get(Integer.parseInt(item.get("period").asString())));
        }
        long berlin2025 = FACTS.loaded().stream().filter(Loaded::own).filter(c -> c.commit().authoredAt().toInstant()
                .atZone(java.time.ZoneId.of("Europe/Berlin")).getYear() == 2025).count();
        assertThat(call(engine, "get_activity_summary", "{\"username\":\"octo-demo\",\"own_only\":true,"
                + "\"time_zone\":\"Europe/Berlin\",\"since\":\"2025-01-01\",\"until\":\"2026-01-01\"}")
                .get("commits").asLong()).isEqualTo(berlin2025);
        long utc2025 = FACTS.loaded().stream().filter(Loaded::own).filter(c -> c.commit().authoredAt().toInstant()
                .atZone(ZoneOffset.UTC).getYear() == 2025).count();
        JsonNode utcYear = call(engine, "get_activity_summary", "{\"username\":\"octo-demo\",\"own_only\":true,"
                + "\"time_zone\":\"UTC\",\"since\":\"2025-01-01\",\"until\":\"2026-01-01\"}");
        assertThat(utcYear.get("commits").asLong()).isEqualTo(utc2025);
        assertThat(utcYear.get("active_days").asLong()).isEqualTo(FACTS.loaded().stream().filter(Loaded::own)
                .map(c -> c.commit().authoredAt().toInstant().atZone(ZoneOffset.UTC).toLocalDate())
                .filter(day -> day.getYear() == 2025).distinct().count());
        assertThatThrownBy(() -> call(engine, "get_activity_summary", "{\"username\":\"octo-demo\",\"time_zone\":\"Mars/Olympus\"}"))
                .hasMessageContaining("time_zone 'Mars/Olympus' is not a time zone");
    }

    private static Set<String> names(JsonNode listing) {
        Set<String> names = new TreeSet<>();
        listing.get("repos").forEach(repo -> names.add(repo.get("name").asString()));
        return names;
    }
}
