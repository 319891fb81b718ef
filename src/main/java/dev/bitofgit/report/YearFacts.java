package dev.bitofgit.report;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One calendar year of an account's work, as the tools count it for the caller's view: every number here is read
 * from a tool result (or, for languages and engineering changes, from the store as described in {@link YearReport}).
 * Days, months, weekdays and hours are in each commit's own time zone.
 */
public record YearFacts(int year, long ownCommits, long allCommits, long activeDays, Streak longestStreak,
                        List<Long> months, Optional<Period> busiestMonth, List<Long> weekdays,
                        Optional<Period> busiestWeekday, List<Long> hours, Optional<Period> busiestHour,
                        long additions, long deletions, long reposTouched, List<RepoYear> topRepos,
                        List<LanguageShare> languages, long newRepoCount, List<NewRepo> newRepos,
                        Optional<CommitFact> biggestCommit, List<Person> collaborators, List<Change> engineeringChanges) {
    public YearFacts {
        requireNonNull(longestStreak, "longestStreak == null");
        months = List.copyOf(months);
        weekdays = List.copyOf(weekdays);
        hours = List.copyOf(hours);
        if (months.size() != 12 || weekdays.size() != 7 || hours.size() != 24) {
            throw new IllegalArgumentException("months, weekdays and hours need 12, 7 and 24 counts, got "
                    + months.size() + ", " + weekdays.size() + " and " + hours.size());
        }
        requireNonNull(busiestMonth, "busiestMonth == null");
        requireNonNull(busiestWeekday, "busiestWeekday == null");
        requireNonNull(busiestHour, "busiestHour == null");
        topRepos = List.copyOf(topRepos);
        languages = List.copyOf(languages);
        newRepos = List.copyOf(newRepos);
        requireNonNull(biggestCommit, "biggestCommit == null");
        collaborators = List.copyOf(collaborators);
        engineeringChanges = List.copyOf(engineeringChanges);
    }

    /** The longest run of consecutive days with a commit of yours; empty dates when there was none. */
    public record Streak(long days, Optional<LocalDate> start, Optional<LocalDate> end) {
    }

    /** A month ("2025-03"), weekday ("Tuesday") or hour ("14") and its commits. */
    public record Period(String label, long commits) {
    }

    /** A repository's share of your year: your commits and lines there. */
    public record RepoYear(String name, long commits, long additions, long deletions, long activeDays) {
    }

    /** A language's share of your year, in per cent of your commits weighted by the repositories' language bytes. */
    public record LanguageShare(String language, double percent) {
    }

    public record NewRepo(String name, Optional<String> language, boolean isPrivate, boolean fork) {
    }

    /** One commit: where, when (the author's local date-time), its subject and size. */
    public record CommitFact(String repo, String sha, String date, String subject, long additions, long deletions) {
    }

    /** Someone else who committed to your repositories in the year. */
    public record Person(String name, Optional<String> login, long commits, long repos) {
    }

    /** A repository that gained CI, tests, Docker or a license, with the commit that announced it. */
    public record Change(String repo, String signal, LocalDate date, String sha, String subject) {
    }
}
