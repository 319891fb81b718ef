package dev.bitofgit.eval;

import dev.bitofgit.demo.DemoRepo;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Questions whose right answer is "I don't know that" or a question back: a repository that does not exist, a
 * question that needs a repository but names none — and, once not held, pull requests (now the figure). Right means the
 * answer says so and states no invented fact — the forbidden terms are the numbers or texts a confident answer to a
 * different question would show.
 */
final class UnknownFamilies {
    /** Made-up repository names; the first far from every real name is used. */
    private static final List<String> MISSING_NAMES = List.of("quantum-ledger", "zephyr-orchard", "nebula-kiln");
    private static final FactGroup SAYS_NOT_FOUND = FactGroup.anyOf("no repository named", "no repo named",
            "no project named", "no repository called", "no repo called", "not find", "didn't find", "did not find",
            "couldn't find", "could not find", "can't find", "cannot find", "doesn't exist", "does not exist", "no such",
            "not found", "unknown repository", "don't have a repo", "don't have a repository", "do not have a repo",
            "do not have a repository", "isn't one of", "is not one of", "not one of your", "don't see", "do not see",
            "don't know", "do not know", "no data about", "no data for");
    private static final FactGroup SAYS_NOT_HELD = FactGroup.anyOf("don't have", "do not have", "not stored",
            "don't store", "do not store", "doesn't store", "does not store", "not available", "no data", "not track",
            "don't track", "do not track", "only commits", "only hold", "only store", "only have", "not ingested",
            "isn't stored", "is not stored", "aren't stored", "are not stored", "no information", "can't tell",
            "cannot tell", "can't answer", "cannot answer", "not able to", "unable to", "don't know", "do not know",
            "not recorded", "not part of", "doesn't include", "does not include", "not included", "doesn't hold",
            "does not hold", "don't hold", "do not hold");
    private static final FactGroup ASKS_WHICH = FactGroup.anyOf("which repository", "which repo", "which project",
            "what repository", "what repo", "which one", "name a repo", "name one", "name the repo", "did you mean",
            "specify", "tell me which");

    private UnknownFamilies() {
    }

    static List<QuestionFamily> all() {
        return List.of(unknownRepoCommits(), unknownRepoAbout(), pullRequests(), asksBackForRepo());
    }

    static QuestionFamily unknownRepoCommits() {
        return QuestionFamily.of("unknown_repo_commits", "commit count of a repository that does not exist (says so)",
                facts -> missingName(facts).map(missing -> FamilyCase.of(Expectation.of(SAYS_NOT_FOUND)
                        .forbidding(List.of(Integer.toString(facts.own().size()), Integer.toString(facts.loaded().size()))))
                        .with("missing", missing)));
    }

    static QuestionFamily unknownRepoAbout() {
        return QuestionFamily.of("unknown_repo_about", "what a repository that does not exist is about (says so)",
                facts -> missingName(facts).map(missing -> FamilyCase.of(Expectation.of(SAYS_NOT_FOUND)
                        .forbidding(facts.repos().stream().map(DemoRepo::description).toList()))
                        .with("missing", missing)));
    }

    /**
     * Pull requests I opened (merged, reviewed) in a year: the store holds them since issue 18, so the right answer is
     * the figure. The bank's phrasings ask for opened, merged or reviewed ones; any of the three figures of that year,
     * computed from the generator's data, is the fact — and the year's commit counts are forbidden.
     */
    static QuestionFamily pullRequests() {
        return QuestionFamily.of("pull_requests", "pull requests I opened (merged, reviewed) in a year",
                facts -> {
                    int year = facts.today().getYear() - 1;
                    long own = facts.ownCommitsOn(day -> day.getYear() == year);
                    long all = facts.loaded().stream().filter(commit -> AccountFacts.localDay(commit.commit()).getYear() == year).count();
                    dev.bitofgit.testing.WorkFacts work = new dev.bitofgit.testing.WorkFacts(facts.account(), true);
                    long opened = work.mine().stream()
                            .filter(pull -> dev.bitofgit.testing.WorkFacts.year(pull.pr().createdAt()) == year).count();
                    long merged = work.myMergedIn(year);
                    long reviews = work.reviewsGivenIn(year);
                    List<String> figures = List.of(opened + (opened == 1 ? " pull request" : " pull requests"),
                            merged + (merged == 1 ? " pull request" : " pull requests"),
                            reviews + (reviews == 1 ? " review" : " reviews"));
                    return Optional.of(FamilyCase.of(Expectation.of(FactGroup.anyOf(figures))
                            .forbidding(List.of(Long.toString(own), Long.toString(all)))).with("year", year));
                });
    }

    static QuestionFamily asksBackForRepo() {
        return QuestionFamily.of("asks_back_repo", "a repository question that names no repository (asks which)",
                facts -> Optional.of(FamilyCase.of(Expectation.of(ASKS_WHICH))));
    }

    static Optional<String> missingName(AccountFacts facts) {
        return MISSING_NAMES.stream().filter(name -> facts.repos().stream()
                .allMatch(repo -> distance(name, repo.name().toLowerCase(Locale.ROOT)) > 4)).findFirst();
    }

    /** Levenshtein distance, so a made-up name is never a typo of a real one. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
