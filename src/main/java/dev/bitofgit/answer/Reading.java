package dev.bitofgit.answer;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A question understood as a small typed query: what it is about (its words), which repositories, language,
 * technology, engineering signals (each wanted or refused), visibility, forks, archived, the period (or two, to
 * compare), the time zone, whose commits (the user's, everyone's or one named person's), how many to list, and what
 * is measured. Families read it; none of them parses text again.
 */
record Reading(
        String text,
        Set<String> words,
        List<String> repos,
        Optional<String> language,
        boolean primaryLanguage,
        Optional<String> technology,
        Map<Signal, Boolean> signals,
        Optional<Boolean> privateRepos,
        Optional<Boolean> forks,
        Optional<Boolean> archived,
        Optional<TimeRange> period,
        List<TimeRange> periods,
        Optional<Inactivity> inactive,
        Optional<Zone> zone,
        Optional<Boolean> own,
        OptionalInt top,
        Measure measure,
        Optional<String> term,
        List<String> corrections,
        Optional<String> unknownRepo,
        Optional<String> author,
        List<Alternative> anyOf,
        Optional<RepoSet> repoSet) {

    /** Engineering signals a question can ask for or against. */
    enum Signal {
        CI("CI", "has_ci"), TESTS("tests", "has_tests"), DOCKER("Docker", "has_docker"),
        COMPOSE("a Docker Compose file", "has_compose"),
        LICENSE("a license", "has_license"), LINT("lint configuration", "has_lint"), README("a README", "has_readme"),
        MAKEFILE("a Makefile", "has_makefile"), CHANGELOG("a CHANGELOG", "has_changelog"),
        CONTRIBUTING("a CONTRIBUTING guide", "has_contributing"), SECURITY("a SECURITY policy", "has_security_policy"),
        CODE_OF_CONDUCT("a code of conduct", "has_code_of_conduct");

        final String label;
        final String argument;

        Signal(String label, String argument) {
            this.label = label;
            this.argument = argument;
        }
    }

    /**
     * One side of "X or Y" ("Django or Flask", "Go or Rust", "Docker or Kubernetes"): how the answer names it, and
     * the list_repos argument and value that select it.
     */
    /** One side of "X or Y" — or, when {@code all}, one of "both X and Y", which must all hold. */
    record Alternative(String label, String argument, Object value, boolean all) {
        Alternative(String label, String argument, Object value) {
            this(label, argument, value, false);
        }
    }

    /** Whether the alternatives must all hold ("both Python and Go") rather than one of them. */
    boolean allOf() {
        return !anyOf().isEmpty() && anyOf().get(0).all();
    }

    /** What the answer is: a number, a list, yes or no, a moment. */
    enum Measure { COUNT, LIST, EXISTS, WHEN }

    /** "no commits since …" / "not touched for over a year": repositories whose latest commit is before {@code before}. */
    record Inactivity(LocalDate before, String label) {
    }

    /**
     * The repositories a commit question's filters select ("my TypeScript repos", "private repositories"), resolved
     * once through list_repos: {@code names} go to the commit tools, {@code label} to the answer ("your 3 private
     * repositories").
     */
    record RepoSet(List<String> names, String label) {
        RepoSet {
            names = List.copyOf(names);
        }
    }

    /** A copy whose commit questions run over these repositories. */
    Reading withRepoSet(RepoSet set) {
        return new Reading(text, words, repos, language, primaryLanguage, technology, signals, privateRepos, forks,
                archived, period, periods, inactive, zone, own, top, measure, term, corrections, unknownRepo, author,
                anyOf, Optional.of(set));
    }

    /** A zone the question named: {@code id} is UTC, an IANA id or an offset; {@code label} as the answer says it. */
    record Zone(String id, String label) {
    }

    Reading {
        requireNonNull(text, "text == null");
        words = Set.copyOf(words);
        repos = List.copyOf(repos);
        // In the order the enum names them, so "no CI or tests" reads the same on every run.
        Map<Signal, Boolean> ordered = new java.util.EnumMap<>(Signal.class);
        ordered.putAll(signals);
        signals = java.util.Collections.unmodifiableMap(ordered);
        periods = List.copyOf(periods);
        corrections = List.copyOf(corrections);
        anyOf = List.copyOf(anyOf);
    }

    /** Whether any of these words is in the question (exact words, after spelling correction). */
    boolean any(String... candidates) {
        for (String candidate : candidates) {
            if (words.contains(candidate)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the question matches the regex somewhere (on the corrected, lower-case text). */
    boolean matches(String regex) {
        return Regex.of(regex).matcher(text).find();
    }

    Optional<String> repo() {
        return repos.isEmpty() ? Optional.empty() : Optional.of(repos.get(0));
    }

    boolean mentionsRepos() {
        return any("repo", "repos", "repository", "repositories", "project", "projects", "codebase", "codebases")
                || matches("\\bwhich (ones|of them|of those|of these|one of (them|those|these))\\b") || repoSet().isPresent();
    }

    boolean mentionsCommits() {
        return any("commit", "commits", "committed", "committing", "contributions", "contributed", "pushed", "pushes",
                "push") || matches("\\b(check(ed)? in|checked[- ]in|shipped|ship)\\b");
    }

    boolean hasRepoFilters() {
        return language.isPresent() || technology.isPresent() || !signals.isEmpty() || privateRepos.isPresent()
                || forks.isPresent() || archived.isPresent() || inactive.isPresent();
    }

    /** A copy naming a repository the conversation already talked about. */
    Reading withRepo(String repo) {
        return new Reading(text, words, List.of(repo), language, primaryLanguage, technology, signals, privateRepos,
                forks, archived, period, periods, inactive, zone, own, top, measure, term, corrections, Optional.empty(), author, anyOf, repoSet);
    }

    /** A copy without the "X or Y" alternatives, nor the language, technology or signals they name. */
    Reading withoutAlternatives() {
        Set<String> labels = new HashSet<>();
        anyOf.forEach(alternative -> labels.add(alternative.label()));
        Map<Signal, Boolean> rest = new EnumMap<>(Signal.class);
        signals.forEach((signal, wanted) -> {
            if (!labels.contains(signal.label.replaceFirst("^a ", ""))) {
                rest.put(signal, wanted);
            }
        });
        return new Reading(text, words, repos, language.filter(l -> !labels.contains(l)), primaryLanguage,
                technology.filter(t -> !labels.contains(t)), rest, privateRepos, forks, archived, period, periods,
                inactive, zone, own, top, measure, term, corrections, unknownRepo, author, List.of(), repoSet);
    }

    /** A copy about all repositories. */
    Reading withoutRepos() {
        return new Reading(text, words, List.of(), language, primaryLanguage, technology, signals, privateRepos, forks,
                archived, period, periods, inactive, zone, own, top, measure, term, corrections, unknownRepo, author, anyOf, repoSet);
    }

    /** A copy over all time. */
    Reading withoutPeriod() {
        return new Reading(text, words, repos, language, primaryLanguage, technology, signals, privateRepos, forks,
                archived, Optional.empty(), List.of(), inactive, zone, own, top, measure, term, corrections, unknownRepo, author, anyOf, repoSet);
    }

    /** A copy with the period a previous turn named. */
    Reading withPeriod(TimeRange range) {
        return new Reading(text, words, repos, language, primaryLanguage, technology, signals, privateRepos, forks,
                archived, Optional.of(range), List.of(range), inactive, zone, own, top, measure, term, corrections,
                unknownRepo, author, anyOf, repoSet);
    }

    /** A copy about this person's commits ("he", "she" in a follow-up). */
    Reading withAuthor(String person) {
        return new Reading(text, words, repos, language, primaryLanguage, technology, signals, privateRepos, forks,
                archived, period, periods, inactive, zone, own, top, measure, term, corrections, unknownRepo,
                Optional.of(person), anyOf, repoSet);
    }

    /**
     * An elliptical follow-up ("and in 2024?", "what about chat-server?") read as the previous question with what the
     * follow-up names in its place: repositories, period, time zone, person, language.
     */
    Reading overlaidWith(Reading newer) {
        boolean newRepos = !newer.repos.isEmpty() || newer.repoSet.isPresent();
        return new Reading(text, words, newRepos ? newer.repos : repos,
                newer.language.isPresent() ? newer.language : language,
                newer.language.isPresent() ? newer.primaryLanguage : primaryLanguage, technology, signals, privateRepos,
                forks, archived, newer.period.isPresent() ? newer.period : period,
                newer.period.isPresent() ? newer.periods : periods, inactive, newer.zone.or(() -> zone), own, top,
                measure, term, corrections, unknownRepo, newer.author.or(() -> author), anyOf,
                newRepos ? newer.repoSet : repoSet);
    }

    /** A copy without the engineering signals (the predicate of "do all my Go repos have tests?"). */
    Reading withoutSignals() {
        return new Reading(text, words, repos, language, primaryLanguage, technology, Map.of(), privateRepos, forks,
                archived, period, periods, inactive, zone, own, top, measure, term, corrections, unknownRepo, author,
                anyOf, repoSet);
    }

    /** A copy without the language (the part "except the Java ones" takes away). */
    Reading withoutLanguage() {
        return new Reading(text, words, repos, Optional.empty(), false, technology, signals, privateRepos, forks,
                archived, period, periods, inactive, zone, own, top, measure, term, corrections, unknownRepo, author,
                anyOf, repoSet);
    }

    /** A copy asking in another way: "how many days since …" asked as "when …". */
    Reading withMeasure(Measure asked) {
        return new Reading(text, words, repos, language, primaryLanguage, technology, signals, privateRepos, forks,
                archived, period, periods, inactive, zone, own, top, asked, term, corrections, unknownRepo, author,
                anyOf, repoSet);
    }
}
