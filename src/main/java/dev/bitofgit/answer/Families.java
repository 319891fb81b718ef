package dev.bitofgit.answer;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Every question family, in one place: the best fit answers; on a tie, the one listed first. */
final class Families {
    static final List<Family> ALL = List.of(
            new ConversationFamily(),
            new UnsupportedFamily(),
            new WorkItemFamily(),
            new PullRequestFamily(),
            new ReviewFamily(),
            new IssueLabelsFamily(),
            new IssueFamily(),
            new UnknownRepoFamily(),
            new CompareFamily(),
            new GoodPracticesFamily(),
            new StreakFamily(),
            new RecentCommitsFamily(),
            new ConditionedCommitsFamily(),
            new TimeZonesFamily(),
            new SeasonFamily(),
            new DaysSinceFamily(),
            new RecurringDateFamily(),
            new CommitKindFamily(),
            new CommitStatsFamily(),
            new RhythmFamily(),
            new SeriesFamily(),
            new BusiestPeriodFamily(),
            new NthCommitFamily(),
            new FirstLastCommitFamily(),
            new ActiveDaysFamily(),
            new PersonFamily(),
            new PeopleFamily(),
            new RepoRankFamily(),
            new SearchFamily(),
            new CommitCountFamily(),
            new RepoFieldsFamily(),
            new RepoAggregateFamily(),
            new SoloReposFamily(),
            new RepoThresholdFamily(),
            new RepoListFamily(),
            new AccountTalliesFamily(),
            new RepoFactFamily(),
            new SummaryFamily(),
            new LanguagesFamily(),
            new WorkedOnFamily());

    private Families() {
    }

    /** The family that fits best, if any fits at all. */
    static Optional<Family> best(Reading reading) {
        return bestExcept(reading, Set.of());
    }

    /** The best fit among the families not named: a family that wraps another's answer asks this. */
    static Optional<Family> bestExcept(Reading reading, Set<Class<? extends Family>> excluded) {
        Family best = null;
        int bestFit = 0;
        for (Family family : ALL) {
            if (excluded.contains(family.getClass())) {
                continue;
            }
            int fit = family.fit(reading);
            if (fit > bestFit) {
                best = family;
                bestFit = fit;
            }
        }
        return Optional.ofNullable(best);
    }

    static Optional<Family> named(String name) {
        return ALL.stream().filter(family -> family.name().equals(name)).findFirst();
    }
}
