package dev.bitofgit.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoAccountGenerator;
import dev.bitofgit.demo.DemoCommit;
import dev.bitofgit.demo.DemoRepo;
import dev.bitofgit.demo.DemoSpec;
import dev.bitofgit.testing.WorkFacts;
import dev.bitofgit.tools.ToolContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How questions are read, beyond the words of any one family: context sentences before the question, follow-ups that
 * lean on the turn before, two periods or a person set against me, parts asked together, ordinals, offsets, quarters
 * and honest declines. Asked offline of the demo account on SQLite and PostgreSQL; every expected fact is computed
 * here from the generator's own data, never through the tools.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadingAnswersTest {
    private static final DemoAccount DEMO = DemoAccountGenerator.generate(DemoSpec.octoDemo(LocalDate.of(2026, 11, 1)));
    private static final WorkFacts FACTS = new WorkFacts(DEMO, true);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-05T12:00:00Z"), ZoneOffset.UTC);

    private DemoAnswerers answerers;

    @BeforeAll
    void load() throws Exception {
        answerers = new DemoAnswerers(DEMO, CLOCK, "reading-answers");
    }

    @AfterAll
    void close() {
        answerers.close();
    }

    private QueryResponse ask(String engine, String question) {
        return answerers.service(engine).ask("octo-demo", question, Optional.empty(), ToolContext.owner());
    }

    private QueryResponse followUp(String engine, QueryResponse before, String question) {
        return answerers.service(engine).ask("octo-demo", question, Optional.of(before.conversationId()), ToolContext.owner());
    }

    private static Stream<Arguments> asked(String... questions) {
        return Stream.of("sqlite", "postgresql").flatMap(engine -> Stream.of(questions)
                .map(question -> Arguments.of(engine, question)));
    }

    // ---- facts from the generator's data

    private record Made(String repo, DemoCommit commit) {
    }

    private static boolean mine(DemoCommit commit) {
        return commit.authorLogin().map(login -> login.equalsIgnoreCase(DEMO.login())).orElse(false)
                || DEMO.emails().stream().anyMatch(email -> email.equalsIgnoreCase(commit.authorEmail()));
    }

    private static List<Made> myCommits() {
        return DEMO.repos().stream().flatMap(repo -> repo.commits().stream().map(commit -> new Made(repo.name(), commit)))
                .filter(made -> mine(made.commit())).toList();
    }

    private static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    // ---- the Nth commit

    static Stream<Arguments> fiveHundredth() {
        return asked("On what date did I make my 500th commit?", "when was my 500th commit",
                "I want to celebrate a milestone with the team. Which day was my 500th commit?");
    }

    @ParameterizedTest
    @MethodSource("fiveHundredth")
    void theNthCommit_isCountedFromTheOldest(String engine, String question) {
        List<Made> oldestFirst = myCommits().stream().sorted(Comparator.comparing((Made m) -> m.commit().authoredAt()
                .toInstant()).thenComparing(m -> m.commit().sha())).toList();
        Made expected = oldestFirst.get(499);

        String answer = ask(engine, question).answer();

        assertThat(answer).startsWith("Your 500th commit was on **" + expected.commit().authoredAt().toLocalDate() + "**")
                .contains("in **" + expected.repo() + "**", expected.commit().sha().substring(0, 7));
    }

    // ---- commits at one offset

    static Stream<Arguments> atOffset() {
        int minutes = commonestOtherOffset();
        String zone = "UTC" + (minutes < 0 ? "-" : "+") + Math.abs(minutes) / 60;
        return asked("How many of my commits were made at " + zone + "?", "how many commits did i make at " + zone,
                "I travel a lot for work. How many of my commits were made at " + zone + "?");
    }

    private static int commonestOtherOffset() {
        return myCommits().stream().map(m -> m.commit().authoredAt().getOffset().getTotalSeconds() / 60)
                .filter(minutes -> minutes != 0 && minutes % 60 == 0)
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    @ParameterizedTest
    @MethodSource("atOffset")
    void commitsAtOneOffset_areCountedByTheOffsetTheyCarry(String engine, String question) {
        int minutes = commonestOtherOffset();
        long expected = myCommits().stream()
                .filter(m -> m.commit().authoredAt().getOffset().getTotalSeconds() / 60 == minutes).count();

        String answer = ask(engine, question).answer();

        assertThat(answer).startsWith("**" + number(expected) + "** of your " + number(myCommits().size()) + " commits");
    }

    // ---- one side of the lines

    static Stream<Arguments> linesAdded() {
        return asked("What is the average number of lines I add per commit?", "avg lines added per commit by me?",
                "My reviewer says my commits are huge. On average, how many lines do I add in a commit?");
    }

    @ParameterizedTest
    @MethodSource("linesAdded")
    void linesAddedPerCommit_countOnlyTheAddedLines(String engine, String question) {
        long added = myCommits().stream().mapToLong(m -> m.commit().additions()).sum();
        String expected = String.format(Locale.ROOT, "%.1f", (double) added / myCommits().size());

        assertThat(ask(engine, question).answer()).contains("added **" + expected + " lines**");
    }

    // ---- two periods, not only of commits

    static Stream<Arguments> reviewsTwoYears() {
        return asked("Did I give more reviews in 2026 than in 2025?", "did i review more PRs in 2025 than in 2026",
                "I wonder whether I've become more of a reviewer. Did I give more reviews in 2026 than in 2025?");
    }

    @ParameterizedTest
    @MethodSource("reviewsTwoYears")
    void reviewsInTwoYears_areBothGivenAndCompared(String engine, String question) {
        long in2025 = FACTS.reviewsGivenIn(2025);
        long in2026 = FACTS.reviewsGivenIn(2026);
        boolean asksAbout2026 = question.indexOf("2026") < question.indexOf("2025");
        boolean holds = asksAbout2026 ? in2026 > in2025 : in2025 > in2026;

        String answer = ask(engine, question).answer();

        assertThat(answer).startsWith(holds ? "Yes — " : "No — ")
                .contains("**" + in2025 + " reviews** in 2025", "**" + in2026 + " reviews** in 2026");
    }

    // ---- a person against me

    static Stream<Arguments> personAgainstMe() {
        Map.Entry<String, String> pair = personAndRepo();
        return asked("How many commits did " + pair.getKey() + " make to " + pair.getValue() + " compared with me?",
                "did " + pair.getKey() + " commit more than me to " + pair.getValue(),
                "My colleague says they carry " + pair.getValue() + ". How many commits did " + pair.getKey()
                        + " make there compared with me?");
    }

    /** The collaborator with most commits, and the repository they committed to most. */
    private static Map.Entry<String, String> personAndRepo() {
        Map<String, Map<String, Long>> byPerson = new TreeMap<>();
        for (DemoRepo repo : DEMO.repos()) {
            if (repo.fork()) {
                continue; // a fork keeps only the user's own commits
            }
            for (DemoCommit commit : repo.commits()) {
                if (!mine(commit) && commit.authorLogin().isPresent() && !commit.authorLogin().get().contains("[bot]")) {
                    byPerson.computeIfAbsent(commit.authorLogin().get(), k -> new TreeMap<>()).merge(repo.name(), 1L, Long::sum);
                }
            }
        }
        String person = byPerson.entrySet().stream().max(Comparator.comparingLong(
                (Map.Entry<String, Map<String, Long>> e) -> e.getValue().values().stream().mapToLong(Long::longValue).sum()))
                .orElseThrow().getKey();
        String repo = byPerson.get(person).entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return Map.entry(person, repo);
    }

    @ParameterizedTest
    @MethodSource("personAgainstMe")
    void aPersonAgainstMe_givesBothCounts(String engine, String question) {
        Map.Entry<String, String> pair = personAndRepo();
        DemoRepo repo = DEMO.repos().stream().filter(r -> r.name().equals(pair.getValue())).findFirst().orElseThrow();
        long theirs = repo.commits().stream().filter(c -> c.authorLogin().map(l -> l.equalsIgnoreCase(pair.getKey()))
                .orElse(false)).count();
        long mine = repo.commits().stream().filter(ReadingAnswersTest::mine).count();

        String answer = ask(engine, question).answer();

        assertThat(answer).contains("made " + number(theirs) + " commit", "you made " + number(mine));
    }

    // ---- quarters

    static Stream<Arguments> busiestQuarter() {
        return asked("What was my busiest quarter of 2025?", "which quarter of 2025 did i commit the most",
                "I'm planning next year's roadmap around my energy. Which quarter of 2025 was my busiest?");
    }

    @ParameterizedTest
    @MethodSource("busiestQuarter")
    void theBusiestQuarter_sumsMonthsInEachCommitsOwnCalendar(String engine, String question) {
        Map<Integer, Long> quarters = myCommits().stream().map(m -> m.commit().authoredAt().toLocalDate())
                .filter(day -> day.getYear() == 2025)
                .collect(Collectors.groupingBy(day -> (day.getMonthValue() - 1) / 3 + 1, TreeMap::new, Collectors.counting()));
        Map.Entry<Integer, Long> top = quarters.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        assertThat(quarters.values().stream().filter(v -> v.equals(top.getValue()))).as("a single busiest quarter").hasSize(1);

        assertThat(ask(engine, question).answer())
                .contains("**Q" + top.getKey() + " 2025** with " + number(top.getValue()) + " commits");
    }

    // ---- follow-ups

    static Stream<Arguments> mostOfThem() {
        return asked("Which repository got the most of them?", "and which repo had the most of those?",
                "Which of my repositories got most of them?");
    }

    @ParameterizedTest
    @MethodSource("mostOfThem")
    void theMostOfThem_keepsThePeriodOfTheTurnBefore(String engine, String question) {
        Map<String, Long> in2025 = myCommits().stream().filter(m -> m.commit().authoredAt().getYear() == 2025)
                .collect(Collectors.groupingBy(Made::repo, TreeMap::new, Collectors.counting()));
        Map.Entry<String, Long> top = in2025.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();

        QueryResponse first = ask(engine, "How many commits did I make in 2025?");
        String answer = followUp(engine, first, question).answer();

        assertThat(answer).contains("**" + top.getKey() + "** (" + number(top.getValue()) + " of your commits)")
                .doesNotContain("can't narrow");
    }

    static Stream<Arguments> thatPerson() {
        return asked("How many commits did that person make?", "how many commits has that person made",
                "And how many commits did he make?");
    }

    @ParameterizedTest
    @MethodSource("thatPerson")
    void thatPerson_isTheOneThePreviousAnswerNamedFirst(String engine, String question) {
        Map.Entry<String, Long> reviewer = FACTS.reviewersOfMyCode().get(0);
        // a fork keeps only the user's own commits
        long commits = DEMO.repos().stream().filter(r -> !r.fork()).flatMap(r -> r.commits().stream())
                .filter(c -> c.authorLogin().map(l -> l.equalsIgnoreCase(reviewer.getKey())).orElse(false)).count();

        QueryResponse first = ask(engine, "Who reviews my code most?");
        String answer = followUp(engine, first, question).answer();

        assertThat(answer).contains("**" + reviewer.getKey() + "**", number(commits) + " commits");
    }

    // ---- parts asked together, and context before the question

    static Stream<Arguments> twoLicenses() {
        return asked("How many of my repositories use MIT and how many use Apache-2.0?",
                "how many repos use MIT and how many use Apache-2.0",
                "For my portfolio I need the licence picture. How many of my repositories use MIT and how many use Apache-2.0?");
    }

    @ParameterizedTest
    @MethodSource("twoLicenses")
    void twoCountsAskedTogether_areBothAnswered(String engine, String question) {
        long mit = DEMO.repos().stream().filter(r -> r.licenseSpdx().equals(Optional.of("MIT"))).count();
        long apache = DEMO.repos().stream().filter(r -> r.licenseSpdx().equals(Optional.of("Apache-2.0"))).count();

        assertThat(ask(engine, question).answer())
                .contains("**" + mit + "** of your repositories are under the MIT license")
                .contains("**" + apache + "** of your repositories are under the Apache-2.0 license");
    }

    static Stream<Arguments> contextThenRequest() {
        return asked("Last month a broken commit slipped into one of my projects. I'd love to know which of my "
                        + "repositories don't have CI set up.",
                "My resolution for this year is to stop shipping untested code. Point out every repository of mine that "
                        + "has no tests.",
                "Last week someone asked about my setup. Remind me which of my repositories have Docker.");
    }

    @ParameterizedTest
    @MethodSource("contextThenRequest")
    void aPeriodInTheContext_doesNotNarrowTheRequestAfterIt(String engine, String question) {
        String readAs = ask(engine, question).answer().replaceAll("(?s).*_Read as: ", "");

        assertThat(readAs).startsWith("repositories that have").doesNotContain("created", "2026", "last week", "this year");
    }

    // ---- stale repositories, by the age of their latest commit

    static Stream<Arguments> staleRepos() {
        return asked("Name the repositories whose most recent commit is more than a year old.",
                "repos where the latest commit happened more than a year ago?",
                "I'm archiving what I've neglected. Which repositories have a last commit that is more than a year old?");
    }

    @ParameterizedTest
    @MethodSource("staleRepos")
    void repositoriesWhoseLatestCommitIsOverAYearOld(String engine, String question) {
        Instant cutoff = LocalDate.of(2025, 11, 6).atStartOfDay().toInstant(ZoneOffset.UTC);
        List<String> stale = DEMO.repos().stream().filter(repo -> repo.commits().stream()
                .allMatch(c -> c.authoredAt().toInstant().isBefore(cutoff))).map(DemoRepo::name).sorted().toList();
        assertThat(stale).isNotEmpty();

        String answer = ask(engine, question).answer();

        assertThat(answer).startsWith("**" + stale.size() + "** of your repositories have had no commit in the last 1 year");
        stale.forEach(name -> assertThat(answer).contains("**" + name + "**"));
    }

    // ---- what the store does not hold is declined, not answered from nearby data

    static Stream<Arguments> notHeld() {
        return Stream.of("sqlite", "postgresql").flatMap(engine -> Stream.of(
                "Which of my commits were GPG-signed?", "which of my repos have open Dependabot security alerts?",
                "how many ppl starred my stuff last week", "who's been looking at my profile lately, any visitors?",
                "How many issues did I personally close in my repositories?").map(q -> Arguments.of(engine, q)));
    }

    @ParameterizedTest
    @MethodSource("notHeld")
    void whatTheStoreDoesNotHold_isDeclined(String engine, String question) {
        assertThat(ask(engine, question).answer()).contains("does not hold");
    }
    // ---- labels, pull requests elsewhere, and a second part about the first one

    static Stream<Arguments> commonestLabel() {
        return asked("What is the most common label on issues in my repositories?", "most used issue label?",
                "I'm cleaning up my triage process. Which label shows up on the most issues in my repos?");
    }

    @ParameterizedTest
    @MethodSource("commonestLabel")
    void theCommonestIssueLabel_countsEachIssueOnce(String engine, String question) {
        Map<String, Long> labels = DEMO.repos().stream().flatMap(repo -> repo.issues().stream())
                .flatMap(issue -> issue.labels().stream().distinct())
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        Map.Entry<String, Long> top = labels.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        assertThat(labels.values().stream().filter(v -> v.equals(top.getValue()))).as("a single commonest label").hasSize(1);

        assertThat(ask(engine, question).answer()).contains("is **" + top.getKey() + "**, on " + top.getValue() + " issues");
    }

    static Stream<Arguments> mergedElsewhere() {
        return asked("How many of those pull requests were merged?", "how many of those got merged",
                "And how many of those were merged?");
    }

    @ParameterizedTest
    @MethodSource("mergedElsewhere")
    void thosePullRequests_keepWhereTheyWereSent(String engine, String question) {
        long merged = DEMO.externalPullRequests().stream().filter(pr -> pr.mergedAt().isPresent()).count();

        QueryResponse first = ask(engine, "Which projects outside my own account have I opened pull requests to?");
        String answer = followUp(engine, first, question).answer();

        assertThat(answer).contains("**" + merged + " merged pull request").contains("other people's repositories");
    }

    static Stream<Arguments> firstOne() {
        String repo = busiestRepoOfMine();
        return asked("How many commits have I made to " + repo + ", and when was the first one?",
                "how many commits did i make to " + repo + " and when was the first one",
                "A recruiter asked about " + repo + ". How many commits have I made to " + repo + ", and when was the first one?");
    }

    private static String busiestRepoOfMine() {
        return myCommits().stream().collect(Collectors.groupingBy(Made::repo, TreeMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    @ParameterizedTest
    @MethodSource("firstOne")
    void theFirstOne_isTheFirstCommitWhereThePartBeforeCounted(String engine, String question) {
        String repo = busiestRepoOfMine();
        List<Made> there = myCommits().stream().filter(m -> m.repo().equals(repo))
                .sorted(Comparator.comparing((Made m) -> m.commit().authoredAt().toInstant())).toList();

        String answer = ask(engine, question).answer();

        assertThat(answer).contains("**" + number(there.size()) + " commits**", "**" + there.get(0).commit().authoredAt()
                .toLocalDate() + "**");
    }
    // ---- two languages' repositories weighed by commits

    static Stream<Arguments> goOrRust() {
        return asked("Did I make more commits to Go repositories or to Rust repositories?",
                "more commits in my go repos or my rust repos?",
                "I'm comparing ecosystems I've worked in. Did I commit more to Go repositories or to Rust repositories overall?");
    }

    @ParameterizedTest
    @MethodSource("goOrRust")
    void twoLanguagesRepositories_areWeighedByMyCommits(String engine, String question) {
        long go = myCommitsInMainLanguage("Go");
        long rust = myCommitsInMainLanguage("Rust");
        assertThat(go).isNotEqualTo(rust);

        assertThat(ask(engine, question).answer()).startsWith("**" + (go > rust ? "Go" : "Rust") + "**: "
                + number(Math.max(go, rust)) + " of your commits against " + number(Math.min(go, rust)));
    }

    private static long myCommitsInMainLanguage(String language) {
        return DEMO.repos().stream().filter(repo -> repo.primaryLanguage().equals(Optional.of(language)))
                .flatMap(repo -> repo.commits().stream()).filter(ReadingAnswersTest::mine).count();
    }
    // ---- pull requests merged without a review, and the mean wait for a first review

    private static Optional<Instant> firstReviewByOthers(dev.bitofgit.demo.DemoPullRequest pr) {
        return pr.reviews().stream().filter(review -> !review.reviewerLogin().equalsIgnoreCase(pr.authorLogin()))
                .map(dev.bitofgit.demo.DemoReview::submittedAt).min(Comparator.naturalOrder());
    }

    static Stream<Arguments> mergedUnreviewed() {
        return asked("How many of my pull requests were merged without anyone reviewing them?",
                "how many of my prs got merged with no reviews", "I worry about rubber-stamping. How many of my PRs were "
                        + "merged without a review?");
    }

    @ParameterizedTest
    @MethodSource("mergedUnreviewed")
    void pullRequestsMergedWithoutAReview(String engine, String question) {
        long bare = FACTS.mine().stream().filter(p -> p.pr().mergedAt().isPresent())
                .filter(p -> firstReviewByOthers(p.pr()).isEmpty()).count();

        assertThat(ask(engine, question).answer()).startsWith("**" + bare + " pull requests** of yours were merged without a review");
    }

    static Stream<Arguments> meanWait() {
        return asked("On average, how many hours pass between opening one of my pull requests and its first review?",
                "avg time to first review on my prs?", "My team wants to know how fast reviews happen. What is the average "
                        + "time my pull requests wait for a first review?");
    }

    @ParameterizedTest
    @MethodSource("meanWait")
    void theMeanWaitForAFirstReview(String engine, String question) {
        double mean = FACTS.mine().stream().map(p -> firstReviewByOthers(p.pr())
                        .map(first -> first.getEpochSecond() - p.pr().createdAt().getEpochSecond()))
                .flatMap(Optional::stream).mapToLong(Long::longValue).average().orElseThrow() / 3_600.0;
        String expected = mean < 48 ? String.format(Locale.ROOT, "%.1f hours", Math.round(mean * 10) / 10.0)
                : String.format(Locale.ROOT, "%.1f days", Math.round(mean * 10) / 10.0 / 24);

        assertThat(ask(engine, question).answer()).contains("**" + expected + "** on average (the mean) for a first review");
    }
    // ---- issues: mine still open, and the mean time to close

    static Stream<Arguments> myOpenIssues() {
        return asked("How many issues did I open that are still open?", "how many issues did i open that r stil open",
                "I'm tidying up my backlog. How many of the issues I opened are still open?");
    }

    @ParameterizedTest
    @MethodSource("myOpenIssues")
    void issuesIOpenedThatAreStillOpen(String engine, String question) {
        long open = DEMO.repos().stream().flatMap(repo -> repo.issues().stream())
                .filter(issue -> issue.authorLogin().equalsIgnoreCase(DEMO.login()) && issue.state().equals("OPEN")).count();

        assertThat(ask(engine, question).answer()).startsWith("**" + open + " issues** opened by you and still open");
    }

    static Stream<Arguments> meanDaysToClose() {
        return asked("On average, how many days does it take for an issue in my repositories to be closed?",
                "avg days to close an issue?", "I want to know how quickly issues get dealt with. What is the average time "
                        + "to close an issue in my repos?");
    }

    @ParameterizedTest
    @MethodSource("meanDaysToClose")
    void theMeanDaysToCloseAnIssue(String engine, String question) {
        double mean = DEMO.repos().stream().flatMap(repo -> repo.issues().stream()).filter(i -> i.closedAt().isPresent())
                .mapToLong(i -> i.closedAt().get().getEpochSecond() - i.createdAt().getEpochSecond()).average()
                .orElseThrow() / 86_400.0;

        assertThat(ask(engine, question).answer()).startsWith("Issues took **" + String.format(Locale.ROOT, "%.1f",
                Math.round(mean * 10) / 10.0) + " days** on average (the mean) to close");
    }

    // ---- "which of those" ranks the previous answer's repositories

    static Stream<Arguments> mostStarredOfThose() {
        return asked("Which of those has the most stars?", "which of those has the most stars lol",
                "And which of these repositories has the most stars?");
    }

    @ParameterizedTest
    @MethodSource("mostStarredOfThose")
    void whichOfThose_ranksThePreviousAnswersRepositories(String engine, String question) {
        DemoRepo top = DEMO.repos().stream().filter(repo -> repo.licenseSpdx().isEmpty())
                .max(Comparator.comparingInt(DemoRepo::stars)).orElseThrow();

        QueryResponse first = ask(engine, "Which of my repos don't have a license?");
        String answer = followUp(engine, first, question).answer();

        assertThat(answer).startsWith("Your most starred repository of those is **" + top.name() + "** (" + top.stars() + " stars)");
    }

    static Stream<Arguments> thoseMerged() {
        return asked("How many of those were merged?", "how many of those got merged", "And how many of them were merged?");
    }

    @ParameterizedTest
    @MethodSource("thoseMerged")
    void thoseMerged_keepsMyOwnPullRequestsAndTheYear(String engine, String question) {
        long merged = FACTS.mine().stream().filter(p -> WorkFacts.year(p.pr().createdAt()) == 2025)
                .filter(p -> p.pr().mergedAt().map(at -> WorkFacts.year(at) == 2025).orElse(false)).count();

        QueryResponse first = ask(engine, "How many pull requests did I open in 2025?");
        String answer = followUp(engine, first, question).answer();

        assertThat(answer).contains("**" + FACTS.myMergedIn(2025) + " pull requests** of yours were merged in 2025");
        assertThat(merged).isPositive();
    }
    // ---- "nothing archived" in the context, "active" repositories

    static Stream<Arguments> notArchived() {
        return asked("I want to showcase a Python project in my portfolio, but nothing archived. Which of my Python "
                        + "repositories has the most stars?", "which of my non-archived python repos has the most stars",
                "Which of my active Python repositories has the most stars?");
    }

    @ParameterizedTest
    @MethodSource("notArchived")
    void archivedRepositoriesAreLeftOut_whenTheQuestionSaysSo(String engine, String question) {
        List<DemoRepo> python = DEMO.repos().stream().filter(repo -> repo.primaryLanguage().equals(Optional.of("Python")))
                .toList();
        DemoRepo top = python.stream().filter(repo -> !repo.archived()).max(Comparator.comparingInt(DemoRepo::stars))
                .orElseThrow();
        assertThat(python.stream().filter(DemoRepo::archived)).as("an archived Python repository to leave out").isNotEmpty();

        assertThat(ask(engine, question).answer()).startsWith("Your most starred repository overall is **" + top.name() + "**");
    }
}
