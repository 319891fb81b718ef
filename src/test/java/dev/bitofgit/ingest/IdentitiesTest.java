package dev.bitofgit.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoCommit;
import dev.bitofgit.demo.DemoLoader;
import dev.bitofgit.store.AccountStore;
import dev.bitofgit.store.ActivityRollups;
import dev.bitofgit.store.CommitStore;
import dev.bitofgit.store.Database;
import dev.bitofgit.store.Identity;
import dev.bitofgit.store.IdentityStore;
import dev.bitofgit.store.ProfileQueries;
import dev.bitofgit.store.RepositoryStore;
import dev.bitofgit.store.WorkStore;
import dev.bitofgit.testing.IdentityFixture;
import dev.bitofgit.testing.IdentityFixture.Stored;
import dev.bitofgit.testing.Meaning;
import dev.bitofgit.testing.TestDatabases;
import dev.bitofgit.tools.ToolCatalog;
import dev.bitofgit.tools.ToolContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Declared identities change which commits are the owner's — counts, roll-ups and tool results — at once and without
 * a re-ingest, on SQLite and PostgreSQL; removing one restores every number; bots are never the owner's. Every
 * expected figure is counted from the fixture's commits ({@link IdentityFixture}), never through the code under test.
 */
class IdentitiesTest {
    private static final DemoAccount ACCOUNT = IdentityFixture.account("pchandan", 151);
    private static final List<Stored> COMMITS = IdentityFixture.commits(ACCOUNT);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private final List<Database> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(Database::close);
    }

    static Stream<String> engines() {
        return Stream.of("sqlite", "postgresql");
    }

    /** A fresh store of the engine with the fixture loaded as the demo loader (an ingest's twin) stores it. */
    private Database load(String engine) throws Exception {
        String url = engine.equals("sqlite") ? TestDatabases.sqlite(Files.createTempDirectory(dir, "s"))
                : TestDatabases.freshPostgresSchema();
        Database database = Database.open(url);
        opened.add(database);
        new DemoLoader(new AccountStore(database), new RepositoryStore(database), new CommitStore(database),
                new ActivityRollups(database), new WorkStore(database)).load(ACCOUNT);
        return database;
    }

    private static Identities identities(Database database) {
        return new Identities(new AccountStore(database), new IdentityStore(database),
                Clock.fixed(Instant.parse("2026-11-02T10:00:00Z"), ZoneOffset.UTC));
    }

    /** Owned before any identity: linked to the login, or one of the demo account's addresses. */
    private static boolean linked(DemoCommit commit) {
        return IdentityFixture.linked(ACCOUNT, ACCOUNT.emails(), commit);
    }

    private static Predicate<Stored> ownWith(Predicate<DemoCommit> declared) {
        return stored -> linked(stored.commit()) || (declared.test(stored.commit()) && !IdentityFixture.bot(stored.commit()));
    }

    @ParameterizedTest
    @MethodSource("engines")
    void declaringAnEmail_makesExactlyItsCommitsOwn_andEveryRollupFollows_withoutReingest(String engine) throws Exception {
        Database database = load(engine);
        Identities identities = identities(database);
        ToolCatalog tools = new ToolCatalog(new ProfileQueries(database), Meaning.search(database));
        Predicate<Stored> before = ownWith(commit -> false);
        assertFigures(database, tools, before);
        Map<String, List<Object>> rollupsBefore = rollups(database);
        long work = COMMITS.stream().filter(c -> c.commit().authorEmail().equals(IdentityFixture.WORK_EMAIL)).count();
        assertThat(work).as("the fixture has work-address commits").isGreaterThan(20);

        Identities.Outcome added = identities.declare("PChandan", new Identities.Declaration(
                Optional.of("  P.Chandan@Work.Example "), Optional.empty(), Optional.empty(), Optional.empty()));

        assertThat(added.added()).extracting(Identity::value).containsExactly(IdentityFixture.WORK_EMAIL);
        assertThat(added.commitsChanged()).isEqualTo(work);
        Predicate<Stored> after = ownWith(commit -> commit.authorEmail().equals(IdentityFixture.WORK_EMAIL));
        assertThat(added.listing().ownCommits()).isEqualTo(COMMITS.stream().filter(after).count())
                .isEqualTo(COMMITS.stream().filter(before).count() + work);
        assertFigures(database, tools, after);
        Map<String, List<Object>> moved = rollups(database);
        assertThat(moved).isNotEqualTo(rollupsBefore);
        new ActivityRollups(database).refreshAccount(ACCOUNT.id());
        assertThat(rollups(database)).as("the roll-ups moved by the change equal a rebuild from the commits")
                .isEqualTo(moved);

        Identities.Outcome removed = identities.remove("pchandan", Identity.Kind.EMAIL, "p.chandan@work.example");

        assertThat(removed.removed()).extracting(Identity::value).containsExactly(IdentityFixture.WORK_EMAIL);
        assertThat(removed.commitsChanged()).isEqualTo(work);
        assertThat(removed.listing().declared()).isEmpty();
        assertFigures(database, tools, before);
        assertThat(rollups(database)).as("every roll-up row as before the declaration").isEqualTo(rollupsBefore);
    }

    @ParameterizedTest
    @MethodSource("engines")
    void aDeclaredName_neverMakesABotsCommitsOwn(String engine) throws Exception {
        Database database = load(engine);
        Identities identities = identities(database);
        ToolCatalog tools = new ToolCatalog(new ProfileQueries(database), Meaning.search(database));
        long botsUnderTheName = COMMITS.stream().filter(c -> IdentityFixture.bot(c.commit())
                && c.commit().authorName().equals(IdentityFixture.PERSON)).count();
        assertThat(botsUnderTheName).as("github-actions commits authored as the owner's name").isGreaterThan(5);

        Identities.Outcome outcome = identities.declare("pchandan", new Identities.Declaration(Optional.empty(),
                Optional.of("prakash   CHANDAN"), Optional.empty(), Optional.empty()));

        assertThat(outcome.added()).extracting(Identity::value).containsExactly("prakash chandan");
        Predicate<Stored> after = ownWith(commit -> commit.authorName().equals(IdentityFixture.PERSON));
        assertFigures(database, tools, after);
        long botCommits = COMMITS.stream().filter(c -> IdentityFixture.bot(c.commit())).count();
        assertThat(count(database, "SELECT COUNT(*) FROM commits WHERE is_bot = TRUE")).isEqualTo(botCommits);
        assertThat(count(database, "SELECT COUNT(*) FROM commits WHERE is_bot = TRUE AND is_own = TRUE")).isZero();
        assertThat(count(database, "SELECT COUNT(*) FROM commits WHERE author_login = 'github-actions[bot]'"
                + " AND is_own = FALSE")).isEqualTo(botsUnderTheName);

        assertThatThrownBy(() -> identities.declare("pchandan", new Identities.Declaration(
                Optional.of(IdentityFixture.DEPENDABOT_EMAIL), Optional.empty(), Optional.empty(), Optional.empty())))
                .isInstanceOf(IdentityRejected.class)
                .hasMessage("'49699333+dependabot[bot]@users.noreply.github.com' is a bot's address; a bot's commits "
                        + "are never counted as yours");
        assertThatThrownBy(() -> identities.declare("pchandan", new Identities.Declaration(Optional.empty(),
                Optional.of("Renovate Bot"), Optional.empty(), Optional.empty())))
                .isInstanceOf(IdentityRejected.class)
                .hasMessage("'Renovate Bot' is a bot's name; a bot's commits are never counted as yours");
    }

    @ParameterizedTest
    @MethodSource("engines")
    void excludingBots_leavesTheirCommitsOutOfEveryonesCounts(String engine) throws Exception {
        Database database = load(engine);
        ToolCatalog tools = new ToolCatalog(new ProfileQueries(database), Meaning.search(database));
        long all = COMMITS.size();
        long people = COMMITS.stream().filter(c -> !IdentityFixture.bot(c.commit())).count();
        assertThat(people).isLessThan(all);

        assertThat(call(tools, "get_commit_stats", "{\"username\":\"pchandan\"}").get("commits").asLong()).isEqualTo(all);
        JsonNode stats = call(tools, "get_commit_stats", "{\"username\":\"pchandan\",\"exclude_bots\":true}");
        assertThat(stats.get("commits").asLong()).isEqualTo(people);
        assertThat(stats.get("additions").asLong()).isEqualTo(COMMITS.stream()
                .filter(c -> !IdentityFixture.bot(c.commit())).mapToLong(c -> c.commit().additions()).sum());
        assertThat(call(tools, "get_activity_summary", "{\"username\":\"pchandan\"}").get("commits").asLong())
                .isEqualTo(all);
        JsonNode activity = call(tools, "get_activity_summary", "{\"username\":\"pchandan\",\"exclude_bots\":true,"
                + "\"group_by\":\"year\"}");
        assertThat(activity.get("commits").asLong()).isEqualTo(people);
        Map<String, Long> perYear = COMMITS.stream().filter(c -> !IdentityFixture.bot(c.commit())).collect(
                Collectors.groupingBy(c -> String.valueOf(c.commit().authoredAt().getYear()), TreeMap::new,
                        Collectors.counting()));
        Map<String, Long> series = new TreeMap<>();
        activity.get("series").forEach(item -> series.put(item.get("period").asString(), item.get("commits").asLong()));
        assertThat(series).isEqualTo(perYear);
        List<String> collaborators = new ArrayList<>();
        call(tools, "list_collaborators", "{\"username\":\"pchandan\",\"exclude_bots\":true,\"limit\":50}")
                .get("collaborators").forEach(person -> collaborators.add(person.get("name").asString()));
        assertThat(collaborators).isNotEmpty().doesNotContain("dependabot[bot]")
                .allSatisfy(name -> assertThat(name).doesNotEndWith("[bot]"));
        assertThat(call(tools, "list_collaborators", "{\"username\":\"pchandan\",\"limit\":50}").toString())
                .contains("dependabot[bot]");
    }

    @ParameterizedTest
    @MethodSource("engines")
    void suggestions_areTheUnlinkedAuthorsMostCommitsFirst_neverBotsOrDeclaredOnes(String engine) throws Exception {
        Database database = load(engine);
        Identities identities = identities(database);
        long work = COMMITS.stream().filter(c -> c.commit().authorEmail().equals(IdentityFixture.WORK_EMAIL)).count();
        long old = COMMITS.stream().filter(c -> c.commit().authorEmail().equals(IdentityFixture.OLD_EMAIL)).count();
        List<String> expected = work >= old ? List.of(IdentityFixture.WORK_EMAIL, IdentityFixture.OLD_EMAIL)
                : List.of(IdentityFixture.OLD_EMAIL, IdentityFixture.WORK_EMAIL);

        List<IdentityStore.Suggestion> suggestions = identities.list("pchandan").suggestions();

        assertThat(suggestions).extracting(IdentityStore.Suggestion::email).isEqualTo(expected);
        assertThat(suggestions).filteredOn(s -> s.email().equals(IdentityFixture.WORK_EMAIL)).singleElement()
                .satisfies(s -> {
                    assertThat(s.commits()).isEqualTo(work);
                    assertThat(s.name()).contains(IdentityFixture.PERSON);
                    assertThat(s.repos()).isEqualTo(COMMITS.stream().filter(c -> c.commit().authorEmail()
                            .equals(IdentityFixture.WORK_EMAIL)).map(c -> c.repo().id()).distinct().count());
                });

        identities.declare("pchandan", new Identities.Declaration(Optional.of(IdentityFixture.WORK_EMAIL),
                Optional.empty(), Optional.empty(), Optional.empty()));
        assertThat(identities.list("pchandan").suggestions()).extracting(IdentityStore.Suggestion::email)
                .containsExactly(IdentityFixture.OLD_EMAIL);
    }

    @ParameterizedTest
    @MethodSource("engines")
    void aMailmap_declaresTheCommitEmailsItMapsToTheOwner(String engine) throws Exception {
        Database database = load(engine);
        Identities identities = identities(database);
        ToolCatalog tools = new ToolCatalog(new ProfileQueries(database), Meaning.search(database));
        String ownerAddress = ACCOUNT.emails().get(1);
        String mailmap = """
                # who is who
                Prakash Chandan <%s> <p.chandan@work.example>
                Prakash Chandan <%s> P Chandan <Prakash@Old-Job.example>   # the old job
                Mona Lisa <mona@example.org> <mona.lisa@old.example>

                <hubot@example.org> <hubot@old.example>
                """.formatted(ownerAddress, ownerAddress);

        Identities.Outcome outcome = identities.declare("pchandan", new Identities.Declaration(Optional.empty(),
                Optional.empty(), Optional.of(mailmap), Optional.empty()));

        assertThat(outcome.added()).extracting(Identity::value)
                .containsExactly(IdentityFixture.WORK_EMAIL, IdentityFixture.OLD_EMAIL);
        assertFigures(database, tools, ownWith(commit -> commit.authorEmail().equals(IdentityFixture.WORK_EMAIL)
                || commit.authorEmail().equals(IdentityFixture.OLD_EMAIL)));

        Identities.Outcome named = identities.declare("pchandan", new Identities.Declaration(Optional.empty(),
                Optional.empty(), Optional.of(mailmap), Optional.of("MONA@example.org")));
        assertThat(named.added()).extracting(Identity::value).containsExactly("mona.lisa@old.example", "mona@example.org");

        assertThatThrownBy(() -> identities.declare("pchandan", new Identities.Declaration(Optional.empty(),
                Optional.empty(), Optional.of("Prakash <p@x.example> <p@y.example>\nnot a mailmap line\n"),
                Optional.empty())))
                .isInstanceOf(IdentityRejected.class)
                .hasMessage("mailmap line 2 ('not a mailmap line'): expected " + Mailmap.FORMS);
        assertThatThrownBy(() -> identities.declare("pchandan", new Identities.Declaration(Optional.empty(),
                Optional.empty(), Optional.of("Someone Else <else@example.net> <else@work.example>"), Optional.empty())))
                .isInstanceOf(IdentityRejected.class)
                .hasMessageStartingWith("no entry of the mailmap maps to pchandan's addresses (");
    }

    @Test
    void malformedValues_areRefusedWithWhatWasWrong() {
        assertThatThrownBy(() -> Identities.email("p.chandan at work")).isInstanceOf(IdentityRejected.class)
                .hasMessage("'p.chandan at work' is not an e-mail address; give one address such as "
                        + "p.chandan@work.example (no name, no angle brackets)");
        assertThatThrownBy(() -> Identities.email("Prakash <p@work.example>")).isInstanceOf(IdentityRejected.class)
                .hasMessageStartingWith("'Prakash <p@work.example>' is not an e-mail address");
        assertThatThrownBy(() -> Identities.email("   ")).isInstanceOf(IdentityRejected.class)
                .hasMessage("email is empty; give an address such as p.chandan@work.example");
        assertThatThrownBy(() -> Identities.name("x".repeat(101))).isInstanceOf(IdentityRejected.class)
                .hasMessageEndingWith("is not an author name: at most 100 characters, no control characters or angle "
                        + "brackets (give the e-mail separately)");
        assertThat(Identities.email("P.Chandan@Work.Example")).isEqualTo("p.chandan@work.example");
        assertThat(Identities.name("  Zoë   ÖZIL ")).isEqualTo("zoë özil");
        assertThatThrownBy(() -> Mailmap.parse("Proper <p@x.example> <>"))
                .hasMessage("mailmap line 1 ('Proper <p@x.example> <>'): an e-mail between < and > is empty");
        assertThatThrownBy(() -> Mailmap.parse("<only@x.example>"))
                .hasMessage("mailmap line 1 ('<only@x.example>'): an e-mail alone maps nothing; expected " + Mailmap.FORMS);
        assertThatThrownBy(() -> Mailmap.parse("# nothing\n\n"))
                .hasMessage("the mailmap has no entries; expected lines like " + Mailmap.FORMS);
        assertThat(Mailmap.parse("A B <a@x.example> C D <c@y.example>\n<p@x.example> <q@y.example>\nName <n@z.example>"))
                .containsExactly(
                        new Mailmap.Entry(1, Optional.of("A B"), Optional.of("a@x.example"), Optional.of("C D"), "c@y.example"),
                        new Mailmap.Entry(2, Optional.empty(), Optional.of("p@x.example"), Optional.empty(), "q@y.example"),
                        new Mailmap.Entry(3, Optional.of("Name"), Optional.empty(), Optional.empty(), "n@z.example"));
    }

    // ------------------------------------------------------------------ figures, from the fixture and from the store

    /**
     * The store's own-commit figures — the commits' flags, the per-repository, per-day (the streak's input) and
     * per-hour roll-ups, and the tools' totals and longest streak — equal the fixture's under {@code own}.
     */
    private void assertFigures(Database database, ToolCatalog tools, Predicate<Stored> own) {
        List<Stored> owned = COMMITS.stream().filter(own).toList();
        assertThat(count(database, "SELECT COUNT(*) FROM commits WHERE is_own = TRUE")).isEqualTo(owned.size());

        Map<Long, Long> perDay = new TreeMap<>(owned.stream().collect(Collectors.groupingBy(Stored::localDay,
                Collectors.counting())));
        assertThat(longMap(database, "SELECT day, SUM(own_commits) FROM account_daily GROUP BY day"
                + " HAVING SUM(own_commits) > 0")).isEqualTo(perDay);
        Map<Long, Long> perHour = new TreeMap<>(owned.stream().collect(Collectors.groupingBy(
                stored -> (long) stored.localHour(), Collectors.counting())));
        assertThat(longMap(database, "SELECT local_hour, SUM(own_commits) FROM repo_hourly GROUP BY local_hour"
                + " HAVING SUM(own_commits) > 0")).isEqualTo(perHour);
        Map<Long, Long> perRepo = new TreeMap<>(owned.stream().collect(Collectors.groupingBy(stored -> stored.repo().id(),
                Collectors.counting())));
        assertThat(longMap(database, "SELECT repo_id, own_commits FROM repo_stats WHERE own_commits > 0")).isEqualTo(perRepo);

        JsonNode summary = call(tools, "get_account_summary", "{\"username\":\"pchandan\"}");
        assertThat(summary.get("commits").get("own").asLong()).isEqualTo(owned.size());
        assertThat(summary.get("commits").get("active_days").asLong()).isEqualTo(perDay.size());
        JsonNode activity = call(tools, "get_activity_summary", "{\"username\":\"pchandan\",\"own_only\":true}");
        assertThat(activity.get("commits").asLong()).isEqualTo(owned.size());
        assertThat(activity.get("longest_streak").get("days").asLong()).isEqualTo(longestRun(perDay.keySet()));
    }

    private static long longestRun(java.util.Set<Long> days) {
        long best = 0;
        long run = 0;
        long previous = Long.MIN_VALUE;
        for (long day : new TreeSet<>(days)) {
            run = day == previous + 1 ? run + 1 : 1;
            best = Math.max(best, run);
            previous = day;
        }
        return best;
    }

    /** Every roll-up row of the store, table by table, in a stable order. */
    private static Map<String, List<Object>> rollups(Database database) {
        Map<String, List<Object>> tables = new TreeMap<>();
        for (String table : List.of("repo_stats", "repo_daily", "repo_daily_utc", "repo_hourly", "account_daily")) {
            tables.put(table, database.withHandle(handle -> handle.createQuery("SELECT * FROM " + table)
                    .mapToMap().list().stream().map(row -> (Object) new TreeMap<>(row).toString()).sorted(
                            java.util.Comparator.comparing(Object::toString)).toList()));
        }
        return tables;
    }

    private static long count(Database database, String sql) {
        return database.withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one());
    }

    private static Map<Long, Long> longMap(Database database, String sql) {
        Map<Long, Long> result = new TreeMap<>();
        database.withHandle(handle -> handle.createQuery(sql).map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .list()).forEach(entry -> result.put(entry.getKey(), entry.getValue()));
        return result;
    }

    private static JsonNode call(ToolCatalog tools, String tool, String arguments) {
        return tools.call(tool, JSON.readTree(arguments), ToolContext.owner());
    }
}
