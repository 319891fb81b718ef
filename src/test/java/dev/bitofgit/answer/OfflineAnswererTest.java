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
                new ActivityRollups(database)).load(DEMO);
        answerer = new OfflineAnswerer(new ToolCatalog(new ProfileQueries(database)), CLOCK);
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

    @Test
    void whichProjectsUsePython() {
        QueryResponse response = ask("Which of my projects use Python?");
        List<String> expected = DEMO.repos().stream().filter(r -> r.languageBytes().containsKey("Python")).map(DemoRepo::name).toList();
        assertThat(response.answer()).startsWith("**" + expected.size() + "** of your repositories use Python");
        expected.forEach(name -> assertThat(response.answer()).contains("**" + name + "**"));
        assertThat(response.answerer()).isEqualTo("offline");
        assertThat(response.toolCalls()).extracting(ToolCall::tool).containsExactly("list_repos");
    }

    @Test
    void listMyRepositories_namesEveryRepoTheCallerMaySee() {
        QueryResponse own = ask("List my repositories");
        assertThat(own.answer()).startsWith("You have **" + DEMO.repos().size() + "** repositories, most commits first: ");
        DEMO.repos().forEach(repo -> assertThat(own.answer()).contains("**" + repo.name() + "**"));
        DEMO.repos().stream().filter(DemoRepo::isPrivate)
                .forEach(repo -> assertThat(own.answer()).contains("**" + repo.name() + "**" + repo.primaryLanguage()
                        .map(language -> " (" + language + ")").orElse("") + " — private"));
        QueryResponse anonymous = service.ask("octo-demo", "List my repositories", Optional.empty(), ToolContext.publicOnly());
        long visible = DEMO.repos().stream().filter(repo -> !repo.isPrivate()).count();
        assertThat(anonymous.answer()).startsWith("You have **" + visible + "** repositories");
        DEMO.repos().stream().filter(DemoRepo::isPrivate)
                .forEach(repo -> assertThat(anonymous.answer()).doesNotContain("**" + repo.name() + "**"));
    }

    @Test
    void howManyReposUseJava_countsJavaNotJavaScript() {
        long java = DEMO.repos().stream().filter(r -> r.languageBytes().containsKey("Java")).count();
        QueryResponse response = ask("How many of my repos use Java?");
        assertThat(response.answer()).startsWith("**" + java + "** of your repositories use Java:");
        DEMO.repos().stream().filter(r -> r.primaryLanguage().orElse("").equals("JavaScript"))
                .forEach(r -> assertThat(response.answer()).doesNotContain("**" + r.name() + "**"));
    }

    @Test
    void whichTechStacksMost() {
        Map<String, Long> primary = DEMO.repos().stream().collect(Collectors.groupingBy(r -> r.primaryLanguage().orElseThrow(), Collectors.counting()));
        long top = primary.values().stream().max(Long::compare).orElseThrow();
        QueryResponse response = ask("Which tech stacks do I work with most?");
        primary.entrySet().stream().filter(e -> e.getValue() == top)
                .forEach(e -> assertThat(response.answer()).contains(e.getKey() + " (" + top + ")"));
        assertThat(response.chart()).isPresent();
    }

    @Test
    void ciAnywhere() {
        long ci = DEMO.repos().stream().filter(r -> r.files().contains(".github/workflows/ci.yml") || r.files().contains(".gitlab-ci.yml")).count();
        long actions = DEMO.repos().stream().filter(r -> r.files().contains(".github/workflows/ci.yml")).count();
        QueryResponse response = ask("Do I have CI/CD in any repo?");
        assertThat(response.answer()).startsWith("Yes — **" + ci + "** of your repositories have CI/CD")
                .contains("GitHub Actions in " + actions);
    }

    @Test
    void whichReposHaveTests() {
        List<String> expected = DEMO.repos().stream().filter(r -> r.files().stream().anyMatch(f -> f.contains("test") || f.contains(".spec.")))
                .map(DemoRepo::name).toList();
        QueryResponse response = ask("Which repos have tests?");
        assertThat(response.answer()).startsWith("**" + expected.size() + "** of your repositories have tests");
        expected.forEach(name -> assertThat(response.answer()).contains("**" + name + "**"));
    }

    @Test
    void dockerAnywhere() {
        long docker = DEMO.repos().stream().filter(r -> r.files().contains("Dockerfile") || r.files().contains("docker-compose.yml")).count();
        assertThat(ask("Do I use Docker anywhere?").answer()).startsWith("Yes — **" + docker + "** of your repositories have Docker");
    }

    @Test
    void goodEngineeringPractices() {
        QueryResponse response = ask("Which projects follow good engineering practices?");
        List<String> listed = response.answer().lines().filter(l -> l.startsWith("- **"))
                .map(l -> l.substring(4, l.indexOf("**", 4))).toList();
        assertThat(listed).hasSize(5);
        for (String name : listed) {
            DemoRepo repo = FACTS.repo(name);
            assertThat(repo.files().stream().anyMatch(f -> f.contains("test") || f.startsWith(".github/workflows/")
                    || f.equals(".gitlab-ci.yml"))).as(name).isTrue();
        }
    }

    @Test
    void mostActiveRepository() {
        assertThat(ask("What's my most active repository?").answer())
                .startsWith("Your most active repository overall is **" + mostOwn(c -> true) + "**");
    }

    @Test
    void workedOnLastMonth() {
        String top = mostOwn(c -> c.localDate().getYear() == 2026 && c.localDate().getMonthValue() == 10);
        QueryResponse response = ask("What did I work on last month?");
        assertThat(response.answer()).startsWith("Here is what you worked on in October 2026: **" + top + "**");
        assertThat(response.toolCalls()).extracting(ToolCall::tool).containsExactly("rank_repos_by_activity", "get_commit_timeline");
        assertThat(response.toolCalls().get(0).arguments().get("since").asString()).isEqualTo("2026-10-01");
        assertThat(response.toolCalls().get(0).arguments().get("until").asString()).isEqualTo("2026-11-01");
    }

    @Test
    void commitsIn2024() {
        long own = ownCommits(c -> c.localDate().getYear() == 2024);
        assertThat(ask("How many commits did I make in 2024?").answer()).startsWith("You made **" + own + " commits** in 2024");
    }

    @Test
    void lastCommitToARepo_evenMisspelled() {
        DemoRepo repo = FACTS.repo("url-shortener");
        DemoCommit last = repo.commits().stream().filter(FACTS::isOwn).findFirst().orElseThrow();
        QueryResponse response = ask("When did I last commit to url-shortner?");
        assertThat(response.answer()).startsWith("Your last commit to **url-shortener** was on **"
                + last.authoredAt().toLocalDate() + "**").contains(last.sha().substring(0, 7));
    }

    @Test
    void lastTenCommitsOfARepo() {
        DemoRepo repo = FACTS.repo("dotfiles");
        QueryResponse response = ask("Show the last 10 commits of dotfiles");
        List<String> shas = repo.commits().stream()
                .sorted(Comparator.comparing((DemoCommit c) -> c.authoredAt().toInstant()).reversed().thenComparing(DemoCommit::sha))
                .limit(10).map(c -> c.sha().substring(0, 7)).toList();
        assertThat(response.answer().lines().filter(l -> l.startsWith("- `")).map(l -> l.substring(3, 10)).toList())
                .containsExactlyElementsOf(shas);
    }

    @Test
    void whatIsARepoAbout() {
        assertThat(ask("What is dotfiles about?").answer()).startsWith("**dotfiles**: " + FACTS.repo("dotfiles").description() + ".");
    }

    @Test
    void summarizeMyGithub() {
        QueryResponse response = ask("Summarize my GitHub");
        assertThat(response.answer()).contains("**25 repositories**").contains("**" + FACTS.loaded().size() + " commits**")
                .contains("Total stars: **" + DEMO.repos().stream().mapToLong(DemoRepo::stars).sum() + "**");
    }

    @Test
    void languagesUsedMost() {
        Map<String, Long> bytes = new HashMap<>();
        DEMO.repos().forEach(r -> r.languageBytes().forEach((l, b) -> bytes.merge(l, b, Long::sum)));
        String top = bytes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertThat(ask("Which languages do I use most?").answer()).startsWith("You use **" + top + "** most.");
    }

    @Test
    void techStackOfLatestProject() {
        DemoRepo latest = DEMO.repos().stream().filter(r -> !r.fork()).max(Comparator.comparing(DemoRepo::createdAt)).orElseThrow();
        assertThat(ask("What is the tech stack of my latest project?").answer())
                .startsWith("Your latest project is **" + latest.name() + "**.");
    }

    @Test
    void reposNotTouchedInAYear() {
        Instant cutoff = LocalDate.of(2025, 11, 5).atStartOfDay().toInstant(ZoneOffset.UTC);
        List<String> stale = DEMO.repos().stream().filter(r -> FACTS.loaded(r).stream()
                        .map(c -> c.commit().authoredAt().toInstant()).max(Comparator.naturalOrder()).map(i -> i.isBefore(cutoff)).orElse(true))
                .map(DemoRepo::name).toList();
        QueryResponse response = ask("Which repos have I not touched in a year?");
        assertThat(response.answer()).startsWith("**" + stale.size() + "** repositories have no commit since 2025-11-05");
        stale.forEach(name -> assertThat(response.answer()).contains(name));
    }

    @Test
    void longestStreak() {
        List<LocalDate> days = FACTS.loaded().stream().filter(Loaded::own).map(Loaded::localDate).distinct().sorted().toList();
        int best = 0;
        int run = 0;
        for (int i = 0; i < days.size(); i++) {
            run = i > 0 && days.get(i - 1).plusDays(1).equals(days.get(i)) ? run + 1 : 1;
            best = Math.max(best, run);
        }
        assertThat(ask("What is my longest commit streak?").answer()).startsWith("Your longest commit streak is **" + best + " consecutive days**");
    }

    @Test
    void busiestWeekday() {
        DayOfWeek top = FACTS.loaded().stream().collect(Collectors.groupingBy(c -> c.localDate().getDayOfWeek(), Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertThat(ask("On which weekday do I commit most?").answer())
                .startsWith("You commit most on **" + top.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "**");
    }

    @Test
    void commitsMentioningFixInARepo() {
        long expected = FACTS.loaded(FACTS.repo("url-shortener")).stream().filter(c -> List.of(c.commit().message()
                .toLowerCase(Locale.ROOT).split("[^a-z]+")).stream().anyMatch(w -> w.matches("fix(es|ed|ing)?"))).count();
        QueryResponse response = ask("Which commits mention \"fix\" in url-shortener?");
        assertThat(response.answer()).startsWith(expected >= 20 ? "The 20 best matches" : "**" + expected + "** commits in **url-shortener** mention \"fix\"");
        assertThat(response.toolCalls().get(0).arguments().get("repo").asString()).isEqualTo("url-shortener");
    }

    @Test
    void whoElseContributes() {
        Map<String, Long> others = FACTS.repo("url-shortener").commits().stream().filter(c -> !FACTS.isOwn(c))
                .collect(Collectors.groupingBy(DemoCommit::authorName, Collectors.counting()));
        QueryResponse response = ask("Who else contributes to url-shortener?");
        others.forEach((name, count) -> assertThat(response.answer()).contains("**" + name + "**").contains(": " + count + " commit"));
    }

    @Test
    void starsInTotal() {
        assertThat(ask("How many stars do I have in total?").answer())
                .startsWith("You have **" + DEMO.repos().stream().mapToLong(DemoRepo::stars).sum() + " stars** in total");
    }

    @Test
    void forks() {
        String fork = DEMO.repos().stream().filter(DemoRepo::fork).findFirst().orElseThrow().name();
        assertThat(ask("Which of my repos are forks?").answer()).isEqualTo("**1** of your repositories is a fork: **" + fork + "**.");
    }

    @Test
    void greetingAndNonsense_getHelpfulReplies() {
        QueryResponse hello = ask("Hello!");
        assertThat(hello.answer()).startsWith("Hi! I answer questions about **octo-demo**");
        assertThat(hello.suggestions()).hasSize(3);
        QueryResponse nonsense = ask("blorp zing quux");
        assertThat(nonsense.answer()).startsWith("I did not understand that question.");
        assertThat(nonsense.suggestions()).hasSize(3).allMatch(s -> !s.isBlank());
    }

    @Test
    void followUps_resolveAgainstTheConversation() {
        QueryResponse first = ask("What is url-shortener about?");
        QueryResponse second = service.ask("octo-demo", "how many commits does it have?", Optional.of(first.conversationId()),
                ToolContext.owner());
        long own = ownCommits(c -> c.repo().name().equals("url-shortener"));
        assertThat(second.answer()).startsWith("You made **" + own + " commits** to **url-shortener**");
        QueryResponse third = service.ask("octo-demo", "How many commits did I make in 2024?", Optional.of(first.conversationId()),
                ToolContext.owner());
        assertThat(third.conversationId()).isEqualTo(first.conversationId());
        QueryResponse fourth = service.ask("octo-demo", "what about last year?", Optional.of(first.conversationId()), ToolContext.owner());
        assertThat(fourth.answer()).startsWith("You made **" + ownCommits(c -> c.localDate().getYear() == 2025) + " commits** in 2025");
        QueryResponse fifth = service.ask("octo-demo", "and who else contributes to it?", Optional.of(first.conversationId()),
                ToolContext.owner());
        assertThat(fifth.answer()).contains("**url-shortener**");
    }

    @Test
    void accountNotIngested_saysSoInsteadOfAnsweringFromNothing() {
        QueryResponse response = service.ask("someone-else", "Which of my projects use Python?", Optional.empty(), ToolContext.owner());
        assertThat(response.answer()).isEqualTo("BitofGit has not ingested someone-else yet.");
        assertThat(response.toolCalls()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "which repos are written in python|list_repos|language=Python",
        "PYTHON projects?|list_repos|language=Python",
        "what projects do i have in rust|list_repos|language=Rust",
        "do i have any go repos|list_repos|language=Go",
        "How many repositories use TypeScript?|list_repos|language=TypeScript",
        "which of my repos use javascript|list_repos|language=JavaScript",
        "repos using java|list_repos|language=Java",
        "Which projects use React?|query_repos_by_signals|tech_stack=React",
        "Do any of my projects use Spring?|query_repos_by_signals|tech_stack=Spring Boot",
        "Do I use github actions?|query_repos_by_signals|has_ci=true",
        "any continuous integration set up?|query_repos_by_signals|has_ci=true",
        "which repos have pipelines|query_repos_by_signals|has_ci=true",
        "is there CI in url-shortener?|get_repo_overview|repo=url-shortener",
        "which projects are tested?|query_repos_by_signals|has_tests=true",
        "Do my repos have unit tests?|query_repos_by_signals|has_tests=true",
        "which repos are containerized?|query_repos_by_signals|has_docker=true",
        "Dockerfiles anywhere?|query_repos_by_signals|has_docker=true",
        "which repos have a license?|query_repos_by_signals|has_license=true",
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
        "When was my last commit?|get_commit_timeline|limit=1",
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
        "who else works on url-shortener?|get_repo_overview|repo=url-shortener",
        "contributors to chat-server|get_repo_overview|repo=chat-server",
        "who has committed to dotfiles|get_repo_overview|repo=dotfiles",
        "how many stars do my repos have?|aggregate_repo_metrics|",
        "total stargazers|aggregate_repo_metrics|",
        "which repos did I fork?|list_repos|sort=name",
        "list my forks|list_repos|sort=name",
        "which repos are archived?|list_repos|sort=name",
        "which projects are inactive?|list_repos|sort=pushed",
        "what stack does my newest repo use?|list_repos|sort=created",
        "Which project is about docker?|search_readmes|query=docker",
        "List my repositories|list_repos|sort=commits",
        "what repos do I have?|list_repos|sort=commits",
        "show me all my projects|list_repos|sort=commits",
        "What are my repositories?|list_repos|sort=commits",
        "list my python projects|list_repos|language=Python",
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
}
