package dev.bitofgit.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoAccountGenerator;
import dev.bitofgit.demo.DemoCommit;
import dev.bitofgit.demo.DemoLoader;
import dev.bitofgit.demo.DemoRepo;
import dev.bitofgit.demo.DemoSpec;
import dev.bitofgit.store.AccountStore;
import dev.bitofgit.store.ActivityRollups;
import dev.bitofgit.store.CommitStore;
import dev.bitofgit.store.ConversationStore;
import dev.bitofgit.store.Database;
import dev.bitofgit.store.ProfileQueries;
import dev.bitofgit.store.RepositoryStore;
import dev.bitofgit.testing.DemoFacts;
import dev.bitofgit.testing.DemoFacts.Loaded;
import dev.bitofgit.testing.TestDatabases;
import dev.bitofgit.tools.ToolCatalog;
import dev.bitofgit.tools.ToolContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The questions the offline answerer must handle, on the demo account, each checked against facts computed from
 * the generator's data (not through the store or the tools).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OfflineAnswererTest {
    /** The store the questions run on: the suite runs once on SQLite and once on PostgreSQL. */
    abstract String databaseUrl() throws Exception;

    private static final DemoAccount DEMO = DemoAccountGenerator.generate(DemoSpec.octoDemo(LocalDate.of(2026, 11, 1)));
    private static final DemoFacts FACTS = new DemoFacts(DEMO);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-05T12:00:00Z"), ZoneOffset.UTC);

    private Database database;
    private QueryService service;
    private OfflineAnswerer answerer;

    @BeforeAll
    void load() throws Exception {
        database = Database.open(databaseUrl());
        new DemoLoader(new AccountStore(database), new RepositoryStore(database), new CommitStore(database),
                new ActivityRollups(database), new dev.bitofgit.store.WorkStore(database)).load(DEMO);
        answerer = new OfflineAnswerer(new ToolCatalog(new ProfileQueries(database), dev.bitofgit.testing.Meaning.indexed(database, DEMO.id())), CLOCK,
                dev.bitofgit.ingest.SignalDetector.languageNames(), dev.bitofgit.ingest.SignalDetector.technologyNames());
        service = new QueryService(answerer, new ConversationStore(database),
                (username, caller) -> username.equalsIgnoreCase("octo-demo")
                        ? new QueryService.Readiness(true, true, "")
                        : new QueryService.Readiness(false, false, "BitofGit has not ingested " + username + " yet."),
                CLOCK);
    }

    @AfterAll
    void close() {
        database.close();
    }

    private QueryResponse ask(String question) {
        return service.ask("octo-demo", question, Optional.empty(), ToolContext.owner());
    }

    private static long ownCommits(java.util.function.Predicate<Loaded> filter) {
        return FACTS.loaded().stream().filter(Loaded::own).filter(filter).count();
    }

    private static String mostOwn(java.util.function.Predicate<Loaded> filter) {
        Map<String, Long> counts = new HashMap<>();
        FACTS.loaded().stream().filter(Loaded::own).filter(filter).forEach(c -> counts.merge(c.repo().name(), 1L, Long::sum));
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey(String.CASE_INSENSITIVE_ORDER))).findFirst().orElseThrow().getKey();
    }

    private static String num(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static boolean hasTests(DemoRepo repo) {
        return repo.files().stream().anyMatch(f -> f.contains("test") || f.contains(".spec."));
    }

    private static boolean hasCi(DemoRepo repo) {
        return repo.files().contains(".github/workflows/ci.yml") || repo.files().contains(".gitlab-ci.yml");
    }

    private static List<String> names(java.util.function.Predicate<DemoRepo> filter) {
        return DEMO.repos().stream().filter(filter).map(DemoRepo::name).sorted().toList();
    }

    /** Every listed name is in the answer and no other repository is. */
    private static void listsExactly(QueryResponse response, List<String> expected) {
        assertThat(response.answer()).contains("**" + expected.size() + "**");
        for (DemoRepo repo : DEMO.repos()) {
            if (expected.contains(repo.name())) {
                assertThat(response.answer()).as(repo.name()).contains("**" + repo.name() + "**");
            } else {
                assertThat(response.answer()).as(repo.name()).doesNotContain("**" + repo.name() + "**");
            }
        }
    }

    @Test
    void whichProjectsUsePython_anyBytes() {
        QueryResponse response = ask("Which of my projects use Python?");
        listsExactly(response, names(r -> r.languageBytes().containsKey("Python")));
        assertThat(response.answerer()).isEqualTo("offline");
        assertThat(response.toolCalls()).extracting(ToolCall::tool).containsExactly("list_repos");
        assertThat(response.answer()).contains("_Read as: repositories that use Python (any amount of code)");
    }

    @Test
    void aTechnologyTheDetectorKnows_isUnderstoodEvenWhenNoRepositoryUsesIt() {
        assertThat(DEMO.repos().stream().noneMatch(r -> r.fileContents().values().stream()
                .anyMatch(text -> text.contains("micronaut")))).isTrue();
        assertThat(ask("Which of my repos use Micronaut?").answer()).startsWith("None of your repositories use Micronaut.");
    }

    @Test
    void mainlyWrittenIn_isThePrimaryLanguage() {
        listsExactly(ask("Which repos are mainly written in TypeScript?"),
                names(r -> r.primaryLanguage().orElse("").equals("TypeScript")));
    }

    @Test
    void howManyRepos_andPrivateOnes() {
        assertThat(ask("How many repositories do I have?").answer()).startsWith("You have **" + DEMO.repos().size() + "** repositories");
        listsExactly(ask("Which of my repos are private?"), names(DemoRepo::isPrivate));
        listsExactly(ask("which ones are public"), names(r -> !r.isPrivate()));
        listsExactly(ask("How many of my repos are forks?"), names(DemoRepo::fork));
    }

    @Test
    void negation_reposWithoutTests_ciButNoTests_noLicense() {
        listsExactly(ask("which repos have no tests"), names(r -> !hasTests(r)));
        listsExactly(ask("Which repositories have CI but no tests?"), names(r -> hasCi(r) && !hasTests(r)));
        listsExactly(ask("Which repos don't have a license?"), names(r -> !r.files().contains("LICENSE")));
        listsExactly(ask("repos without tests or CI"), names(r -> !hasCi(r) && !hasTests(r)));
    }

    @Test
    void languageWithPeriod_composes() {
        List<String> expected = names(r -> r.primaryLanguage().orElse("").equals("TypeScript")
                && FACTS.loaded(r).stream().anyMatch(c -> c.own() && c.localDate().getYear() == 2025));
        listsExactly(ask("my repos mainly in TypeScript that I committed to in 2025"), expected);
    }

    @Test
    void busiestMonth_isAMonthNotARepository() {
        Map<java.time.YearMonth, Long> months = FACTS.loaded().stream().filter(Loaded::own)
                .collect(Collectors.groupingBy(c -> java.time.YearMonth.from(c.localDate()), Collectors.counting()));
        var top = months.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        QueryResponse response = ask("What was my busiest month?");
        assertThat(response.answer()).startsWith("Your busiest month overall is **"
                + top.getKey().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + top.getKey().getYear()
                + "** with " + num(top.getValue()) + " commits");
        assertThat(response.answer()).contains("each commit's own time zone");
    }

    @Test
    void busiestHour_honoursUtc_andDefaultsToTheCommitsOwnZone() {
        Map<Integer, Long> utc = FACTS.loaded().stream().filter(Loaded::own).collect(Collectors.groupingBy(
                c -> c.commit().authoredAt().withOffsetSameInstant(ZoneOffset.UTC).getHour(), Collectors.counting()));
        Map<Integer, Long> local = FACTS.loaded().stream().filter(Loaded::own).collect(Collectors.groupingBy(
                c -> c.commit().authoredAt().getHour(), Collectors.counting()));
        var topUtc = utc.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        var topLocal = local.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        assertThat(ask("What's my busiest hour in UTC?").answer())
                .contains(String.format(Locale.ROOT, "**%02d:00", topUtc.getKey())).contains(num(topUtc.getValue()) + " commits")
                .contains("UTC");
        assertThat(ask("What's my busiest hour?").answer())
                .contains(String.format(Locale.ROOT, "**%02d:00", topLocal.getKey())).contains(num(topLocal.getValue()) + " commits")
                .contains("each commit's own time zone");
    }

    @Test
    void topThreeReposByOwnCommits() {
        Map<String, Long> counts = new HashMap<>();
        FACTS.loaded().stream().filter(Loaded::own).forEach(c -> counts.merge(c.repo().name(), 1L, Long::sum));
        List<String> top = counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).limit(3).map(Map.Entry::getKey).toList();
        String answer = ask("What are my top 3 repos by my own commits?").answer();
        for (int i = 0; i < 3; i++) {
            assertThat(answer).contains((i + 1) + ". **" + top.get(i) + "** (" + num(counts.get(top.get(i))));
        }
    }

    @Test
    void oldestAndNewestRepository() {
        DemoRepo oldest = DEMO.repos().stream().min(Comparator.comparing(DemoRepo::createdAt)).orElseThrow();
        DemoRepo newest = DEMO.repos().stream().max(Comparator.comparing(DemoRepo::createdAt)).orElseThrow();
        assertThat(ask("What is my oldest repository?").answer()).startsWith("Your oldest repository overall is **" + oldest.name() + "**");
        assertThat(ask("what's my newest repo").answer()).startsWith("Your newest repository overall is **" + newest.name() + "**");
    }

    @Test
    void veryFirstCommit() {
        Loaded first = FACTS.loaded().stream().filter(Loaded::own)
                .min(Comparator.comparing(c -> c.commit().authoredAt().toInstant())).orElseThrow();
        assertThat(ask("When was my very first commit?").answer()).contains("**" + first.localDate() + "**")
                .contains("**" + first.repo().name() + "**").contains(first.commit().sha().substring(0, 7));
    }

    @Test
    void mostFrequentCollaborator_acrossAllRepositories() {
        Map<String, Long> people = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        FACTS.loaded().stream().filter(c -> !c.own()).forEach(c -> {
            String key = c.commit().authorLogin().orElse(c.commit().authorEmail()).toLowerCase(Locale.ROOT);
            people.merge(key, 1L, Long::sum);
            names.put(key, c.commit().authorName());
        });
        var top = people.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow();
        assertThat(ask("Who is my most frequent collaborator?").answer())
                .contains("**" + names.get(top.getKey())).contains(num(top.getValue()) + " commits");
    }

    @Test
    void linesAddedInAYear() {
        long added = FACTS.loaded().stream().filter(Loaded::own).filter(c -> c.localDate().getYear() == 2024)
                .mapToLong(c -> c.commit().additions()).sum();
        assertThat(ask("How many lines did I add in 2024?").answer()).startsWith("You added **" + num(added) + " lines**");
    }

    @Test
    void compareTwoRepositories_andTwoYears() {
        long a = FACTS.loaded(FACTS.repo("url-shortener")).size();
        long b = FACTS.loaded(FACTS.repo("weather-cli")).size();
        String answer = ask("Does url-shortener have more commits than weather-cli?").answer();
        assertThat(answer).startsWith(a > b ? "Yes — " : "No — ").contains("**url-shortener** " + num(a))
                .contains("**weather-cli** " + num(b));
        long thisYear = ownCommits(c -> c.localDate().getYear() == 2026);
        long lastYear = ownCommits(c -> c.localDate().getYear() == 2025);
        assertThat(ask("Did I make more commits this year than last year?").answer())
                .startsWith((thisYear > lastYear ? "Yes — " : "No — ") + num(thisYear) + " commits this year (2026) against "
                        + num(lastYear) + " last year (2025)");
    }

    @Test
    void repositoryFacts_branchTopicsLinesBiggestMergesPeople() {
        DemoRepo repo = FACTS.repo("url-shortener");
        List<Loaded> commits = FACTS.loaded(repo);
        assertThat(ask("What is the default branch of url-shortener?").answer())
                .startsWith("**url-shortener**'s default branch is **" + repo.defaultBranch() + "**");
        String topics = ask("What topics does url-shortener have?").answer();
        repo.topics().forEach(topic -> assertThat(topics).contains("`" + topic + "`"));
        long added = commits.stream().mapToLong(c -> c.commit().additions()).sum();
        long deleted = commits.stream().mapToLong(c -> c.commit().deletions()).sum();
        assertThat(ask("How many lines were added and deleted in url-shortener?").answer())
                .contains("**" + num(added) + " lines**").contains("deleted **" + num(deleted) + "**");
        Loaded biggest = commits.stream().max(Comparator.comparingInt((Loaded c) -> c.commit().additions()
                + c.commit().deletions()).thenComparing(c -> c.commit().authoredAt().toInstant())).orElseThrow();
        assertThat(ask("What is the biggest commit in url-shortener?").answer())
                .contains(biggest.commit().sha().substring(0, 7));
        long merges = commits.stream().filter(c -> c.commit().parentCount() > 1).count();
        assertThat(ask("How many merge commits are in url-shortener?").answer())
                .startsWith("**url-shortener** has **" + merges + " merge commit");
        long people = commits.stream().map(c -> c.own() ? "(self)" : c.commit().authorLogin()
                .orElse(c.commit().authorEmail()).toLowerCase(Locale.ROOT)).distinct().count();
        assertThat(ask("How many different people committed to url-shortener?").answer())
                .startsWith("**" + people + " " + (people == 1 ? "person" : "people") + "**");
    }

    @Test
    void licensesInUse() {
        Map<String, Long> licenses = DEMO.repos().stream().flatMap(r -> r.licenseSpdx().stream())
                .collect(Collectors.groupingBy(l -> l, Collectors.counting()));
        String answer = ask("Which licenses do my repositories use?").answer();
        licenses.forEach((license, count) -> assertThat(answer).contains("**" + license + "** (" + count + " repo"));
    }

    @Test
    void reposWithNoCommitSinceADate() {
        java.time.Instant since = Instant.parse("2026-01-01T00:00:00Z");
        List<String> expected = names(r -> FACTS.loaded(r).stream().noneMatch(c -> !c.commit().authoredAt().toInstant()
                .isBefore(since)));
        listsExactly(ask("Which repos have had no commits since 2026-01-01?"), expected);
    }

    @Test
    void ordinaryWords_areNotRepositoryNames() {
        QueryResponse pipelines = ask("Do I have any CI pipelines?");
        assertThat(pipelines.answer()).startsWith("Yes — **" + DEMO.repos().stream().filter(OfflineAnswererTest::hasCi).count()
                + "** of your repositories have CI");
        QueryResponse named = ask("Tell me about the data pipeline repo");
        assertThat(named.answer()).startsWith("**data-pipeline**");
    }

    @Test
    void typos_areCorrectedAndSaid() {
        long own = ownCommits(c -> c.localDate().getYear() == 2024);
        QueryResponse response = ask("how many comits did i make in 2024");
        assertThat(response.answer()).startsWith("You made **" + num(own) + " commits** in 2024")
                .contains("read 'comits' as 'commits'");
        assertThat(ask("What is url-shortner about?").answer()).startsWith("**url-shortener** — ");
    }

    @Test
    void topics_areFoundByMeaning_notOnlyByTheirWords() {
        // weather-cli says "Weather cli written in …": not one word of the question.
        QueryResponse project = ask("Which of my projects is about temperature and rain forecasts?");
        assertThat(project.answer()).startsWith("Closest to \"temperature and rain forecasts\", best first:\n\n- **weather-cli**")
                .contains("by meaning and by words");
        assertThat(project.toolCalls().get(0).arguments().get("mode").asString()).isEqualTo("both");
        // No demo commit message says "authentication"; the ones about the "auth flow" do.
        QueryResponse work = ask("When did I work on authentication?");
        assertThat(FACTS.loaded().stream().noneMatch(c -> c.commit().message().toLowerCase(Locale.ROOT)
                .contains("authentication"))).isTrue();
        assertThat(work.answer()).startsWith("The commits closest to \"authentication\" run from ").contains("auth flow");
    }

    @Test
    void followers_areNotInTheStore_andTheAnswerSaysSo() {
        QueryResponse response = ask("How many followers do I have?");
        assertThat(response.answer()).startsWith("I'm not sure — BitofGit does not hold data about followers");
        assertThat(response.toolCalls()).isEmpty();
    }

    @Test
    void longestStreak() {
        List<LocalDate> days = FACTS.loaded().stream().filter(Loaded::own).map(Loaded::localDate).distinct().sorted().toList();
        int best = 0;
        int run = 0;
        LocalDate previous = null;
        for (LocalDate day : days) {
            run = previous != null && previous.plusDays(1).equals(day) ? run + 1 : 1;
            best = Math.max(best, run);
            previous = day;
        }
        assertThat(ask("What is my longest commit streak?").answer()).startsWith("Your longest streak ever is **" + best + " days**");
    }

    @Test
    void currentStreak_isMeasuredUpToToday() {
        LocalDate lastActive = FACTS.loaded().stream().filter(Loaded::own).map(Loaded::localDate)
                .max(LocalDate::compareTo).orElseThrow();
        assertThat(lastActive).as("the demo's history ends before the fixed today").isBefore(LocalDate.of(2026, 11, 4));
        assertThat(ask("am i on a streak right now").answer())
                .startsWith("No — you are not on a streak right now").contains("your latest active day was " + lastActive);
    }

    @Test
    void repositoryWithMostLinesAdded_ranksByAdditionsNotChanges() {
        Map<String, Long> added = new HashMap<>();
        FACTS.loaded().stream().filter(Loaded::own).forEach(c -> added.merge(c.repo().name(),
                (long) c.commit().additions(), Long::sum));
        var top = added.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow();
        assertThat(ask("Which repo has the most lines added?").answer())
                .contains("**" + top.getKey() + "** (" + num(top.getValue()) + " lines added by you)");
    }

    /** A bug fix by the documented rule, written here independently: the message starts with a fixing word. */
    private static boolean isFix(DemoCommit commit) {
        String m = commit.message().strip().toLowerCase(Locale.ROOT);
        return commit.parentCount() < 2 && !m.startsWith("revert") && java.util.stream.Stream.of("fix", "bugfix",
                "hotfix", "bug", "patch", "resolve", "correct", "typo", "repair").anyMatch(m::startsWith);
    }

    @Test
    void commitKinds_shareOfFixes_andFixesInAYear() {
        long all = ownCommits(c -> true);
        long fixes = ownCommits(c -> isFix(c.commit()));
        assertThat(ask("What share of my commits are bug fixes?").answer()).contains("**" + num(fixes) + "** of your "
                + num(all) + " commits are bug fixes").contains(String.format(Locale.ROOT, "%.1f%%", fixes * 100.0 / all))
                .doesNotContain("ignored");
        long fixes2025 = ownCommits(c -> isFix(c.commit()) && c.localDate().getYear() == 2025);
        assertThat(ask("How many bugs did I fix in 2025?").answer()).contains("**" + num(fixes2025) + "**");
        assertThat(ask("How many commits fix typos?").answer()).as("what was fixed is searched, not the kind")
                .contains("mention \"fix typos\"");
    }

    @Test
    void filesPerCommit_andTheCommitWithMostFiles() {
        List<Loaded> own = FACTS.loaded().stream().filter(Loaded::own).toList();
        long files = own.stream().mapToLong(c -> c.commit().changedFiles()).sum();
        Loaded most = own.stream().max(Comparator.comparingInt((Loaded c) -> c.commit().changedFiles())).orElseThrow();
        String answer = ask("How many files do my commits change on average?").answer();
        assertThat(answer).contains(String.format(Locale.ROOT, "**%.1f files per commit**", files / (double) own.size()))
                .contains(num(files) + " file changes");
        assertThat(ask("Which of my commits touched the most files?").answer())
                .contains("**" + most.commit().changedFiles() + " files**");
    }

    @Test
    void averageMessageLength() {
        List<Loaded> own = FACTS.loaded().stream().filter(Loaded::own).toList();
        double chars = own.stream().mapToInt(c -> c.commit().message().length()).average().orElseThrow();
        assertThat(ask("How long are my commit messages on average?").answer())
                .contains(String.format(Locale.ROOT, "**%.1f characters**", chars));
    }

    @Test
    void messageSearch_takesPhrasesAndChanges() {
        // Both words anywhere, or the phrase itself: the stores' tokenizers differ only on branch names such as
        // "owner/dark-mode" (PostgreSQL reads a path), so the count lies between the two.
        long words = FACTS.loaded().stream().map(c -> c.commit().message().toLowerCase(Locale.ROOT))
                .filter(m -> m.matches("(?s).*\\bdark\\b.*") && m.matches("(?s).*\\bmode\\b.*")).count();
        long phrase = FACTS.loaded().stream().filter(c -> c.commit().message().toLowerCase(Locale.ROOT)
                .contains("dark mode")).count();
        String answer = ask("Which commits mention dark mode?").answer();
        var counted = java.util.regex.Pattern.compile("^\\*\\*([\\d,]+) commits\\*\\* mention \"dark mode\"").matcher(answer);
        assertThat(counted.find()).as(answer).isTrue();
        assertThat(Long.parseLong(counted.group(1).replace(",", ""))).isBetween(phrase, words);
        assertThat(ask("Did I ever add rate limiting?").answer()).contains("\"add rate limiting\"");
    }

    private static Map<String, Long> ownPerRepo(java.util.function.Predicate<Loaded> filter) {
        Map<String, Long> counts = new HashMap<>();
        FACTS.loaded().stream().filter(Loaded::own).filter(filter).forEach(c -> counts.merge(c.repo().name(), 1L, Long::sum));
        return counts;
    }

    private static Map.Entry<String, Long> top(Map<String, Long> values) {
        return values.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey(String.CASE_INSENSITIVE_ORDER))).findFirst().orElseThrow();
    }

    @Test
    void conditionsOnCommits_rankRepositories_andCountCommits() {
        var night = top(ownPerRepo(c -> c.commit().authoredAt().getHour() >= 22 || c.commit().authoredAt().getHour() < 5));
        assertThat(ask("Which repo do I commit to most at night?").answer())
                .contains("**" + night.getKey() + "** (" + num(night.getValue()) + " of your commits that were made at night");
        var fixes = top(ownPerRepo(c -> isFix(c.commit())));
        assertThat(ask("Where do I make the most bug fixes?").answer()).contains("**" + fixes.getKey() + "** ("
                + num(fixes.getValue()) + " of your commits that are bug fixes");
        long wide = ownCommits(c -> c.commit().changedFiles() > 5);
        assertThat(ask("How many of my commits changed more than 5 files?").answer())
                .startsWith("**" + num(wide) + "** of your " + num(ownCommits(c -> true)) + " commits changed more than 5 files");
        long pruning = ownCommits(c -> c.commit().deletions() > c.commit().additions());
        assertThat(ask("Which of my commits deleted more lines than they added?").answer())
                .startsWith("**" + num(pruning) + "** of your").contains("The 10 newest:");
        // A condition the chosen answer cannot apply is said, not dropped.
        assertThat(ask("What is my busiest hour on weekends?").answer())
                .startsWith("I could not apply \"were made on weekends\"");
    }

    @Test
    void repositoriesRankedByAnyMeasure_andBrokenDownPerRepository() {
        Map<String, Long> files = new HashMap<>();
        DEMO.repos().forEach(repo -> files.put(repo.name(), (long) repo.files().size()));
        var most = top(files);
        assertThat(ask("Which repo has the most files?").answer()).contains("**" + most.getKey() + "** ("
                + most.getValue() + " files in the default branch)");
        Map<String, Long> prs = new HashMap<>();
        DEMO.repos().forEach(repo -> prs.put(repo.name(), (long) repo.pullRequests().size()));
        String breakdown = ask("How many pull requests does each repo have?").answer();
        prs.forEach((repo, n) -> {
            if (n > 0) {
                assertThat(breakdown).contains("- **" + repo + "**: " + num(n));
            }
        });
        assertThat(ask("Which repo has the most dependencies?").answer())
                .startsWith("I can't rank repositories by \"dependencies\"");
    }

    @Test
    void aggregatesOverRepositories_andSoloRepositories() {
        double stars = DEMO.repos().stream().mapToInt(DemoRepo::stars).average().orElseThrow();
        String average = stars == Math.rint(stars) ? num((long) stars) : String.format(Locale.ROOT, "%.1f", stars);
        assertThat(ask("What's the average number of stars across my repos?").answer())
                .startsWith("On average **" + average + " stars** per repository");
        long kb = DEMO.repos().stream().mapToLong(DemoRepo::sizeKb).sum();
        assertThat(ask("What's the total size of all my repos?").answer()).startsWith("In total **" + num(kb) + " KB**");
        List<String> solo = DEMO.repos().stream().filter(repo -> FACTS.loaded().stream()
                .filter(c -> c.repo().name().equals(repo.name())).allMatch(Loaded::own) && FACTS.loaded().stream()
                .anyMatch(c -> c.repo().name().equals(repo.name()) && c.own())).map(DemoRepo::name).sorted().toList();
        String answer = ask("Which repos have I worked on alone?").answer();
        for (DemoRepo repo : DEMO.repos()) {
            if (solo.contains(repo.name())) {
                assertThat(answer).contains("**" + repo.name() + "**");
            } else {
                assertThat(answer).as(repo.name()).doesNotContain("**" + repo.name() + "**");
            }
        }
    }

    @Test
    void seasons_timeZones_halves_andMonthsByLines() {
        long summer = ownCommits(c -> List.of(6, 7, 8).contains(c.localDate().getMonthValue()));
        long winter = ownCommits(c -> List.of(12, 1, 2).contains(c.localDate().getMonthValue()));
        assertThat(ask("Do I commit more in summer or winter?").answer())
                .startsWith("More in **" + (summer > winter ? "summer" : "winter") + "**")
                .contains("**summer** " + num(summer) + " commits").contains("**winter** " + num(winter) + " commits");
        long zones = FACTS.loaded().stream().filter(Loaded::own).map(c -> c.commit().authoredAt().getOffset()).distinct().count();
        assertThat(ask("What time zones do I commit from?").answer()).contains("in **" + zones + "** time zones");
        long first = ownCommits(c -> c.localDate().getYear() == 2025 && c.localDate().getMonthValue() <= 6);
        long second = ownCommits(c -> c.localDate().getYear() == 2025 && c.localDate().getMonthValue() > 6);
        assertThat(ask("Did I commit more in the first half or the second half of 2025?").answer())
                .contains(num(first)).contains(num(second)).doesNotStartWith("Yes");
        Map<String, Long> added = new HashMap<>();
        FACTS.loaded().stream().filter(Loaded::own).forEach(c -> added.merge(c.localDate().toString().substring(0, 7),
                (long) c.commit().additions(), Long::sum));
        var month = top(added);
        LocalDate start = LocalDate.parse(month.getKey() + "-01");
        assertThat(ask("Which month did I add the most lines?").answer()).contains("**"
                + start.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + start.getYear() + "** with "
                + num(month.getValue()) + " lines added");
    }

    @Test
    void repositoriesBoundedByAnyMeasure_bothLanguages_andBoundsNotApplied() {
        List<String> many = DEMO.repos().stream().filter(repo -> FACTS.loaded().stream()
                .filter(c -> c.repo().name().equals(repo.name())).map(c -> c.own() ? "(self)"
                        : c.commit().authorLogin().map(l -> l.toLowerCase(Locale.ROOT))
                        .orElse(c.commit().authorEmail().toLowerCase(Locale.ROOT))).distinct().count() > 3)
                .map(DemoRepo::name).toList();
        String answer = ask("Which repos have more than 3 contributors?").answer();
        assertThat(answer).startsWith("**" + many.size() + "** of your repositories have more than 3 contributors");
        many.forEach(name -> assertThat(answer).contains("**" + name + "** ("));
        // Two languages joined by "and": repositories with code in each, whatever their main language.
        List<String> both = DEMO.repos().stream().filter(repo -> repo.languageBytes().containsKey("Java")
                && repo.languageBytes().containsKey("Shell")).map(DemoRepo::name).sorted().toList();
        String javaAndShell = ask("Which repos use both Java and Shell?").answer();
        if (both.isEmpty()) {
            assertThat(javaAndShell).startsWith("None of your repositories use Java and Shell");
        } else {
            listsExactly(new QueryResponse(javaAndShell, "offline", Optional.empty(), List.of(), Optional.empty(),
                    List.of(), "", 0), both);
        }
        assertThat(ask("How many commits have a message longer than 100 characters?").answer())
                .startsWith("I could not apply \"longer than 100 characters\"");
    }

    @Test
    void repositoriesRankedByARatio_shareOfCommitsByOthers() {
        Map<String, long[]> counts = new HashMap<>();
        FACTS.loaded().forEach(c -> {
            long[] n = counts.computeIfAbsent(c.repo().name(), k -> new long[2]);
            n[0]++;
            if (!c.own()) {
                n[1]++;
            }
        });
        var top = counts.entrySet().stream().max(Comparator.comparingDouble((Map.Entry<String, long[]> e) ->
                e.getValue()[1] / (double) e.getValue()[0])).orElseThrow();
        String answer = ask("Which repository has the highest share of its commits made by other people?").answer();
        assertThat(answer).startsWith("Highest by share of its commits made by other people: **" + top.getKey() + "** ("
                + String.format(Locale.ROOT, "%.1f%%: %s of %s)", top.getValue()[1] * 100.0 / top.getValue()[0],
                num(top.getValue()[1]), num(top.getValue()[0])));
    }

    @Test
    void issuesByWhoOpenedThem() {
        long byOthers = DEMO.repos().stream().flatMap(repo -> repo.issues().stream())
                .filter(issue -> !issue.authorLogin().equalsIgnoreCase(DEMO.login())).count();
        assertThat(ask("How many issues were opened by other people?").answer())
                .startsWith("**" + num(byOthers) + " issue");
    }

    @Test
    void busiestWeekday() {
        Map<DayOfWeek, Long> byDay = FACTS.loaded().stream().filter(Loaded::own)
                .collect(Collectors.groupingBy(c -> c.localDate().getDayOfWeek(), Collectors.counting()));
        DayOfWeek top = byDay.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertThat(ask("Which day of the week do I commit most?").answer())
                .startsWith("Your busiest weekday overall is **" + top.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "**");
    }

    @Test
    void workedOnLastMonth() {
        String top = mostOwn(c -> c.localDate().getYear() == 2026 && c.localDate().getMonthValue() == 10);
        QueryResponse response = ask("What did I work on last month?");
        assertThat(response.answer()).startsWith("Here is what you worked on in October 2026: **" + top + "**");
        assertThat(response.toolCalls().get(0).arguments().get("since").asString()).isEqualTo("2026-10-01");
        assertThat(response.toolCalls().get(0).arguments().get("until").asString()).isEqualTo("2026-11-01");
    }

    @Test
    void summarizeMyGithub() {
        QueryResponse response = ask("Summarize my GitHub account");
        assertThat(response.answer()).contains("**25 repositories**").contains("**" + num(FACTS.loaded().size()) + " commits**")
                .contains("Total stars: **" + DEMO.repos().stream().mapToLong(DemoRepo::stars).sum() + "**");
    }

    @Test
    void greetingAndNonsense_getHelpfulReplies() {
        QueryResponse hello = ask("Hello!");
        assertThat(hello.answer()).startsWith("Hi! I answer questions about **octo-demo**");
        assertThat(hello.suggestions()).hasSize(3);
        QueryResponse nonsense = ask("blorp zing quux");
        assertThat(nonsense.answer()).startsWith("I did not understand that question.");
        assertThat(nonsense.answer().substring(nonsense.answer().indexOf("for example:") + 12).trim()).startsWith("- ");
        assertThat(nonsense.suggestions()).hasSize(3).allMatch(s -> !s.isBlank());
    }

    @Test
    void followUps_resolveAgainstTheConversation() {
        QueryResponse first = ask("What is url-shortener about?");
        QueryResponse second = service.ask("octo-demo", "how many commits does it have?", Optional.of(first.conversationId()),
                ToolContext.owner());
        assertThat(second.answer()).startsWith("**url-shortener** has **" + FACTS.loaded(FACTS.repo("url-shortener")).size()
                + " commits**");
        QueryResponse third = service.ask("octo-demo", "How many commits did I make in 2024?", Optional.of(first.conversationId()),
                ToolContext.owner());
        assertThat(third.conversationId()).isEqualTo(first.conversationId());
        QueryResponse fourth = service.ask("octo-demo", "what about 2025?", Optional.of(first.conversationId()), ToolContext.owner());
        assertThat(fourth.answer()).startsWith("You made **" + num(ownCommits(c -> c.localDate().getYear() == 2025)) + " commits** in 2025");
    }

    private QueryResponse then(QueryResponse previous, String question) {
        return service.ask("octo-demo", question, Optional.of(previous.conversationId()), ToolContext.owner());
    }

    @Test
    void whichOfThose_narrowsToTheRepositoriesOfThePreviousAnswer() {
        QueryResponse python = ask("Which of my repos use Python?");
        QueryResponse noTests = then(python, "which of those have no tests?");
        listsExactly(noTests, names(r -> r.languageBytes().containsKey("Python") && !hasTests(r)));
        assertThat(noTests.answer()).doesNotContain("can't narrow").contains("among the "
                + names(r -> r.languageBytes().containsKey("Python")).size() + " repositories of my previous answer");
        QueryResponse ci = then(ask("Which repos have CI?"), "and which of these have tests?");
        listsExactly(ci, names(r -> hasCi(r) && hasTests(r)));
    }

    @Test
    void ellipticalFollowUps_repeatThePreviousQuestionWithWhatTheyChange() {
        QueryResponse weekday = ask("what's my busiest weekday");
        Map<DayOfWeek, Long> in2024 = FACTS.loaded().stream().filter(Loaded::own).filter(c -> c.localDate().getYear() == 2024)
                .collect(Collectors.groupingBy(c -> c.localDate().getDayOfWeek(), Collectors.counting()));
        DayOfWeek top = in2024.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        QueryResponse again = then(weekday, "and in 2024?");
        assertThat(again.answer()).startsWith("Your busiest weekday in 2024 is **"
                + top.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "** with " + num(in2024.get(top)) + " commits");
        QueryResponse year = ask("How many commits did I make in 2023?");
        QueryResponse after = then(year, "and the year after?");
        assertThat(after.answer()).startsWith("You made **" + num(ownCommits(c -> c.localDate().getYear() == 2024))
                + " commits** in 2024");
        QueryResponse before = then(after, "what about the year before?");
        assertThat(before.answer()).startsWith("You made **" + num(ownCommits(c -> c.localDate().getYear() == 2023))
                + " commits** in 2023");
        String repo = mostOwn(c -> true);
        QueryResponse toRepo = then(ask("How many commits did I make to " + repo + " in 2025?"), "and in 2024?");
        assertThat(toRepo.answer()).startsWith("You made **" + num(ownCommits(c -> c.repo().name().equals(repo)
                && c.localDate().getYear() == 2024)) + " commits** to **" + repo + "** in 2024");
    }

    @Test
    void heAndShe_meanThePersonThePreviousAnswerNamed() {
        Map<String, Long> people = new HashMap<>();
        FACTS.loaded().stream().filter(c -> !c.own() && c.commit().authorLogin().isPresent())
                .forEach(c -> people.merge(c.commit().authorLogin().get(), 1L, Long::sum));
        String login = people.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
        long in2025 = FACTS.loaded().stream().filter(c -> c.commit().authorLogin().equals(Optional.of(login)))
                .filter(c -> c.localDate().getYear() == 2025).count();
        QueryResponse who = ask("Who is my most frequent collaborator?");
        assertThat(who.answer()).contains("(@" + login + ")");
        assertThat(then(who, "how many commits did he make in 2025?").answer())
                .startsWith("**" + login + "** made **" + num(in2025) + " commit");
    }

    @Test
    void dayRanges_andMonthAgainstMonth() {
        long weekdays = ownCommits(c -> c.localDate().getYear() == 2025 && c.localDate().getDayOfWeek().getValue() <= 5);
        assertThat(ask("How many commits did I make Monday to Friday in 2025?").answer())
                .startsWith("You made **" + num(weekdays) + "** commits on weekdays (Monday to Friday) in 2025");
        assertThat(ask("how many commits on workdays in 2025").answer()).startsWith("You made **" + num(weekdays) + "**");
        long midweek = ownCommits(c -> c.localDate().getYear() == 2025 && c.localDate().getDayOfWeek().getValue() >= 2
                && c.localDate().getDayOfWeek().getValue() <= 4);
        assertThat(ask("how many commits tue-thu in 2025?").answer()).startsWith("You made **" + num(midweek)
                + "** commits on Tuesdays, Wednesdays and Thursdays in 2025");
        long october2025 = ownCommits(c -> c.localDate().getYear() == 2025 && c.localDate().getMonthValue() == 10);
        long october2024 = ownCommits(c -> c.localDate().getYear() == 2024 && c.localDate().getMonthValue() == 10);
        assertThat(ask("How many commits did I make in October 2025 compared with October 2024?").answer())
                .startsWith(num(october2025) + " commits in October 2025 against " + num(october2024) + " in October 2024");
    }

    @Test
    void everyAnswerSaysHowTheQuestionWasRead() {
        for (String question : List.of("Which repos have tests?", "What was my busiest month?", "How many commits in 2023?",
                "Who else works on url-shortener?", "What is my oldest repo?")) {
            assertThat(ask(question).answer()).as(question).contains("\n\n_Read as: ");
        }
    }

    @Test
    void accountNotIngested_saysSoInsteadOfAnsweringFromNothing() {
        QueryResponse response = service.ask("someone-else", "Which of my projects use Python?", Optional.empty(), ToolContext.owner());
        assertThat(response.answer()).isEqualTo("BitofGit has not ingested someone-else yet.");
        assertThat(response.toolCalls()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "which repos are written in python|list_repos|primary_language=Python",
        "PYTHON projects?|list_repos|primary_language=Python",
        "what projects do i have in rust|list_repos|language=Rust",
        "do i have any go repos|list_repos|language=Go",
        "How many repositories use TypeScript?|list_repos|language=TypeScript",
        "which of my repos use javascript|list_repos|language=JavaScript",
        "repos using java|list_repos|language=Java",
        "Which projects use React?|list_repos|tech_stack=React",
        "Do any of my projects use Spring?|list_repos|tech_stack=Spring Boot",
        "Do I use github actions?|query_repos_by_signals|ci_system=GitHub Actions",
        "any continuous integration set up?|list_repos|has_ci=true",
        "which repos have pipelines|list_repos|has_ci=true",
        "is there CI in url-shortener?|get_repo_overview|repo=url-shortener",
        "which projects are tested?|list_repos|has_tests=true",
        "Do my repos have unit tests?|list_repos|has_tests=true",
        "which repos are containerized?|list_repos|has_docker=true",
        "Dockerfiles anywhere?|list_repos|has_docker=true",
        "which repos have a license?|list_repos|has_license=true",
        "what's my busiest repo?|rank_repos_by_activity|metric=commits",
        "which project did I work on the most?|rank_repos_by_activity|metric=commits",
        "most active repo this year|rank_repos_by_activity|since=2026-01-01",
        "what have i been working on lately|rank_repos_by_activity|since=2026-10-07",
        "what did I do last week?|rank_repos_by_activity|since=2026-10-26",
        "What was I working on in March 2026?|rank_repos_by_activity|since=2026-03-01",
        "what did i work on during 2025|rank_repos_by_activity|since=2025-01-01",
        "how many commits in 2023|get_activity_summary|since=2023-01-01",
        "number of commits this year|get_activity_summary|since=2026-01-01",
        "commit count for dotfiles|get_activity_summary|repo=dotfiles",
        "how many commits did I push last month|get_activity_summary|since=2026-10-01",
        "When was my last commit?|get_commit_timeline|own_only=true",
        "when did I last commit to dotfles?|get_commit_timeline|repo=dotfiles",
        "latest commit in URL-SHORTENER|get_commit_timeline|repo=url-shortener",
        "show me the last 5 commits|get_commit_timeline|limit=5",
        "recent commits in data-pipeline|get_commit_timeline|repo=data-pipeline",
        "last 3 commits of log-analyzer|get_commit_timeline|limit=3",
        "what is log-analyzer about?|get_repo_overview|repo=log-analyzer",
        "describe recipe-app|get_repo_overview|repo=recipe-app",
        "tell me about the sensor-hub repo|get_repo_overview|repo=sensor-hub",
        "what's markdown notes|get_repo_overview|repo=markdown-notes",
        "explain graphql gateway|get_repo_overview|repo=graphql-gateway",
        "recipe app|get_repo_overview|repo=recipe-app",
        "give me an overview of my github|get_account_summary|",
        "tell me about my profile|get_account_summary|",
        "summarise my account|get_account_summary|",
        "what languages do i code in|get_language_breakdown|",
        "top programming languages|get_language_breakdown|",
        "which language do I use the most?|get_language_breakdown|",
        "what frameworks do I use?|aggregate_repo_metrics|",
        "which technologies show up most?|aggregate_repo_metrics|",
        "longest streak?|get_activity_summary|group_by=year",
        "how many days in a row did I commit?|get_activity_summary|group_by=year",
        "what day of the week am I most productive|get_activity_summary|group_by=weekday",
        "which weekday has the most commits?|get_activity_summary|group_by=weekday",
        "what time of day do I commit most?|get_activity_summary|group_by=hour",
        "commits that mention docker|search_commits|query=docker",
        "which commits mention 'typo'?|search_commits|query=typo",
        "search my commits for README|search_commits|query=readme",
        "who else works on url-shortener?|list_collaborators|repo=url-shortener",
        "contributors to chat-server|list_collaborators|repo=chat-server",
        "who has committed to dotfiles|list_collaborators|repo=dotfiles",
        "how many stars do my repos have?|list_repos|",
        "total stargazers|list_repos|",
        "which repos did I fork?|list_repos|fork=true",
        "list my forks|list_repos|fork=true",
        "which repos are archived?|list_repos|archived=true",
        "which projects are inactive?|list_repos|no_commits_since=2025-11-06",
        "what stack does my newest repo use?|list_repos|sort=created",
        "Which project is about docker?|search_readmes|query=docker",
        "which of my projects deal with payments?|search_readmes|query=payments",
        "what have I built for the command line?|search_readmes|query=the command line",
        "when did I work on authentication?|search_commits|query=authentication",
        "what have I built over the last year?|rank_repos_by_activity|",
        "List my repositories|list_repos|sort=name",
        "what repos do I have?|list_repos|sort=name",
        "show me all my projects|list_repos|sort=name",
        "What are my repositories?|list_repos|sort=name",
        "list my python projects|list_repos|primary_language=Python",
    })
    void phrasings_reachTheRightTool(String question, String tool, String argument) {
        QueryResponse response = ask(question);
        assertThat(response.answer()).as(question).doesNotStartWith("I did not understand");
        assertThat(response.toolCalls()).as(question).isNotEmpty();
        ToolCall first = response.toolCalls().get(0);
        assertThat(first.tool()).as(question + " → " + response.answer()).isEqualTo(tool);
        if (argument != null && !argument.isBlank()) {
            String[] pair = argument.split("=", 2);
            assertThat(first.arguments().get(pair[0])).as(question + " argument " + pair[0]).isNotNull();
            assertThat(first.arguments().get(pair[0]).asString()).as(question).isEqualToIgnoringCase(pair[1]);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"hi", "Hello there!", "thanks", "hey", "good morning"})
    void greetings(String question) {
        QueryResponse response = ask(question);
        assertThat(response.answer()).startsWith("Hi!");
        assertThat(response.toolCalls()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"asdfgh", "what is the meaning of life", "banana", "qwerty uiop"})
    void nonsense(String question) {
        QueryResponse response = ask(question);
        assertThat(response.answer()).startsWith("I did not understand");
        assertThat(response.suggestions()).hasSize(3);
    }

    // ---- Beyond the evaluation bank: rhythm, people, either/or, calendar periods, repository fields. Every expected
    // ---- fact is computed here from the generator's own data (DemoFacts), never through the tools.

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 5);

    private static List<LocalDate> ownDays() {
        return FACTS.loaded().stream().filter(Loaded::own).map(Loaded::localDate).distinct().sorted().toList();
    }

    private static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    @Test
    void averageCommitsPerWeek_overTheWholeHistory() {
        long own = ownCommits(c -> true);
        long days = java.time.temporal.ChronoUnit.DAYS.between(ownDays().get(0), TODAY.plusDays(1));
        assertThat(ask("How many commits do I make per week on average?").answer())
                .startsWith("You made **" + oneDecimal(own / (days / 7.0)) + " commits per week** on average: "
                        + num(own) + " commits");
    }

    @Test
    void weekendShare_andMorningAgainstEvening() {
        long own = ownCommits(c -> true);
        long weekend = ownCommits(c -> c.commit().authoredAt().getDayOfWeek().getValue() >= 6);
        assertThat(ask("What percentage of my commits are on weekends?").answer())
                .startsWith("**" + oneDecimal(100.0 * weekend / own) + "%** of your commits (" + num(weekend) + " of "
                        + num(own) + ") were made on weekends");
        long morning = ownCommits(c -> c.commit().authoredAt().getHour() >= 5 && c.commit().authoredAt().getHour() < 12);
        long evening = ownCommits(c -> c.commit().authoredAt().getHour() >= 17 && c.commit().authoredAt().getHour() < 22);
        String answer = ask("Do I commit more in the morning or in the evening?").answer();
        assertThat(answer).startsWith(evening > morning ? "More in the evening" : "More in the morning")
                .contains(num(morning) + " commits in the morning").contains(num(evening) + " commits in the evening");
    }

    @Test
    void longestBreak_betweenActiveDays() {
        List<LocalDate> days = ownDays();
        long longest = 0;
        for (int i = 1; i < days.size(); i++) {
            longest = Math.max(longest, java.time.temporal.ChronoUnit.DAYS.between(days.get(i - 1), days.get(i)) - 1);
        }
        assertThat(ask("What was my longest break from committing?").answer())
                .startsWith("Your longest break was **" + num(longest) + " days** without a commit of yours");
    }

    @Test
    void aNamedPerson_countsAndSharedRepositories() {
        long hubotInRepo = FACTS.loaded(FACTS.repo("url-shortener")).stream()
                .filter(c -> c.commit().authorLogin().orElse("").equals("hubot")).count();
        assertThat(ask("How many commits did hubot make in url-shortener?").answer())
                .startsWith("**hubot** made **" + Say.plural(hubotInRepo, "commit") + "** to **url-shortener**");
        Set<String> theirs = FACTS.loaded().stream().filter(c -> c.commit().authorLogin().orElse("").equals("hubot"))
                .map(c -> c.repo().name()).collect(Collectors.toSet());
        Set<String> mine = FACTS.loaded().stream().filter(Loaded::own).map(c -> c.repo().name()).collect(Collectors.toSet());
        long both = theirs.stream().filter(mine::contains).count();
        assertThat(ask("Which repositories have both hubot and I committed to?").answer())
                .startsWith("**" + both + "** repositories both you and hubot committed to");
    }

    @Test
    void eitherOr_isTheUnionOfBothSides() {
        List<String> expected = names(r -> r.primaryLanguage().filter(l -> l.equals("Go") || l.equals("Rust")).isPresent()
                || r.languageBytes().containsKey("Go") || r.languageBytes().containsKey("Rust"));
        listsExactly(ask("Which of my repos use Go or Rust?"), expected);
        long python = DEMO.repos().stream().filter(r -> r.primaryLanguage().orElse("").equals("Python")).count();
        long java = DEMO.repos().stream().filter(r -> r.primaryLanguage().orElse("").equals("Java")).count();
        assertThat(ask("Do I have more Python repositories or more Java repositories?").answer())
                .startsWith(python == java ? "A tie: " + python : "**" + (python > java ? "Python" : "Java") + "**: "
                        + Math.max(python, java));
    }

    @Test
    void periodsCountedBack_andQuarters() {
        LocalDate monday = LocalDate.of(2026, 10, 19); // the week of 2026-10-22, two weeks before 2026-11-05
        long week = ownCommits(c -> !c.localDate().isBefore(monday) && c.localDate().isBefore(monday.plusWeeks(1)));
        assertThat(ask("How many commits did I make two weeks ago?").answer())
                .startsWith("You made **" + Say.plural(week, "commit") + "** in the week of 2026-10-19");
        long q3 = ownCommits(c -> c.localDate().getYear() == 2026 && c.localDate().getMonthValue() >= 7
                && c.localDate().getMonthValue() <= 9);
        assertThat(ask("How many commits did I make last quarter?").answer())
                .startsWith("You made **" + Say.plural(q3, "commit") + "** in Q3 2026");
        long march = ownCommits(c -> c.localDate().getYear() == 2026 && c.localDate().getMonthValue() == 3);
        long april = ownCommits(c -> c.localDate().getYear() == 2026 && c.localDate().getMonthValue() == 4);
        assertThat(ask("Did I commit more in March than in April?").answer())
                .startsWith((march > april ? "Yes — " : "No — ") + num(march) + " commits in March 2026 against "
                        + num(april) + " in April 2026");
    }

    @Test
    void repositoryFields_branchSizeForksAndCreationYears() {
        listsExactly(ask("Which repositories use master as their default branch?"),
                names(r -> r.defaultBranch().equals("master")));
        DemoRepo largest = DEMO.repos().stream().max(Comparator.comparingInt(DemoRepo::sizeKb)
                .thenComparing(DemoRepo::name, Comparator.reverseOrder())).orElseThrow();
        assertThat(ask("Which is my largest repository by size?").answer())
                .startsWith("Your largest repository overall is **" + largest.name() + "** (" + num(largest.sizeKb()) + " KB");
        DemoRepo shortener = FACTS.repo("url-shortener");
        assertThat(ask("How many times has url-shortener been forked?").answer())
                .isEqualTo("**url-shortener** has been forked **" + Say.plural(shortener.forks(), "time")
                        + "**.\n\n_Read as: repository url-shortener._");
        Map<Integer, Long> perYear = DEMO.repos().stream().collect(Collectors.groupingBy(
                r -> r.createdAt().atOffset(ZoneOffset.UTC).getYear(), java.util.TreeMap::new, Collectors.counting()));
        String expected = perYear.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(", "));
        assertThat(ask("How many repositories did I create each year?").answer())
                .startsWith("Repositories created per year: " + expected + ".");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "how much do I earn as a developer?|income or pay",
            "How many stars did url-shortener gain last month?|how stars or followers changed over time",
            "Should I use Go or Rust for my next project?|advice or a prediction"})
    void declinedHonestly(String question, String what) {
        QueryResponse response = ask(question);
        assertThat(response.answer()).contains(what);
        assertThat(response.toolCalls()).isEmpty();
    }

    @Test
    void seriesPerYear_andMonthsWithoutCommits() {
        Map<Integer, Long> perYear = FACTS.loaded().stream().filter(Loaded::own).collect(Collectors.groupingBy(
                c -> c.localDate().getYear(), java.util.TreeMap::new, Collectors.counting()));
        String expected = perYear.entrySet().stream().map(e -> e.getKey() + ": " + num(e.getValue()))
                .collect(Collectors.joining(", "));
        assertThat(ask("How many commits did I make each year?").answer())
                .startsWith("Your commits per year since the first one: " + expected + ".");
        List<String> empty = new java.util.ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            int m = month;
            if (ownCommits(c -> c.localDate().getYear() == 2025 && c.localDate().getMonthValue() == m) == 0) {
                empty.add(java.time.Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " 2025");
            }
        }
        String answer = ask("Which months in 2025 did I not commit at all?").answer();
        assertThat(answer).startsWith(empty.isEmpty() ? "None — every month in 2025 has commits (12 months)."
                : "**" + Say.plural(empty.size(), "month") + "** without a commit in 2025 (of 12): " + String.join(", ", empty));
    }

    @Test
    void averagePerActiveDay_andMergeShare() {
        long own = ownCommits(c -> true);
        assertThat(ask("On the days when I commit at all, how many commits do I make on average?").answer())
                .startsWith("On the days you committed, you made **" + oneDecimal((double) own / ownDays().size())
                        + " commits** on average: " + num(own) + " commits over " + num(ownDays().size()) + " active days");
        List<Loaded> gateway = FACTS.loaded(FACTS.repo("api-gateway"));
        long merges = gateway.stream().filter(c -> c.commit().parentCount() > 1).count();
        assertThat(ask("What fraction of api-gateway's commits were merge commits?").answer())
                .startsWith("**api-gateway** has **" + Say.plural(merges, "merge commit") + "** in total, out of "
                        + num(gateway.size()) + " commits (" + oneDecimal(100.0 * merges / gateway.size()) + "%).");
    }
}
