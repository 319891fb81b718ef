package dev.bitofgit.eval;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoCommit;
import dev.bitofgit.demo.DemoRepo;
import dev.bitofgit.testing.DemoFacts;
import dev.bitofgit.testing.DemoFacts.Loaded;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Facts about one generated account as the store should hold it, computed from the generator's data alone, never
 * through the store, the tools or the answerer. Time facts use the commit's own (author-local) offset unless a method
 * says UTC; "today" is the server's day (UTC), fixed for the whole run.
 *
 * <p>What "own" means follows what an ingest from GitHub can know (README, "Ingesting a GitHub account"): a commit is
 * the user's own when GitHub links it to the login or its author email is one of the account's noreply addresses.
 * The generator also gives the user a private address GitHub does not know; {@link DemoFacts#isOwn} counts commits
 * made with it (as the demo loader, which is told every address, does), but no answer built on an ingested store
 * can, so the bank does not expect them. For the same reason a fork keeps only the commits GitHub links to the
 * login: its history is fetched with GitHub's author filter.
 *
 * <p>Signals (tests, CI, Docker, frameworks) are read from the HEAD tree and manifests with rules written here, apart
 * from the ingest's SignalDetector, so a detector bug shows up as a wrong answer rather than a moved target.
 */
final class AccountFacts {
    private static final Pattern TEST_FILE = Pattern.compile(
            "(^|/)(tests?|__tests__|spec)/|(^|/)test_[^/]*\\.py$|_test\\.[a-z]+$|\\.(test|spec)\\.[a-z]+$"
                    + "|Tests?\\.(java|kt)$|(^|/)conftest\\.py$");

    private final DemoAccount account;
    private final LocalDate today;
    private final List<Loaded> loaded;
    private final List<Loaded> own;

    AccountFacts(DemoAccount account, LocalDate today) {
        this.account = requireNonNull(account, "account == null");
        this.today = requireNonNull(today, "today == null");
        this.loaded = account.repos().stream().flatMap(repo -> repo.commits().stream()
                        .filter(commit -> !repo.fork() || linkedToLogin(commit))
                        .map(commit -> new Loaded(repo, commit, isOwn(commit))))
                .toList();
        this.own = loaded.stream().filter(Loaded::own).toList();
    }

    DemoAccount account() {
        return account;
    }

    String login() {
        return account.login();
    }

    LocalDate today() {
        return today;
    }

    List<DemoRepo> repos() {
        return account.repos();
    }

    /** Every commit the store holds for the account. */
    List<Loaded> loaded() {
        return loaded;
    }

    /** The user's own commits among them. */
    List<Loaded> own() {
        return own;
    }

    List<Loaded> loaded(DemoRepo repo) {
        return loaded.stream().filter(commit -> commit.repo().id() == repo.id()).toList();
    }

    List<Loaded> own(DemoRepo repo) {
        return own.stream().filter(commit -> commit.repo().id() == repo.id()).toList();
    }

    /** Linked to the login, or authored with one of the account's noreply addresses. */
    boolean isOwn(DemoCommit commit) {
        String email = commit.authorEmail().toLowerCase(Locale.ROOT);
        String login = account.login().toLowerCase(Locale.ROOT);
        return linkedToLogin(commit) || email.equals(login + "@users.noreply.github.com")
                || email.equals(account.id() + "+" + login + "@users.noreply.github.com");
    }

    /**
     * Another person's commit: not the user's own, and not made with one of the user's addresses either (the store
     * cannot attribute commits made with an address GitHub does not know, but they are still not a collaborator's).
     */
    boolean isSomeoneElse(DemoCommit commit) {
        return !isOwn(commit) && account.emails().stream().noneMatch(commit.authorEmail()::equalsIgnoreCase);
    }

    private boolean linkedToLogin(DemoCommit commit) {
        return commit.authorLogin().filter(login -> login.equalsIgnoreCase(account.login())).isPresent();
    }

    long ownCommitsOn(Predicate<LocalDate> localDay) {
        return own.stream().filter(commit -> localDay.test(localDay(commit.commit()))).count();
    }

    SortedSet<String> names(Predicate<DemoRepo> which) {
        TreeSet<String> names = new TreeSet<>();
        account.repos().stream().filter(which).map(DemoRepo::name).forEach(names::add);
        return names;
    }

    SortedSet<String> allNames() {
        return names(repo -> true);
    }

    /** Repositories sorted by a key, then by name, so every pick is deterministic. */
    List<DemoRepo> sorted(Comparator<DemoRepo> order) {
        return account.repos().stream().sorted(order.thenComparing(DemoRepo::name)).toList();
    }

    /** The newest commit's local day, by anyone or only by the user; empty when there is none. */
    Optional<LocalDate> lastLocalDay(DemoRepo repo, boolean ownOnly) {
        return (ownOnly ? own(repo) : loaded(repo)).stream().map(commit -> localDay(commit.commit()))
                .max(Comparator.naturalOrder());
    }

    static LocalDate localDay(DemoCommit commit) {
        return commit.authoredAt().toLocalDate();
    }

    static LocalDate utcDay(DemoCommit commit) {
        return commit.authoredAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    }

    static int localHour(DemoCommit commit) {
        return commit.authoredAt().getHour();
    }

    static int utcHour(DemoCommit commit) {
        return commit.authoredAt().withOffsetSameInstant(ZoneOffset.UTC).getHour();
    }

    static boolean hasTests(DemoRepo repo) {
        return repo.files().stream().anyMatch(path -> TEST_FILE.matcher(path).find());
    }

    static boolean hasCi(DemoRepo repo) {
        return repo.files().stream().anyMatch(path -> path.startsWith(".github/workflows/") || path.equals(".gitlab-ci.yml")
                || path.startsWith(".circleci/") || path.equals("Jenkinsfile") || path.equals(".travis.yml"));
    }

    static boolean hasDocker(DemoRepo repo) {
        return repo.files().stream().map(path -> path.substring(path.lastIndexOf('/') + 1))
                .anyMatch(file -> file.equals("Dockerfile") || file.matches("(docker-)?compose\\.ya?ml"));
    }

    static boolean hasLicense(DemoRepo repo) {
        return repo.licenseSpdx().isPresent();
    }

    static boolean hasReadme(DemoRepo repo) {
        return repo.readmePath().isPresent();
    }

    /** Whether a manifest (pom.xml, package.json, pyproject.toml, requirements.txt, …) names the framework. */
    static boolean usesFramework(DemoRepo repo, String framework) {
        String manifests = String.join("\n", repo.fileContents().entrySet().stream()
                .filter(entry -> !entry.getKey().toLowerCase(Locale.ROOT).startsWith("readme"))
                .map(entry -> entry.getValue().toLowerCase(Locale.ROOT)).toList());
        return switch (framework) {
            case "Spring Boot" -> manifests.contains("org.springframework.boot");
            case "React" -> manifests.contains("\"react\"");
            case "Express" -> manifests.contains("\"express\"");
            case "Django", "Flask", "FastAPI", "Javalin" ->
                    Pattern.compile("(^|[^a-z])" + framework.toLowerCase(Locale.ROOT) + "([^a-z]|$)").matcher(manifests).find();
            default -> throw new IllegalArgumentException("no manifest rule for framework " + framework);
        };
    }
}
