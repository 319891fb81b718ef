package dev.bitofgit.answer;

import java.util.List;
import java.util.Optional;

/** Every question family, in one place: the best fit answers; on a tie, the one listed first. */
final class Families {
    static final List<Family> ALL = List.of(
            new ConversationFamily(),
            new UnsupportedFamily(),
            new PullRequestFamily(),
            new ReviewFamily(),
            new IssueFamily(),
            new UnknownRepoFamily(),
            new CompareFamily(),
            new GoodPracticesFamily(),
            new StreakFamily(),
            new RecentCommitsFamily(),
            new ConditionedCommitsFamily(),
            new TimeZonesFamily(),
            new SeasonFamily(),
            new RecurringDateFamily(),
            new CommitKindFamily(),
            new CommitStatsFamily(),
            new RhythmFamily(),
            new SeriesFamily(),
            new BusiestPeriodFamily(),
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
        Family best = null;
        int bestFit = 0;
        for (Family family : ALL) {
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
