package dev.bitofgit.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoAccountGenerator;
import dev.bitofgit.demo.DemoSpec;
import dev.bitofgit.testing.WorkFacts;
import dev.bitofgit.tools.ToolContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Questions about pull requests, reviews and issues, answered offline on the demo account (SQLite and PostgreSQL),
 * each checked against facts computed from the generator's data — never through the tools.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkAnswersTest {
    private static final DemoAccount DEMO = DemoAccountGenerator.generate(DemoSpec.octoDemo(LocalDate.of(2026, 11, 1)));
    private static final WorkFacts FACTS = new WorkFacts(DEMO, true);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-05T12:00:00Z"), ZoneOffset.UTC);

    private DemoAnswerers answerers;

    @BeforeAll
    void load() throws Exception {
        answerers = new DemoAnswerers(DEMO, CLOCK, "work-answers");
    }

    @AfterAll
    void close() {
        answerers.close();
    }

    private QueryResponse ask(String engine, String question) {
        return answerers.service(engine).ask("octo-demo", question, Optional.empty(), ToolContext.owner());
    }

    private static Stream<Arguments> asked(String... questions) {
        return Stream.of("sqlite", "postgresql").flatMap(engine -> Stream.of(questions)
                .map(question -> Arguments.of(engine, question)));
    }

    static Stream<Arguments> mergedThisYear() {
        return asked("How many of my PRs were merged this year?", "how many of my pull requests got merged in 2026",
                "Number of my PRs merged this year");
    }

    @ParameterizedTest
    @MethodSource("mergedThisYear")
    void howManyOfMyPullRequestsWereMergedThisYear(String engine, String question) {
        QueryResponse response = ask(engine, question);
        long merged = FACTS.myMergedIn(2026);
        assertThat(merged).isPositive();
        assertThat(response.answer()).startsWith("**" + merged + " pull requests** of yours were merged ")
                .containsAnyOf("merged this year", "merged in 2026");
        assertThat(response.toolCalls()).extracting(ToolCall::tool).containsExactly("get_pull_request_stats");
        assertThat(response.answer()).contains("_Read as: pull requests merged in the period, your own pull requests");
    }

    static Stream<Arguments> waitForMerge() {
        return asked("How long do my PRs wait for a merge?", "what's the median time to merge my pull requests?",
                "how long does it take my PRs to get merged");
    }

    @ParameterizedTest
    @MethodSource("waitForMerge")
    void howLongDoMyPullRequestsWaitForAMerge(String engine, String question) {
        QueryResponse response = ask(engine, question);
        List<Long> seconds = FACTS.mySecondsToMerge(null);
        assertThat(response.answer()).startsWith("Your pull requests wait a median of **"
                + duration(WorkFacts.nearestRank(seconds, 0.5)) + "** for a merge over all time; 90% get one within **"
                + duration(WorkFacts.nearestRank(seconds, 0.9)) + "** (over " + seconds.size() + " pull requests)");
    }

    /** Hours to a tenth, in days beyond two days: written apart from the answerer's own wording code. */
    private static String duration(long seconds) {
        double hours = Math.round(seconds / 360.0) / 10.0;
        return hours < 48 ? String.format(Locale.ROOT, "%.1f hours", hours)
                : String.format(Locale.ROOT, "%.1f days", hours / 24);
    }

    static Stream<Arguments> whoReviews() {
        return asked("Who reviews my code most?", "who reviewed my pull requests the most?", "my top reviewer");
    }

    @ParameterizedTest
    @MethodSource("whoReviews")
    void whoReviewsMyCodeMost(String engine, String question) {
        QueryResponse response = ask(engine, question);
        Map.Entry<String, Long> top = FACTS.reviewersOfMyCode().get(0);
        assertThat(response.answer()).startsWith("**" + top.getKey() + "** reviews your code most: "
                + top.getValue() + " reviews of your pull requests");
        assertThat(response.toolCalls()).extracting(ToolCall::tool).containsExactly("get_review_stats");
    }

    static Stream<Arguments> mostOpenIssues() {
        return asked("Which of my repos has the most open issues?", "what repository has the most open issues",
                "repo with the most issues open");
    }

    @ParameterizedTest
    @MethodSource("mostOpenIssues")
    void whichRepoHasTheMostOpenIssues(String engine, String question) {
        QueryResponse response = ask(engine, question);
        Map.Entry<String, Long> top = FACTS.openIssuesPerRepo().get(0);
        assertThat(FACTS.openIssuesPerRepo().get(1).getValue()).as("a clear winner").isLessThan(top.getValue());
        assertThat(response.answer()).startsWith("**" + top.getKey() + "** has the most open issues: **" + top.getValue() + "**");
    }

    static Stream<Arguments> oldestOpenIssue() {
        return asked("What's my oldest open issue?", "which issue has been open longest?", "oldest issue still open");
    }

    @ParameterizedTest
    @MethodSource("oldestOpenIssue")
    void whatIsMyOldestOpenIssue(String engine, String question) {
        QueryResponse response = ask(engine, question);
        WorkFacts.OpenIssue oldest = FACTS.oldestOpenIssue().orElseThrow();
        assertThat(response.answer()).startsWith("Your oldest open issue is **" + oldest.repo() + "** #"
                + oldest.issue().number() + " \"" + oldest.issue().title() + "\", opened "
                + oldest.issue().createdAt().toString().substring(0, 10));
    }

    static Stream<Arguments> reviewsGiven() {
        return asked("How many reviews did I give in 2024?", "how many code reviews did I do in 2024",
                "number of PR reviews I gave in 2024");
    }

    @ParameterizedTest
    @MethodSource("reviewsGiven")
    void howManyReviewsDidIGiveIn2024(String engine, String question) {
        QueryResponse response = ask(engine, question);
        long given = FACTS.reviewsGivenIn(2024);
        assertThat(given).isPositive();
        assertThat(response.answer()).startsWith("You gave **" + given + " reviews** in 2024");
    }

    @ParameterizedTest
    @MethodSource("engines")
    void aPublicCaller_neverHearsOfPrivateRepositoriesIssues(String engine) {
        QueryResponse response = answerers.service(engine).ask("octo-demo", "Which of my repos has the most open issues?",
                Optional.empty(), ToolContext.publicOnly());
        Map.Entry<String, Long> top = new WorkFacts(DEMO, false).openIssuesPerRepo().get(0);
        assertThat(response.answer()).startsWith("**" + top.getKey() + "** has the most open issues");
        DEMO.repos().stream().filter(dev.bitofgit.demo.DemoRepo::isPrivate)
                .forEach(repo -> assertThat(response.answer()).doesNotContain("**" + repo.name() + "**"));
    }

    Stream<String> engines() {
        return Stream.of("sqlite", "postgresql");
    }

    // ------------------------------------------------------------------ one pull request picked by an order

    /** The pull request an answer names first as "**repo #12**", looked up among the generator's own. */
    private static WorkFacts.Pull named(String answer) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\*\\*([\\w./-]+) #(\\d+)\\*\\*").matcher(answer);
        assertThat(m.find()).as("names a pull request: %s", answer).isTrue();
        return FACTS.pulls().stream().filter(p -> p.repo().equals(m.group(1)) && p.pr().number() == Integer.parseInt(m.group(2)))
                .findFirst().orElseThrow(() -> new AssertionError("no such pull request: " + m.group()));
    }

    static Stream<Arguments> firstPullRequest() {
        return asked("What was my first pull request?", "my very first PR", "Which PR did I open first, way back?");
    }

    @ParameterizedTest
    @MethodSource("firstPullRequest")
    void myFirstPullRequestIsTheOldestIOpened(String engine, String question) {
        QueryResponse response = ask(engine, question);
        WorkFacts.Pull first = FACTS.mine().stream().min(java.util.Comparator.comparing((WorkFacts.Pull p) -> p.pr().createdAt())
                .thenComparing(p -> p.repo().toLowerCase(Locale.ROOT)).thenComparing(p -> p.pr().number())).orElseThrow();
        assertThat(response.answer()).startsWith("Your first pull request is **" + first.repo() + " #" + first.pr().number() + "**");
        assertThat(response.answer()).contains("opened " + first.pr().createdAt().toString().substring(0, 10));
        // who reviewed it: every reviewer of that pull request, by login
        first.pr().reviews().forEach(review -> assertThat(response.answer()).contains(review.reviewerLogin() + " "));
        assertThat(response.toolCalls()).extracting(ToolCall::tool).containsExactly("list_pull_requests");
    }

    static Stream<Arguments> mostDiscussed() {
        return asked("Which of my PRs had the most comments?", "my most discussed pull request",
                "which pull request of mine drew the most comments from people");
    }

    @ParameterizedTest
    @MethodSource("mostDiscussed")
    void myMostDiscussedPullRequestHasTheMostComments(String engine, String question) {
        QueryResponse response = ask(engine, question);
        int most = FACTS.mine().stream().mapToInt(p -> p.pr().comments()).max().orElseThrow();
        WorkFacts.Pull named = named(response.answer());
        assertThat(named.pr().authorLogin()).isEqualTo(DEMO.login());
        assertThat(named.pr().comments()).isEqualTo(most);
        assertThat(response.answer()).contains(most + " comments");
    }

    static Stream<Arguments> slowestMerge() {
        return asked("Which of my PRs took the longest to merge?", "my slowest merged pr",
                "of all the pull requests I got merged, which one took the longest time to get merged");
    }

    @ParameterizedTest
    @MethodSource("slowestMerge")
    void mySlowestMergeIsTheLongestFromOpeningToMerge(String engine, String question) {
        QueryResponse response = ask(engine, question);
        long longest = FACTS.mine().stream().filter(p -> p.pr().mergedAt().isPresent())
                .mapToLong(p -> p.pr().mergedAt().get().getEpochSecond() - p.pr().createdAt().getEpochSecond()).max().orElseThrow();
        WorkFacts.Pull named = named(response.answer());
        assertThat(named.pr().mergedAt()).isPresent();
        assertThat(named.pr().mergedAt().get().getEpochSecond() - named.pr().createdAt().getEpochSecond()).isEqualTo(longest);
        assertThat(response.answer()).contains("merged after " + duration(longest));
    }

    static Stream<Arguments> mostApproved() {
        return asked("Which PR got the most approvals?", "the pull request with the most approvals",
                "which one of all the pull requests got approved by the most reviewers");
    }

    @ParameterizedTest
    @MethodSource("mostApproved")
    void theMostApprovedPullRequestHasTheMostApprovingReviews(String engine, String question) {
        QueryResponse response = ask(engine, question);
        java.util.function.ToLongFunction<WorkFacts.Pull> approvals = p -> p.pr().reviews().stream()
                .filter(review -> review.state().equals("APPROVED")).count();
        long most = FACTS.pulls().stream().mapToLong(approvals).max().orElseThrow();
        assertThat(most).isGreaterThan(1);
        assertThat(approvals.applyAsLong(named(response.answer()))).isEqualTo(most);
    }

    static Stream<Arguments> drafts() {
        return asked("How many draft PRs do I have?", "how many of my pull requests are drafts",
                "I sometimes open a pull request as a draft first; how many draft pull requests of mine are there?");
    }

    @ParameterizedTest
    @MethodSource("drafts")
    void draftPullRequestsAreCountedAsDrafts(String engine, String question) {
        long drafts = FACTS.mine().stream().filter(p -> p.pr().draft()).count();
        assertThat(drafts).isPositive();
        assertThat(ask(engine, question).answer()).startsWith("You have **" + drafts + " draft pull request");
    }

    static Stream<Arguments> elsewhere() {
        return asked("How many PRs did I send to other people's repos?", "my prs to others repositories, how many",
                "Counting only contributions outside my own repositories, how many pull requests have I opened?");
    }

    @ParameterizedTest
    @MethodSource("elsewhere")
    void pullRequestsInOtherPeoplesRepositoriesAreTheOnesOpenedElsewhere(String engine, String question) {
        long elsewhere = DEMO.externalPullRequests().stream().filter(pr -> pr.authorLogin().equalsIgnoreCase(DEMO.login()))
                .count();
        assertThat(elsewhere).isPositive();
        assertThat(ask(engine, question).answer()).startsWith("You have **" + elsewhere + " pull request")
                .contains("in other people's repositories");
    }

    /** A pull request on one of the account's repositories with at least two reviews, to name by its number. */
    private static final WorkFacts.Pull REVIEWED = FACTS.pulls().stream()
            .filter(p -> !p.repo().contains("/") && p.pr().reviews().size() >= 2).findFirst().orElseThrow();

    static Stream<Arguments> byNumber() {
        String repo = REVIEWED.repo();
        int number = REVIEWED.pr().number();
        return asked("Who reviewed " + repo + " #" + number + "?", "tell me about pr " + number + " in " + repo,
                "I want to double-check one change: pull request number " + number + " of " + repo
                        + " — who opened it and who reviewed it?");
    }

    @ParameterizedTest
    @MethodSource("byNumber")
    void aPullRequestNamedByItsNumberIsLookedUp(String engine, String question) {
        String answer = ask(engine, question).answer();
        assertThat(answer).startsWith("Pull request **" + REVIEWED.repo() + " #" + REVIEWED.pr().number() + "** \""
                + REVIEWED.pr().title() + "\" (by " + REVIEWED.pr().authorLogin() + ")");
        REVIEWED.pr().reviews().forEach(review -> assertThat(answer).contains(review.reviewerLogin() + " "));
        assertThat(answer).contains(REVIEWED.pr().reviews().size() + " reviews");
    }

    // ------------------------------------------------------------------ people, issues and rankings in other orders

    private static final dev.bitofgit.testing.DemoFacts COMMITS = new dev.bitofgit.testing.DemoFacts(DEMO);

    /** Lines added per person other than the account (login, else e-mail), from the commits the loader stores. */
    private static Map<String, Long> additionsByOthers() {
        Map<String, Long> lines = new java.util.TreeMap<>();
        COMMITS.loaded().stream().filter(c -> !c.own()).forEach(c -> lines.merge(c.commit().authorLogin()
                .orElse(c.commit().authorEmail()).toLowerCase(Locale.ROOT), (long) c.commit().additions(), Long::sum));
        return lines;
    }

    static Stream<Arguments> mostLines() {
        return asked("Which collaborator has added the most lines to my repositories?", "who added the most lines of code",
                "Apart from me, which person has written the most lines of code in my projects?");
    }

    @ParameterizedTest
    @MethodSource("mostLines")
    void theCollaboratorWhoAddedTheMostLines(String engine, String question) {
        Map.Entry<String, Long> top = additionsByOthers().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        String answer = ask(engine, question).answer();
        assertThat(answer.toLowerCase(Locale.ROOT)).startsWith("**").contains(top.getKey());
        assertThat(answer.substring(0, answer.indexOf("** added")).toLowerCase(Locale.ROOT)).contains(top.getKey());
        assertThat(answer).contains("** added the most lines: **" + String.format(Locale.ROOT, "%,d", top.getValue()) + "**");
    }

    static Stream<Arguments> lastOther() {
        return asked("Who was the last person besides me to commit?", "who committed most recently apart from me",
                "Somebody else pushed to one of my repos lately; who was the latest person other than me to make a commit?");
    }

    @ParameterizedTest
    @MethodSource("lastOther")
    void theLastPersonBesidesMeToCommit(String engine, String question) {
        String last = COMMITS.loaded().stream().filter(c -> !c.own())
                .max(java.util.Comparator.comparing(c -> c.commit().authoredAt().toInstant())).orElseThrow()
                .commit().authorLogin().orElseThrow().toLowerCase(Locale.ROOT);
        String answer = ask(engine, question).answer();
        assertThat(answer).startsWith("The last person besides you to commit was **");
        String named = answer.substring("The last person besides you to commit was **".length(), answer.indexOf("**, on "));
        assertThat(named.toLowerCase(Locale.ROOT)).contains(last);
    }

    static Stream<Arguments> newestOpenIssue() {
        return asked("What is my newest open issue?", "latest open issue",
                "I triage new reports every Monday. What is the newest open issue across my repositories?");
    }

    @ParameterizedTest
    @MethodSource("newestOpenIssue")
    void theNewestOpenIssueIsTheLastOpened(String engine, String question) {
        record Open(String repo, int number, Instant at) {
        }
        Open newest = DEMO.repos().stream().flatMap(repo -> repo.issues().stream().filter(issue -> issue.closedAt().isEmpty())
                .map(issue -> new Open(repo.name(), issue.number(), issue.createdAt())))
                .max(java.util.Comparator.comparing(Open::at)).orElseThrow();
        assertThat(ask(engine, question).answer()).startsWith("The newest open issue is **" + newest.repo() + " #"
                + newest.number() + "**");
    }

    static Stream<Arguments> mostOpenPullRequests() {
        return asked("Which repo has the most open PRs?", "which repository has the most open pull requests right now",
                "Reviews are piling up somewhere; which of my repositories has the most pull requests still open?");
    }

    @ParameterizedTest
    @MethodSource("mostOpenPullRequests")
    void theRepositoryWithTheMostOpenPullRequests(String engine, String question) {
        Map<String, Long> open = new java.util.TreeMap<>();
        DEMO.repos().forEach(repo -> open.put(repo.name(), repo.pullRequests().stream()
                .filter(pr -> pr.state().equals("OPEN")).count()));
        long most = open.values().stream().max(Long::compare).orElseThrow();
        String answer = ask(engine, question).answer();
        String named = answer.replaceFirst("(?s)^.*?\\*\\*([\\w.-]+)\\*\\* \\((\\d+) open pull requests?\\).*$", "$1 $2");
        assertThat(named.split(" ")).as(answer).hasSize(2);
        assertThat(open.get(named.split(" ")[0])).isEqualTo(most);
        assertThat(Long.parseLong(named.split(" ")[1])).isEqualTo(most);
    }

    static Stream<Arguments> releases() {
        return asked("How many releases has chat-server published?", "whats my latest github release",
                "For the changelog I need to know how many releases I've published on GitHub in total");
    }

    @ParameterizedTest
    @MethodSource("releases")
    void releasesAreDeclinedAsDataTheStoreDoesNotHold(String engine, String question) {
        assertThat(ask(engine, question).answer()).startsWith("I'm not sure — BitofGit does not hold data about GitHub releases");
    }

    static Stream<Arguments> singleFile() {
        return asked("How many of my commits only touched one file?", "single-file commits, how many do i have",
                "Small focused changes are good practice; how many commits of mine changed exactly one file?");
    }

    @ParameterizedTest
    @MethodSource("singleFile")
    void commitsThatChangedExactlyOneFile(String engine, String question) {
        long single = COMMITS.loaded().stream().filter(dev.bitofgit.testing.DemoFacts.Loaded::own)
                .filter(c -> c.commit().changedFiles() == 1).count();
        assertThat(single).isPositive();
        assertThat(ask(engine, question).answer()).contains("**" + String.format(Locale.ROOT, "%,d", single) + "** of your ");
    }

    static Stream<Arguments> completedIn2025() {
        return asked("How many issues were closed as completed in 2025?", "issues closed as completed in 2025",
                "Counting only the ones actually finished, how many issues were closed as completed during 2025?");
    }

    @ParameterizedTest
    @MethodSource("completedIn2025")
    void issuesClosedAsCompletedCountByTheirClosingDate(String engine, String question) {
        long completed = DEMO.repos().stream().flatMap(repo -> repo.issues().stream())
                .filter(issue -> issue.stateReason().map(reason -> reason.equalsIgnoreCase("completed")).orElse(false))
                .filter(issue -> issue.closedAt().map(at -> WorkFacts.year(at) == 2025).orElse(false)).count();
        assertThat(completed).isPositive();
        assertThat(ask(engine, question).answer()).startsWith("**" + completed + " issue");
    }

    static Stream<Arguments> openedOrClosed() {
        return asked("Were more issues opened or closed in 2025?", "issues opened vs closed in 2025",
                "I want to know if I'm keeping up; in 2025, were more issues opened or closed on my repositories?");
    }

    @ParameterizedTest
    @MethodSource("openedOrClosed")
    void issuesOpenedAgainstClosedInAYear(String engine, String question) {
        long opened = DEMO.repos().stream().flatMap(repo -> repo.issues().stream())
                .filter(issue -> WorkFacts.year(issue.createdAt()) == 2025).count();
        long closed = DEMO.repos().stream().flatMap(repo -> repo.issues().stream())
                .filter(issue -> issue.closedAt().map(at -> WorkFacts.year(at) == 2025).orElse(false)).count();
        assertThat(ask(engine, question).answer()).startsWith("**" + opened + " issues opened** and **" + closed
                + " closed** in 2025: " + (opened > closed ? "more opened than closed" : opened < closed
                ? "more closed than opened" : "as many opened as closed"));
    }

    static Stream<Arguments> mostFiles() {
        return asked("Which PR changed the most files?", "the pull request with the most files changed",
                "Some pull requests sprawl across the codebase; which single pull request touched the most files?");
    }

    @ParameterizedTest
    @MethodSource("mostFiles")
    void thePullRequestThatChangedTheMostFiles(String engine, String question) {
        int most = FACTS.pulls().stream().mapToInt(p -> p.pr().changedFiles()).max().orElseThrow();
        assertThat(named(ask(engine, question).answer()).pr().changedFiles()).isEqualTo(most);
    }

    private static long commitsBy(String login, int year) {
        return COMMITS.loaded().stream().filter(c -> !c.own() && c.localDate().getYear() == year)
                .filter(c -> c.commit().authorLogin().map(l -> l.equalsIgnoreCase(login)).orElse(false)).count();
    }

    static Stream<Arguments> twoPeople() {
        return asked("Did hubot or linusbranch commit more in 2025?", "hubot vs linus, who committed more in 2025",
                "Two of my collaborators keep competing; in 2025, who made more commits — Hubot or Linus Branch?");
    }

    @ParameterizedTest
    @MethodSource("twoPeople")
    void twoPeopleComparedByTheirCommits(String engine, String question) {
        long hubot = commitsBy("hubot", 2025);
        long linus = commitsBy("linusbranch", 2025);
        assertThat(hubot).isNotEqualTo(linus);
        String winner = hubot > linus ? "Hubot" : "Linus Branch";
        assertThat(ask(engine, question).answer()).startsWith("**" + winner + "** committed more in 2025: "
                + Math.max(hubot, linus) + " commits against " + Math.min(hubot, linus) + " for ");
    }

    static Stream<Arguments> sheInContext() {
        return asked("Mona Lisa mostly helps me on one project, I think. In which repository has she made the most commits?",
                "mona lisa helps me a lot. where did she commit the most?",
                "I'm writing a thank-you note to Mona Lisa for all her help. Which repository of mine has she committed to most?");
    }

    @ParameterizedTest
    @MethodSource("sheInContext")
    void sheIsThePersonTheContextNames(String engine, String question) {
        Map<String, Long> perRepo = new java.util.TreeMap<>();
        COMMITS.loaded().stream().filter(c -> c.commit().authorLogin().map(l -> l.equalsIgnoreCase("monalisa")).orElse(false))
                .forEach(c -> perRepo.merge(c.repo().name(), 1L, Long::sum));
        Map.Entry<String, Long> top = perRepo.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        assertThat(ask(engine, question).answer()).startsWith("**monalisa** committed to ")
                .contains("**" + top.getKey() + "** (" + top.getValue() + ")");
    }

    static Stream<Arguments> whereMost() {
        return asked("Where did I commit the most in 2025?", "where did i commit most in 2025",
                "Looking back at 2025 for my review, where did I commit the most?");
    }

    @ParameterizedTest
    @MethodSource("whereMost")
    void whereMeansWhichRepository(String engine, String question) {
        Map<String, Long> perRepo = new java.util.TreeMap<>();
        COMMITS.loaded().stream().filter(c -> c.own() && c.localDate().getYear() == 2025)
                .forEach(c -> perRepo.merge(c.repo().name(), 1L, Long::sum));
        Map.Entry<String, Long> top = perRepo.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        assertThat(ask(engine, question).answer()).contains("**" + top.getKey() + "** (" + top.getValue() + " of your commits)");
    }
}
