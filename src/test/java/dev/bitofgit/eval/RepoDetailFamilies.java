package dev.bitofgit.eval;

import dev.bitofgit.demo.DemoCommit;
import dev.bitofgit.demo.DemoRepo;
import dev.bitofgit.testing.DemoFacts.Loaded;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

/**
 * Questions about one named repository: commit counts (all and mine), comparisons, branch, topics, lines, its
 * biggest commit, merges, people, description, last commit, stars and language. Each family picks its repository
 * by its own rule, so the bank asks about many different ones and never about a fork where "all commits" would be
 * ambiguous.
 */
final class RepoDetailFamilies {
    private RepoDetailFamilies() {
    }

    static List<QuestionFamily> all() {
        return List.of(repoCommitCount(), repoOwnVersusAll(), compareRepos(), repoDefaultBranch(), repoTopics(), repoLines(),
                repoBiggestCommit(), repoMergeCommits(), repoPeople(), repoContributors(), repoAbout(), repoLastCommit(),
                repoStars(), repoLanguage());
    }

    static QuestionFamily repoCommitCount() {
        return QuestionFamily.of("repo_commit_count", "how many commits a repository has",
                facts -> {
                    List<DemoRepo> byCommits = facts.sorted(Comparator.comparingInt(repo -> facts.loaded(repo).size()))
                            .stream().filter(repo -> !repo.fork()).toList();
                    DemoRepo median = byCommits.get(byCommits.size() / 2);
                    return Optional.of(about(median, Expectation.of(FactFormats.count(facts.loaded(median).size()))));
                });
    }

    static QuestionFamily repoOwnVersusAll() {
        return QuestionFamily.of("repo_own_vs_all", "my own commits versus everyone's in a repository",
                facts -> facts.sorted(Comparator.comparingInt(repo -> facts.own(repo).size() - facts.loaded(repo).size()))
                        .stream().filter(repo -> !repo.fork() && facts.own(repo).size() < facts.loaded(repo).size()).findFirst()
                        .map(repo -> about(repo, Expectation.of(FactFormats.count(facts.own(repo).size()),
                                FactFormats.count(facts.loaded(repo).size())))));
    }

    static QuestionFamily compareRepos() {
        return QuestionFamily.of("compare_repos", "which of two named repositories has more commits",
                facts -> {
                    List<DemoRepo> ranked = facts.sorted(Comparator.comparingInt((DemoRepo repo) -> facts.loaded(repo).size()).reversed())
                            .stream().filter(repo -> !repo.fork()).toList();
                    for (int first = 1; first < ranked.size(); first++) {
                        for (int second = first + 2; second < ranked.size(); second++) {
                            DemoRepo winner = ranked.get(first);
                            DemoRepo loser = ranked.get(second);
                            // Only pairs where "more commits" means the same whether counting all or only mine.
                            if (facts.loaded(winner).size() > facts.loaded(loser).size()
                                    && facts.own(winner).size() > facts.own(loser).size()) {
                                return Optional.of(new FamilyCase(Map.of("repo", loser.name(), "other", winner.name()),
                                        Expectation.of(FactFormats.name(winner.name()),
                                                FactFormats.count(facts.loaded(winner).size()),
                                                FactFormats.count(facts.loaded(loser).size()))));
                            }
                        }
                    }
                    return Optional.empty();
                });
    }

    static QuestionFamily repoDefaultBranch() {
        return QuestionFamily.of("repo_default_branch", "a repository's default branch",
                facts -> facts.sorted(Comparator.comparing(repo -> repo.defaultBranch().equals("main") ? 1 : 0)).stream()
                        .findFirst().map(repo -> about(repo, Expectation.of(FactFormats.name(repo.defaultBranch())
                                .before(List.of("main", "master", "develop", "trunk"))))));
    }

    static QuestionFamily repoTopics() {
        return QuestionFamily.of("repo_topics", "a repository's topics",
                facts -> facts.sorted(Comparator.comparing(DemoRepo::name)).stream()
                        .filter(repo -> !repo.topics().isEmpty()).skip(2).findFirst()
                        .map(repo -> about(repo, Expectation.of(repo.topics().stream().map(FactFormats::name).toList()))));
    }

    static QuestionFamily repoLines() {
        return QuestionFamily.of("repo_lines", "lines added and deleted over a repository's history",
                facts -> facts.sorted(Comparator.comparing(DemoRepo::name)).stream()
                        .filter(repo -> !repo.fork() && facts.loaded(repo).size() >= 10 && facts.loaded(repo).size() <= 80)
                        .findFirst()
                        .map(repo -> about(repo, Expectation.of(
                                FactFormats.count(facts.loaded(repo).stream().mapToLong(commit -> commit.commit().additions()).sum()),
                                FactFormats.count(facts.loaded(repo).stream().mapToLong(commit -> commit.commit().deletions()).sum())))));
    }

    static QuestionFamily repoBiggestCommit() {
        return QuestionFamily.of("repo_biggest_commit", "a repository's biggest commit",
                facts -> {
                    for (DemoRepo repo : facts.sorted(Comparator.comparingInt((DemoRepo r) -> facts.loaded(r).size()).reversed())) {
                        if (repo.fork()) {
                            continue;
                        }
                        // Only repositories whose biggest commit is the same by lines changed and by lines added.
                        Optional<DemoCommit> byChanged = uniqueMax(facts.loaded(repo),
                                commit -> commit.additions() + commit.deletions());
                        Optional<DemoCommit> byAdded = uniqueMax(facts.loaded(repo), DemoCommit::additions);
                        if (byChanged.isPresent() && byChanged.equals(byAdded)) {
                            return Optional.of(about(repo, Expectation.of(FactFormats.sha(byChanged.get().sha()))));
                        }
                    }
                    return Optional.empty();
                });
    }

    static QuestionFamily repoMergeCommits() {
        return QuestionFamily.of("repo_merge_commits", "how many merge commits a repository has",
                facts -> facts.sorted(Comparator.comparingLong((DemoRepo repo) -> merges(facts, repo)).reversed()).stream()
                        .filter(repo -> !repo.fork() && merges(facts, repo) >= 2).skip(1).findFirst()
                        .map(repo -> about(repo, Expectation.of(FactFormats.count(merges(facts, repo))))));
    }

    static QuestionFamily repoPeople() {
        return QuestionFamily.of("repo_people", "how many different people committed to a repository",
                facts -> facts.sorted(Comparator.comparingInt((DemoRepo repo) -> hasUnlinkedOwnerCommits(facts, repo) ? 1 : 0)
                                .thenComparingInt(repo -> people(facts, repo) >= 3 ? 0 : 1)
                                .thenComparingInt(repo -> facts.loaded(repo).size())).stream()
                        .filter(repo -> !repo.fork() && people(facts, repo) >= 2).findFirst()
                        .map(repo -> {
                            int people = people(facts, repo);
                            // The user's unlinked commits look like one more person to the store: both counts stand.
                            List<String> ways = new ArrayList<>(peopleCount(people).alternatives());
                            if (hasUnlinkedOwnerCommits(facts, repo)) {
                                ways.addAll(peopleCount(people + 1).alternatives());
                            }
                            return about(repo, Expectation.of(FactGroup.anyOf(ways)));
                        }));
    }

    private static FactGroup peopleCount(int people) {
        return FactFormats.countOf(people, "people", "persons", "contributors", "committers", "authors", "distinct",
                "different", "unique", "developers", "users", "humans");
    }

    static QuestionFamily repoContributors() {
        return QuestionFamily.of("repo_contributors", "who else has committed to a repository",
                facts -> {
                    Map<String, String> everyone = new TreeMap<>();
                    facts.loaded().stream().filter(commit -> facts.isSomeoneElse(commit.commit()))
                            .forEach(commit -> everyone.put(login(commit.commit()), commit.commit().authorName()));
                    // Best asked about: a repository without the user's unlinked commits (the store would show those
                    // under the user's name as someone else) where some collaborators took part and others did not.
                    return facts.sorted(Comparator.comparingInt((DemoRepo repo) -> hasUnlinkedOwnerCommits(facts, repo) ? 1 : 0)
                                    .thenComparingInt(repo -> collaborators(facts, repo).size() == everyone.size() ? 1 : 0)
                                    .thenComparing(Comparator.comparingInt((DemoRepo repo) -> facts.loaded(repo).size()).reversed()))
                            .stream().filter(repo -> !repo.fork() && !collaborators(facts, repo).isEmpty()).findFirst()
                            .map(repo -> {
                                Set<String> present = collaborators(facts, repo);
                                List<FactGroup> named = present.stream()
                                        .map(login -> FactFormats.person(everyone.get(login), login)).toList();
                                List<String> absent = new ArrayList<>();
                                everyone.forEach((login, name) -> {
                                    if (!present.contains(login)) {
                                        absent.add(name);
                                        absent.add(login);
                                    }
                                });
                                return about(repo, Expectation.of(named).forbidding(absent));
                            });
                });
    }

    static QuestionFamily repoAbout() {
        return QuestionFamily.of("repo_about", "what a repository is about",
                facts -> facts.sorted(Comparator.comparing(DemoRepo::name)).stream()
                        .filter(repo -> !repo.description().isBlank()).skip(1).findFirst()
                        .map(repo -> about(repo, Expectation.of(FactFormats.name(repo.description())))));
    }

    static QuestionFamily repoLastCommit() {
        return QuestionFamily.of("repo_last_commit", "when I last committed to a repository",
                facts -> facts.sorted(Comparator.comparing((DemoRepo repo) ->
                                facts.lastLocalDay(repo, true).equals(facts.lastLocalDay(repo, false)) ? 1 : 0)).stream()
                        .filter(repo -> !repo.fork() && !facts.own(repo).isEmpty()).findFirst()
                        .map(repo -> about(repo, Expectation.of(FactFormats.date(facts.lastLocalDay(repo, true).orElseThrow())))));
    }

    static QuestionFamily repoStars() {
        return QuestionFamily.of("repo_stars", "how many stars a repository has",
                facts -> facts.sorted(Comparator.comparingInt(DemoRepo::stars).reversed()).stream()
                        .filter(repo -> repo.stars() >= 10
                                && facts.repos().stream().filter(other -> other.stars() == repo.stars()).count() == 1)
                        .skip(1).findFirst()
                        .map(repo -> about(repo, Expectation.of(FactFormats.countOf(repo.stars(), "stars", "star",
                                "stargazers")))));
    }

    static QuestionFamily repoLanguage() {
        return QuestionFamily.of("repo_language", "what language a repository is mainly written in",
                facts -> facts.sorted(Comparator.comparingInt((DemoRepo repo) -> facts.loaded(repo).size()).reversed()).stream()
                        .filter(repo -> !repo.fork() && repo.primaryLanguage().isPresent()).findFirst()
                        .map(repo -> about(repo, Expectation.of(FactFormats.name(repo.primaryLanguage().get())
                                .before(repo.languageBytes().keySet())))));
    }

    // ------------------------------------------------------------------ shared

    private static FamilyCase about(DemoRepo repo, Expectation expectation) {
        return new FamilyCase(Map.of("repo", repo.name()), expectation);
    }

    /**
     * Whether the user committed to the repository with an address GitHub does not link to them: the store then
     * holds those commits as someone else's under the user's own name, and "how many people" has two defensible
     * answers. Questions about people avoid such repositories.
     */
    private static boolean hasUnlinkedOwnerCommits(AccountFacts facts, DemoRepo repo) {
        return facts.loaded(repo).stream().anyMatch(commit -> !commit.own() && !facts.isSomeoneElse(commit.commit()));
    }

    private static long merges(AccountFacts facts, DemoRepo repo) {
        return facts.loaded(repo).stream().filter(commit -> commit.commit().parentCount() >= 2).count();
    }

    /** The user counts once however many emails they commit with; others by login. */
    private static int people(AccountFacts facts, DemoRepo repo) {
        return collaborators(facts, repo).size() + (facts.own(repo).isEmpty() ? 0 : 1);
    }

    private static Set<String> collaborators(AccountFacts facts, DemoRepo repo) {
        Set<String> logins = new TreeSet<>();
        facts.loaded(repo).stream().filter(commit -> facts.isSomeoneElse(commit.commit()))
                .forEach(commit -> logins.add(login(commit.commit())));
        return logins;
    }

    private static String login(DemoCommit commit) {
        return commit.authorLogin().orElse(commit.authorEmail());
    }

    private static Optional<DemoCommit> uniqueMax(List<Loaded> commits, ToIntFunction<DemoCommit> size) {
        int most = commits.stream().mapToInt(commit -> size.applyAsInt(commit.commit())).max().orElse(-1);
        List<DemoCommit> biggest = commits.stream().map(Loaded::commit).filter(commit -> size.applyAsInt(commit) == most).toList();
        return biggest.size() == 1 ? Optional.of(biggest.get(0)) : Optional.empty();
    }
}
