package dev.bitofgit.eval;

import dev.bitofgit.demo.DemoRepo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/** Questions about the account's repositories as a whole: counts, visibility, signals, languages, stars, licenses. */
final class RepositoryFamilies {
    /** Frameworks a question may name, in the order the bank prefers them when an account uses several. */
    private static final List<String> FRAMEWORKS = List.of("Spring Boot", "React", "Django", "Flask", "FastAPI", "Express");

    private RepositoryFamilies() {
    }

    static List<QuestionFamily> all() {
        return List.of(repoCount(), privateList(), privateCount(), publicList(), forkList(), forkCount(), archivedList(),
                archivedCount(), testsList(), noTestsList(), noCiList(), ciWithoutTests(), noLicenseList(), noReadmeList(),
                dockerList(), frameworkRepos(), languageAny(), languagePrimary(), languagesMost(), licensesUsed(),
                starsTotal(), mostStarred());
    }

    static QuestionFamily repoCount() {
        return QuestionFamily.of("repo_count", "how many repositories I have",
                facts -> Optional.of(FamilyCase.of(Expectation.of(FactFormats.count(facts.repos().size())))));
    }

    static QuestionFamily privateList() {
        return listing("private_list", "list my private repositories", DemoRepo::isPrivate);
    }

    static QuestionFamily privateCount() {
        return counting("private_count", "how many private repositories I have", DemoRepo::isPrivate);
    }

    static QuestionFamily publicList() {
        return listing("public_list", "list my public repositories", repo -> !repo.isPrivate());
    }

    static QuestionFamily forkList() {
        return listing("fork_list", "which repositories are forks", DemoRepo::fork);
    }

    static QuestionFamily forkCount() {
        return counting("fork_count", "how many forks I have", DemoRepo::fork);
    }

    static QuestionFamily archivedList() {
        return listing("archived_list", "which repositories are archived", DemoRepo::archived);
    }

    static QuestionFamily archivedCount() {
        return counting("archived_count", "how many archived repositories I have", DemoRepo::archived);
    }

    static QuestionFamily testsList() {
        return listing("tests_list", "which repositories have tests", AccountFacts::hasTests);
    }

    static QuestionFamily noTestsList() {
        return listing("no_tests_list", "which repositories have no tests (negation)", repo -> !AccountFacts.hasTests(repo));
    }

    static QuestionFamily noCiList() {
        return listing("no_ci_list", "which repositories have no CI (negation)", repo -> !AccountFacts.hasCi(repo));
    }

    static QuestionFamily ciWithoutTests() {
        return listing("ci_without_tests", "repositories that have CI but no tests",
                repo -> AccountFacts.hasCi(repo) && !AccountFacts.hasTests(repo));
    }

    static QuestionFamily noLicenseList() {
        return listing("no_license_list", "which repositories have no license (negation)",
                repo -> !AccountFacts.hasLicense(repo));
    }

    static QuestionFamily noReadmeList() {
        return listing("no_readme_list", "which repositories have no README (negation)",
                repo -> !AccountFacts.hasReadme(repo));
    }

    static QuestionFamily dockerList() {
        return listing("docker_list", "which repositories use Docker", AccountFacts::hasDocker);
    }

    static QuestionFamily frameworkRepos() {
        return QuestionFamily.of("framework_repos", "which repositories use a given framework (Spring Boot, React, …)",
                facts -> FRAMEWORKS.stream()
                        .filter(framework -> facts.repos().stream().anyMatch(repo -> AccountFacts.usesFramework(repo, framework)))
                        .findFirst()
                        .map(framework -> {
                            Predicate<DemoRepo> uses = repo -> AccountFacts.usesFramework(repo, framework);
                            return new FamilyCase(Map.of("framework", framework),
                                    Expectation.listing(facts.names(uses), facts.names(uses.negate())));
                        }));
    }

    static QuestionFamily languageAny() {
        return QuestionFamily.of("language_any", "repositories containing any code in a language (any bytes)",
                facts -> contrastLanguage(facts).map(language -> {
                    Predicate<DemoRepo> any = repo -> repo.languageBytes().containsKey(language);
                    return new FamilyCase(Map.of("language", language),
                            Expectation.listing(facts.names(any), facts.names(any.negate())));
                }));
    }

    static QuestionFamily languagePrimary() {
        return QuestionFamily.of("language_primary", "repositories mainly written in a language (primary language)",
                facts -> contrastLanguage(facts).map(language -> {
                    Predicate<DemoRepo> mainly = repo -> repo.primaryLanguage().filter(language::equals).isPresent();
                    return new FamilyCase(Map.of("language", language),
                            Expectation.listing(facts.names(mainly), facts.names(mainly.negate())));
                }));
    }

    static QuestionFamily languagesMost() {
        return QuestionFamily.of("languages_most", "the languages I write the most code in (top three by bytes)",
                facts -> {
                    Map<String, Long> bytes = new TreeMap<>();
                    facts.repos().forEach(repo -> repo.languageBytes().forEach((language, count) -> bytes.merge(language, count, Long::sum)));
                    List<FactGroup> top = bytes.entrySet().stream()
                            .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                            .limit(3).map(entry -> FactFormats.name(entry.getKey())).toList();
                    return Optional.of(FamilyCase.of(Expectation.of(top)));
                });
    }

    static QuestionFamily licensesUsed() {
        return QuestionFamily.of("licenses_used", "which licenses (SPDX ids) my repositories use",
                facts -> {
                    SortedSet<String> licenses = new TreeSet<>();
                    facts.repos().forEach(repo -> repo.licenseSpdx().ifPresent(licenses::add));
                    if (licenses.isEmpty()) {
                        return Optional.empty();
                    }
                    return Optional.of(FamilyCase.of(Expectation.of(licenses.stream().map(FactFormats::license).toList())));
                });
    }

    static QuestionFamily starsTotal() {
        return QuestionFamily.of("stars_total", "how many stars my repositories have in total",
                facts -> Optional.of(FamilyCase.of(Expectation.of(
                        FactFormats.count(facts.repos().stream().mapToLong(DemoRepo::stars).sum())))));
    }

    static QuestionFamily mostStarred() {
        return QuestionFamily.of("most_starred", "my most starred repository",
                facts -> {
                    int most = facts.repos().stream().mapToInt(DemoRepo::stars).max().orElse(0);
                    if (most == 0) {
                        return Optional.empty();
                    }
                    List<String> tied = new ArrayList<>(facts.names(repo -> repo.stars() == most));
                    return Optional.of(FamilyCase.of(Expectation.of(FactGroup.anyOf(tied).before(facts.allNames()))));
                });
    }

    /**
     * The language that best separates "any code in it" from "mainly written in it": the one found in the most
     * repositories beyond those it is the primary language of (Shell in Java repositories' build scripts, say).
     */
    static Optional<String> contrastLanguage(AccountFacts facts) {
        SortedSet<String> primaries = new TreeSet<>();
        facts.repos().forEach(repo -> repo.primaryLanguage().ifPresent(primaries::add));
        return primaries.stream()
                .max(Comparator.<String>comparingLong(language -> facts.repos().stream()
                                .filter(repo -> repo.languageBytes().containsKey(language)
                                        && !repo.primaryLanguage().filter(language::equals).isPresent()).count())
                        .thenComparing(Comparator.reverseOrder()));
    }

    private static QuestionFamily listing(String id, String intent, Predicate<DemoRepo> which) {
        return QuestionFamily.of(id, intent, facts -> Optional.of(FamilyCase.of(
                Expectation.listing(facts.names(which), facts.names(which.negate())))));
    }

    private static QuestionFamily counting(String id, String intent, Predicate<DemoRepo> which) {
        return QuestionFamily.of(id, intent, facts -> {
            int count = facts.names(which).size();
            return Optional.of(FamilyCase.of(Expectation.of(count == 0 ? FactFormats.zero("repositories")
                    : FactFormats.count(count))));
        });
    }
}
