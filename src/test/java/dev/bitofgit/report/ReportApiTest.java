package dev.bitofgit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.bitofgit.app.Application;
import dev.bitofgit.app.SettingsLoader;
import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoAccountGenerator;
import dev.bitofgit.demo.DemoCommit;
import dev.bitofgit.demo.DemoLoader;
import dev.bitofgit.demo.DemoRepo;
import dev.bitofgit.demo.DemoSpec;
import dev.bitofgit.store.AccountStore;
import dev.bitofgit.store.ActivityRollups;
import dev.bitofgit.store.CommitStore;
import dev.bitofgit.store.RepositoryStore;
import dev.bitofgit.store.SessionStore;
import dev.bitofgit.store.WorkStore;
import dev.bitofgit.testing.DemoFacts;
import dev.bitofgit.testing.Http;
import dev.bitofgit.testing.TestDatabases;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * GET /users/{username}/report on the real server and store: the report's numbers equal the tools' numbers for the
 * same year and view (called over REST, as any client would), and equal facts counted straight from the generated
 * accounts; the public variant holds no private repository's name in any format; everything user-derived is escaped.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportApiTest {
    private static final DemoAccount OCTO = DemoAccountGenerator.generate(DemoSpec.octoDemo(LocalDate.now(ZoneOffset.UTC)));
    private static final DemoAccount RITA = DemoAccountGenerator.generate(
            new DemoSpec("rita-r", 31, 30, 5_000, 4, LocalDate.of(2025, 6, 30)));
    private static final String SCRIPT = "<script>alert('owned')</script>";
    private static final DemoAccount MALLORY = hostile(DemoAccountGenerator.generate(
            new DemoSpec("mallory-x", 41, 3, 120, 1, LocalDate.of(2025, 9, 30))));

    private Path dir;
    private Application application;
    private Http http;
    private final Map<String, String> sessions = new HashMap<>();

    String databaseUrl(Path dir) {
        return TestDatabases.sqlite(dir);
    }

    @BeforeAll
    void start() throws Exception {
        dir = Files.createTempDirectory("bitofgit-report");
        application = Application.open(SettingsLoader.load(Map.of("BITOFGIT_DATA_DIR", dir.toString(),
                "BITOFGIT_DB_URL", databaseUrl(dir), "PORT", "0"), Map.of()));
        var database = application.database();
        DemoLoader loader = new DemoLoader(new AccountStore(database), new RepositoryStore(database),
                new CommitStore(database), new ActivityRollups(database), new WorkStore(database));
        var issuer = new dev.bitofgit.auth.Sessions(new SessionStore(database), Duration.ofDays(1), Clock.systemUTC());
        for (DemoAccount account : List.of(OCTO, RITA, MALLORY)) {
            loader.load(account);
            sessions.put(account.login(), issuer.issue(account.id(), account.login()).token());
        }
        http = new Http(application.startServer());
    }

    @AfterAll
    void stop() {
        application.close();
    }

    // ------------------------------------------------------------------ the tools' numbers

    @Test
    void report_equalsTheToolsNumbers_forEveryYear_inTheOwnersAndTheAnonymousView() {
        for (DemoAccount account : List.of(OCTO, RITA)) {
            for (Http caller : List.of(http.withBearer(sessions.get(account.login())), http)) {
                for (int year : years(account)) {
                    JsonNode report = caller.get("/users/" + account.login() + "/report?format=json&year=" + year).json();
                    assertThat(report.get("year").asInt()).isEqualTo(year);
                    String where = account.login() + " " + year + (caller == http ? " anonymous" : " owner");
                    agreesWithTools(caller, account.login(), report.get("current"), year, where);
                    agreesWithTools(caller, account.login(), report.get("previous"), year - 1, where + " (previous)");
                }
            }
        }
    }

    private void agreesWithTools(Http caller, String login, JsonNode facts, int year, String where) {
        String period = "\"username\":\"" + login + "\",\"since\":\"" + year + "-01-01\",\"until\":\"" + (year + 1)
                + "-01-01\"";
        JsonNode months = tool(caller, "get_activity_summary", "{" + period + ",\"group_by\":\"month\",\"own_only\":true}");
        JsonNode weekdays = tool(caller, "get_activity_summary", "{" + period + ",\"group_by\":\"weekday\",\"own_only\":true}");
        JsonNode hours = tool(caller, "get_activity_summary", "{" + period + ",\"group_by\":\"hour\",\"own_only\":true}");
        JsonNode everyone = tool(caller, "get_activity_summary", "{" + period + "}");
        JsonNode ranking = tool(caller, "rank_repos_by_activity", "{" + period + ",\"limit\":50}");
        JsonNode stats = tool(caller, "get_commit_stats", "{" + period + ",\"own_only\":true}");
        JsonNode people = tool(caller, "list_collaborators", "{" + period + "}");
        JsonNode created = tool(caller, "list_repos", "{\"username\":\"" + login + "\",\"created_since\":\"" + year
                + "-01-01\",\"created_until\":\"" + (year + 1) + "-01-01\",\"limit\":100}");

        assertThat(facts.get("year").asInt()).as(where).isEqualTo(year);
        assertThat(facts.get("own_commits").asLong()).as(where + " own commits").isEqualTo(months.get("commits").asLong());
        assertThat(facts.get("all_commits").asLong()).as(where + " everyone's").isEqualTo(everyone.get("commits").asLong());
        assertThat(facts.get("active_days").asLong()).as(where).isEqualTo(months.get("active_days").asLong());
        JsonNode streak = months.get("longest_streak");
        assertThat(facts.get("longest_streak").get("days").asLong()).as(where + " streak").isEqualTo(streak.get("days").asLong());
        assertThat(facts.get("longest_streak").get("start").asString(null)).as(where + " streak start")
                .isEqualTo(streak.path("start").asString(null));
        assertThat(facts.get("longest_streak").get("end").asString(null)).as(where + " streak end")
                .isEqualTo(streak.path("end").asString(null));
        assertThat(facts.get("additions").asLong()).as(where).isEqualTo(months.get("additions").asLong());
        assertThat(facts.get("deletions").asLong()).as(where).isEqualTo(months.get("deletions").asLong());
        assertThat(series(facts.get("months"), i -> String.format(Locale.ROOT, "%d-%02d", year, i + 1)))
                .as(where + " months").isEqualTo(series(months.get("series")));
        assertThat(series(facts.get("weekdays"), i -> DayOfWeek.of(i + 1).getDisplayName(java.time.format.TextStyle.FULL,
                Locale.ENGLISH))).as(where + " weekdays").isEqualTo(series(weekdays.get("series")));
        assertThat(series(facts.get("hours"), i -> String.format(Locale.ROOT, "%02d", i))).as(where + " hours")
                .isEqualTo(series(hours.get("series")));
        busiest(facts.get("busiest_month"), months.get("busiest"), where + " busiest month");
        busiest(facts.get("busiest_weekday"), weekdays.get("busiest"), where + " busiest weekday");
        busiest(facts.get("busiest_hour"), hours.get("busiest"), where + " busiest hour");

        List<String> top = new ArrayList<>();
        facts.get("top_repos").forEach(r -> top.add(r.get("name").asString() + "=" + r.get("commits").asLong() + "/"
                + r.get("additions").asLong() + "/" + r.get("deletions").asLong() + "/" + r.get("active_days").asLong()));
        List<String> ranked = new ArrayList<>();
        ranking.get("ranking").forEach(r -> ranked.add(r.get("repo").asString() + "=" + r.get("commits").asLong() + "/"
                + r.get("additions").asLong() + "/" + r.get("deletions").asLong() + "/" + r.get("active_days").asLong()));
        assertThat(top).as(where + " top repositories").isEqualTo(ranked.subList(0, Math.min(5, ranked.size())));
        if (ranked.size() < 50) {
            assertThat(facts.get("repos_touched").asInt()).as(where + " repositories").isEqualTo(ranked.size());
        }

        JsonNode largest = stats.get("largest_commit");
        if (largest.isNull()) {
            assertThat(facts.get("biggest_commit").isNull()).as(where + " no biggest commit").isTrue();
        } else {
            JsonNode biggest = facts.get("biggest_commit");
            assertThat(biggest.get("sha").asString()).as(where + " biggest commit").isEqualTo(largest.get("sha").asString());
            assertThat(biggest.get("repo").asString()).isEqualTo(largest.get("repo").asString());
            assertThat(biggest.get("additions").asLong()).isEqualTo(largest.get("additions").asLong());
            assertThat(biggest.get("deletions").asLong()).isEqualTo(largest.get("deletions").asLong());
            assertThat(biggest.get("subject").asString()).isEqualTo(largest.get("message").asString());
        }

        List<String> reported = new ArrayList<>();
        facts.get("collaborators").forEach(p -> reported.add(p.get("name").asString() + "=" + p.get("commits").asLong()
                + "/" + p.get("repos").asLong()));
        List<String> listed = new ArrayList<>();
        people.get("collaborators").forEach(p -> listed.add(p.get("name").asString() + "=" + p.get("commits").asLong()
                + "/" + p.get("repos").asLong()));
        assertThat(reported).as(where + " collaborators").isEqualTo(listed.subList(0, Math.min(5, listed.size())));

        assertThat(facts.get("new_repo_count").asLong()).as(where + " new repositories")
                .isEqualTo(created.get("total").asLong());
        assertThat(names(facts.get("new_repos"), "name")).as(where).containsExactlyInAnyOrderElementsOf(
                names(created.get("repos"), "name"));
    }

    // ------------------------------------------------------------------ facts counted from the generated accounts

    @Test
    void report_equalsFactsCountedFromTheGeneratedAccount() {
        for (DemoAccount account : List.of(OCTO, RITA)) {
            for (boolean owner : List.of(true, false)) {
                Http caller = owner ? http.withBearer(sessions.get(account.login())) : http;
                for (int year : years(account)) {
                    JsonNode facts = caller.get("/users/" + account.login() + "/report?format=json&year=" + year).json()
                            .get("current");
                    new Oracle(account, owner, year).check(facts, account.login() + " " + year + (owner ? " owner" : " anonymous"));
                }
            }
        }
    }

    /** What a year holds, counted from the generator's data alone (never the store or the tools). */
    private static final class Oracle {
        final DemoFacts demo;
        final boolean owner;
        final int year;
        final List<DemoFacts.Loaded> visible;
        final List<DemoFacts.Loaded> own;

        Oracle(DemoAccount account, boolean owner, int year) {
            this.demo = new DemoFacts(account);
            this.owner = owner;
            this.year = year;
            this.visible = demo.loaded().stream().filter(c -> owner || !c.repo().isPrivate()).toList();
            this.own = visible.stream().filter(DemoFacts.Loaded::own).filter(c -> c.localDate().getYear() == year).toList();
        }

        void check(JsonNode facts, String where) {
            assertThat(facts.get("own_commits").asLong()).as(where + " own commits").isEqualTo(own.size());
            assertThat(facts.get("all_commits").asLong()).as(where + " everyone's")
                    .isEqualTo(visible.stream().filter(c -> c.localDate().getYear() == year).count());
            TreeSet<LocalDate> days = own.stream().map(DemoFacts.Loaded::localDate).collect(Collectors.toCollection(TreeSet::new));
            assertThat(facts.get("active_days").asLong()).as(where + " active days").isEqualTo(days.size());
            assertThat(facts.get("longest_streak").get("days").asLong()).as(where + " streak").isEqualTo(longestRun(days));
            long[] months = new long[12];
            long[] weekdays = new long[7];
            own.forEach(c -> {
                months[c.localDate().getMonthValue() - 1]++;
                weekdays[c.localDate().getDayOfWeek().getValue() - 1]++;
            });
            assertThat(longs(facts.get("months"))).as(where + " months").containsExactly(months);
            assertThat(longs(facts.get("weekdays"))).as(where + " weekdays").containsExactly(weekdays);
            assertThat(facts.get("additions").asLong()).as(where + " lines added")
                    .isEqualTo(own.stream().mapToLong(c -> c.commit().additions()).sum());
            assertThat(facts.get("deletions").asLong()).as(where + " lines deleted")
                    .isEqualTo(own.stream().mapToLong(c -> c.commit().deletions()).sum());

            // Hours and the biggest commit: commits authored in the UTC year, hours on the author's clock.
            List<DemoFacts.Loaded> ownUtc = visible.stream().filter(DemoFacts.Loaded::own)
                    .filter(c -> c.commit().authoredAt().toInstant().atZone(ZoneOffset.UTC).getYear() == year).toList();
            long[] hours = new long[24];
            ownUtc.forEach(c -> hours[c.commit().authoredAt().getHour()]++);
            assertThat(longs(facts.get("hours"))).as(where + " hours").containsExactly(hours);
            ownUtc.stream().max(Comparator.comparingLong((DemoFacts.Loaded c) -> c.commit().additions()
                            + c.commit().deletions()).thenComparing(c -> c.commit().authoredAt().toInstant())
                            .thenComparing(c -> c.commit().sha(), Comparator.reverseOrder()))
                    .ifPresentOrElse(c -> assertThat(facts.get("biggest_commit").get("sha").asString())
                                    .as(where + " biggest commit").isEqualTo(c.commit().sha()),
                            () -> assertThat(facts.get("biggest_commit").isNull()).as(where).isTrue());

            Map<String, Long> perRepo = own.stream().collect(Collectors.groupingBy(c -> c.repo().name(),
                    Collectors.counting()));
            assertThat(facts.get("repos_touched").asLong()).as(where + " repositories").isEqualTo(perRepo.size());
            perRepo.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey(String.CASE_INSENSITIVE_ORDER))).findFirst()
                    .ifPresent(first -> assertThat(facts.get("top_repos").get(0).get("name").asString())
                            .as(where + " top repository").isEqualTo(first.getKey()));

            Instant from = LocalDate.of(year, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
            Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
            List<String> created = demo.account().repos().stream().filter(r -> owner || !r.isPrivate())
                    .filter(r -> !r.createdAt().isBefore(from) && r.createdAt().isBefore(to))
                    .map(DemoRepo::name).toList();
            assertThat(names(facts.get("new_repos"), "name")).as(where + " new repositories")
                    .containsExactlyInAnyOrderElementsOf(created);

            Map<String, Long> others = visible.stream().filter(c -> !c.own())
                    .filter(c -> c.commit().authoredAt().toInstant().atZone(ZoneOffset.UTC).getYear() == year)
                    .collect(Collectors.groupingBy(c -> c.commit().authorName(), Collectors.counting()));
            facts.get("collaborators").forEach(person -> assertThat(person.get("commits").asLong())
                    .as(where + " " + person.get("name").asString()).isEqualTo(others.get(person.get("name").asString())));
            assertThat(facts.get("collaborators").size()).as(where + " collaborators").isEqualTo(Math.min(5, others.size()));

            checkLanguages(facts, perRepo, where);
            checkEngineeringChanges(facts, where);
        }

        /** Each repository's own commits split by its language bytes, summed; shares of all such commits. */
        void checkLanguages(JsonNode facts, Map<String, Long> perRepo, String where) {
            Map<String, Double> weights = new TreeMap<>();
            double total = 0;
            for (Map.Entry<String, Long> repo : perRepo.entrySet()) {
                Map<String, Long> bytes = demo.repo(repo.getKey()).languageBytes();
                double repoBytes = bytes.values().stream().mapToLong(Long::longValue).sum();
                if (repoBytes == 0) {
                    continue;
                }
                total += repo.getValue();
                bytes.forEach((language, size) -> weights.merge(language, repo.getValue() * size / repoBytes, Double::sum));
            }
            Map<String, Double> reported = new LinkedHashMap<>();
            facts.get("languages").forEach(l -> reported.put(l.get("language").asString(), l.get("percent").asDouble()));
            for (Map.Entry<String, Double> weight : weights.entrySet()) {
                if (weight.getValue() / total >= 0.0005) {
                    assertThat(reported.get(weight.getKey())).as(where + " " + weight.getKey())
                            .isCloseTo(weight.getValue() * 100 / total, within(0.051));
                }
            }
            assertThat(reported.keySet()).as(where + " languages").isSubsetOf(weights.keySet());
        }

        /**
         * The generator's announcing subjects ("Add CI workflow", "feat: implement unit tests", "Add Docker image"):
         * the first in each repository whose files have that signal today, if it falls in the year.
         */
        void checkEngineeringChanges(JsonNode facts, String where) {
            Pattern announcing = Pattern.compile("(?i)^(?:[a-z]+: )?(?:add|implement) (ci workflow|docker image|unit tests)$");
            Map<String, DemoFacts.Loaded> first = new LinkedHashMap<>();
            visible.stream().sorted(Comparator.comparing((DemoFacts.Loaded c) -> c.commit().authoredAt().toInstant())
                    .thenComparing(c -> c.commit().sha())).forEach(c -> {
                        Matcher matcher = announcing.matcher(c.commit().message().lines().findFirst().orElse(""));
                        if (matcher.matches()) {
                            String signal = switch (matcher.group(1).toLowerCase(Locale.ROOT)) {
                                case "ci workflow" -> "CI";
                                case "docker image" -> "Docker";
                                default -> "tests";
                            };
                            first.putIfAbsent(c.repo().name() + " " + signal, c);
                        }
                    });
            Set<String> expected = new TreeSet<>();
            first.forEach((key, c) -> {
                String signal = key.substring(key.indexOf(' ') + 1);
                if (c.localDate().getYear() == year && hasNow(c.repo(), signal)) {
                    expected.add(c.repo().name() + " gained " + signal + " in " + c.commit().sha());
                }
            });
            Set<String> reported = new TreeSet<>();
            facts.get("engineering_changes").forEach(change -> reported.add(change.get("repo").asString() + " gained "
                    + change.get("signal").asString() + " in " + change.get("sha").asString()));
            assertThat(reported).as(where + " engineering changes").isEqualTo(expected);
        }

        private static boolean hasNow(DemoRepo repo, String signal) {
            return switch (signal) {
                case "CI" -> repo.files().stream().anyMatch(f -> f.startsWith(".github/workflows/") || f.equals(".gitlab-ci.yml"));
                case "Docker" -> repo.files().stream().anyMatch(f -> f.equals("Dockerfile") || f.equals("docker-compose.yml"));
                default -> repo.files().stream().map(f -> f.toLowerCase(Locale.ROOT))
                        .anyMatch(f -> f.contains("test") || f.contains(".spec."));
            };
        }
    }

    // ------------------------------------------------------------------ privacy

    @Test
    void publicVariant_holdsNoPrivateRepositoryName_inAnyFormat_andEqualsTheAnonymousReport() {
        for (DemoAccount account : List.of(OCTO, RITA)) {
            List<String> secrets = account.repos().stream().filter(DemoRepo::isPrivate).map(DemoRepo::name).toList();
            assertThat(secrets).as(account.login() + " has private repositories").isNotEmpty();
            Http owner = http.withBearer(sessions.get(account.login()));
            boolean ownerSawOne = false;
            for (int year : years(account)) {
                String path = "/users/" + account.login() + "/report?year=" + year;
                String ownerJson = owner.get(path + "&format=json").body();
                ownerSawOne |= secrets.stream().anyMatch(secret -> mentions(ownerJson, secret));
                for (String format : List.of("html", "md", "json", "svg")) {
                    for (Http.Response shared : List.of(owner.get(path + "&format=" + format + "&public_only=true"),
                            http.get(path + "&format=" + format), http.get(path + "&format=" + format + "&public_only=true"))) {
                        assertThat(shared.status()).isEqualTo(200);
                        for (String secret : secrets) {
                            assertThat(mentions(shared.body(), secret)).as(account.login() + " " + year + " " + format
                                    + " mentions private " + secret).isFalse();
                        }
                        assertThat(shared.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
                    }
                }
                JsonNode shared = owner.get(path + "&format=json&public_only=true").json();
                JsonNode anonymous = http.get(path + "&format=json").json();
                assertThat(shared.get("private_included").asBoolean()).isFalse();
                ((tools.jackson.databind.node.ObjectNode) shared).remove("generated_at");
                ((tools.jackson.databind.node.ObjectNode) anonymous).remove("generated_at");
                assertThat(shared).as(account.login() + " " + year + ": public_only is the anonymous view").isEqualTo(anonymous);
                assertThat(owner.get(path).headers().firstValue("Cache-Control")).hasValue("private, no-store");
            }
            assertThat(ownerSawOne).as(account.login() + ": the owner's reports name a private repository somewhere")
                    .isTrue();
        }
    }

    /** The name as a whole repository name: not part of a longer one ("raytracer" in "raytracer-2"). */
    private static boolean mentions(String text, String name) {
        return Pattern.compile("(?<![A-Za-z0-9_.\\-])" + Pattern.quote(name) + "(?![A-Za-z0-9_\\-]|\\.[A-Za-z0-9])")
                .matcher(text).find();
    }

    // ------------------------------------------------------------------ escaping

    @Test
    void userDerivedText_isEscapedInEveryFormat_andTheCardIsWellFormedXml() throws Exception {
        String path = "/users/mallory-x/report?year=2025";
        String html = http.withBearer(sessions.get("mallory-x")).get(path).body();
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script").doesNotContain("<img")
                .contains("&lt;img src=x onerror=alert(1)&gt;");
        assertThat(html).contains("&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt;")
                .contains("Tom &amp; Jerry").contains("a&amp;b&lt;c&gt;");
        String card = http.withBearer(sessions.get("mallory-x")).get(path + "&format=svg").body();
        assertThat(card).doesNotContain("<script").contains("&lt;script&gt;");
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(card.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getAttribute("width")).isEqualTo("1200");
        assertThat(document.getDocumentElement().getAttribute("height")).isEqualTo("630");
        // The page's own inline SVGs are well-formed XML too, names and all.
        Matcher svgs = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL).matcher(html);
        int count = 0;
        while (svgs.find()) {
            DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svgs.group().getBytes(StandardCharsets.UTF_8)));
            count++;
        }
        assertThat(count).isEqualTo(6);
        String markdown = http.withBearer(sessions.get("mallory-x")).get(path + "&format=md").body();
        assertThat(markdown).doesNotContain("<script").doesNotContain("<img").contains("&lt;script&gt;")
                .contains("Tom &amp; Jerry");
        JsonNode json = http.withBearer(sessions.get("mallory-x")).get(path + "&format=json").json();
        assertThat(json.get("name").asString()).isEqualTo("Tom & Jerry " + SCRIPT);
        assertThat(json.get("current").get("biggest_commit").get("subject").asString()).isEqualTo(SCRIPT + " & <b>bold</b>");
    }

    /** A small account whose name, a repository, the biggest commit and a collaborator carry markup and ampersands. */
    private static DemoAccount hostile(DemoAccount account) {
        List<DemoRepo> repos = new ArrayList<>();
        for (int i = 0; i < account.repos().size(); i++) {
            DemoRepo repo = account.repos().get(i);
            List<DemoCommit> commits = new ArrayList<>(repo.commits());
            if (i == 0) {
                DemoCommit newest = commits.get(0);
                commits.set(0, new DemoCommit(newest.sha(), 1, account.name(), account.emails().get(0),
                        java.util.Optional.of(account.login()), newest.authoredAt(), newest.committedAt(), SCRIPT + " & <b>bold</b>",
                        90_000, 10, 3));
                DemoCommit other = commits.get(1);
                commits.set(1, new DemoCommit(other.sha(), 1, "<img src=x onerror=alert(1)>", "img@example.org",
                        java.util.Optional.empty(), other.authoredAt(), other.committedAt(), other.message(),
                        other.additions(), other.deletions(), other.changedFiles()));
            }
            repos.add(new DemoRepo(repo.id(), i == 0 ? "a&b<c>" : repo.name(), repo.description(), false, false,
                    repo.archived(), repo.defaultBranch(), repo.createdAt(), repo.updatedAt(), repo.pushedAt(),
                    repo.stars(), repo.forks(), repo.watchers(), repo.openIssues(), repo.sizeKb(), repo.topics(),
                    repo.licenseSpdx(), repo.primaryLanguage(), repo.languageBytes(), repo.files(), repo.fileContents(),
                    repo.readmePath(), commits, repo.pullRequests(), repo.issues()));
        }
        return new DemoAccount(account.id(), account.login(), "Tom & Jerry " + SCRIPT, account.bio(), account.emails(),
                account.createdAt(), repos, account.externalPullRequests());
    }

    // ------------------------------------------------------------------ errors

    @Test
    void badRequests_areProblemsSayingWhatWasWrong() {
        thenProblem(http.get("/users/nobody-here/report"), 404, "account 'nobody-here' has not been ingested; ingest "
                + "it first (POST /ingest or `bitofgit ingest nobody-here`)");
        thenProblem(http.get("/users/octo-demo/report?year=20x5"), 400,
                "year must be a four-digit year such as 2025, got '20x5'");
        int next = LocalDate.now(ZoneOffset.UTC).getYear() + 1;
        thenProblem(http.get("/users/octo-demo/report?year=" + next), 400, "year " + next + " has not begun yet; give "
                + "a year from 1970 to " + (next - 1));
        thenProblem(http.get("/users/octo-demo/report?year=1969"), 400, "year must be from 1970 to " + (next - 1)
                + ", got 1969");
        thenProblem(http.get("/users/octo-demo/report?format=pdf"), 400, "format must be html, md, json or svg, got 'pdf'");
        thenProblem(http.get("/users/octo-demo/report?public_only=yes"), 400, "public_only must be true or false, got 'yes'");
        thenProblem(http.get("/users/-bad-/report"), 400, "invalid GitHub username '-bad-'");
        thenProblem(http.withBearer("bgs_not-a-session").get("/users/octo-demo/report"), 401, null);
    }

    @Test
    void formats_haveTheirContentTypes_andTheDefaultYearIsTheLatestWithYourCommits() {
        Http owner = http.withBearer(sessions.get("rita-r"));
        assertThat(owner.get("/users/rita-r/report").contentType()).isEqualTo("text/html;charset=utf-8");
        assertThat(owner.get("/users/rita-r/report?format=md").contentType()).startsWith("text/markdown");
        assertThat(owner.get("/users/rita-r/report?format=markdown").contentType()).startsWith("text/markdown");
        assertThat(owner.get("/users/rita-r/report?format=json").contentType()).startsWith("application/json");
        assertThat(owner.get("/users/rita-r/report?format=SVG").contentType()).startsWith("image/svg+xml");
        int latest = RITA.repos().stream().flatMap(r -> r.commits().stream()).filter(new DemoFacts(RITA)::isOwn)
                .mapToInt(c -> c.authoredAt().getYear()).max().orElseThrow();
        assertThat(owner.get("/users/rita-r/report?format=json").json().get("year").asInt()).isEqualTo(latest);
        String html = owner.get("/users/rita-r/report?year=2024").body();
        String base = http.base();
        assertThat(html).contains("<meta property=\"og:image\" content=\"" + base
                        + "/users/rita-r/report?year=2024&amp;format=svg&amp;public_only=true\">")
                .contains("<meta property=\"og:image:width\" content=\"1200\">")
                .contains("<meta property=\"og:image:height\" content=\"630\">")
                .contains("@page { size: A4;")
                .doesNotContain("<script").doesNotContain("<link").doesNotContain(" src=");
        assertThat(owner.get("/users/rita-r/report?year=2024").headers().firstValue("Content-Disposition"))
                .hasValue("inline; filename=\"rita-r-2024.html\"");
    }

    private static void thenProblem(Http.Response response, int status, String detail) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        if (detail != null) {
            assertThat(response.json().get("detail").asString()).isEqualTo(detail);
        }
    }

    // ------------------------------------------------------------------ helpers

    /** The years of the account's history, and the one before it (empty, to compare against). */
    private static List<Integer> years(DemoAccount account) {
        TreeSet<Integer> years = new TreeSet<>();
        account.repos().forEach(r -> r.commits().forEach(c -> years.add(c.authoredAt().getYear())));
        List<Integer> all = new ArrayList<>();
        for (int year = years.first() - 1; year <= years.last(); year++) {
            all.add(year);
        }
        return all;
    }

    private static JsonNode tool(Http caller, String name, String arguments) {
        Http.Response response = caller.post("/tools/" + name, arguments);
        assertThat(response.status()).as(name + " " + arguments + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    /** Non-zero values of a report array by the tool's period label. */
    private static Map<String, Long> series(JsonNode values, java.util.function.IntFunction<String> label) {
        Map<String, Long> series = new TreeMap<>();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).asLong() != 0) {
                series.put(label.apply(i), values.get(i).asLong());
            }
        }
        return series;
    }

    private static Map<String, Long> series(JsonNode toolSeries) {
        Map<String, Long> series = new TreeMap<>();
        toolSeries.forEach(p -> series.put(p.get("period").asString(), p.get("commits").asLong()));
        return series;
    }

    private static void busiest(JsonNode reported, JsonNode tool, String where) {
        if (tool.isNull()) {
            assertThat(reported.isNull()).as(where).isTrue();
        } else {
            assertThat(reported.get("label").asString()).as(where).isEqualTo(tool.get("period").asString());
            assertThat(reported.get("commits").asLong()).as(where).isEqualTo(tool.get("commits").asLong());
        }
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> names = new ArrayList<>();
        array.forEach(item -> names.add(item.get(field).asString()));
        return names;
    }

    private static long[] longs(JsonNode array) {
        long[] values = new long[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asLong();
        }
        return values;
    }

    private static long longestRun(TreeSet<LocalDate> days) {
        long best = 0;
        long run = 0;
        LocalDate previous = null;
        for (LocalDate day : days) {
            run = previous != null && previous.plusDays(1).equals(day) ? run + 1 : 1;
            best = Math.max(best, run);
            previous = day;
        }
        return best;
    }
}
