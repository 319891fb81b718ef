package dev.bitofgit.eval;

import dev.bitofgit.demo.DemoRepo;
import dev.bitofgit.testing.DemoFacts.Loaded;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Questions about the user's own activity over time: counts per period, busiest month / weekday / hour (local and
 * UTC), streaks, firsts and lasts, stale repositories. "My commits" are the user's own; days and hours are the
 * author's local ones unless the question says UTC.
 */
final class ActivityFamilies {
    /** Days either side of a cut-off within which a repository's last commit is too close to call. */
    private static final int EDGE_DAYS = 2;

    private ActivityFamilies() {
    }

    static List<QuestionFamily> all() {
        return List.of(commitsTotal(), commitsYear(), commitsMonth(), commitsLastMonth(), commitsThisYear(),
                commitsEmptyYear(), moreThisYearThanLast(), linesAddedYear(), activeDaysYear(), weekendCommits(),
                busiestMonth(), busiestWeekday(), busiestHourLocal(), busiestHourUtc(), longestStreak(), firstCommit(),
                topThreeRepos(), topCollaborator(), staleForAYear(), noCommitSince(), reposCreatedInYear(), oldestRepo(),
                newestRepo(), languageInYear());
    }

    static QuestionFamily commitsTotal() {
        return QuestionFamily.of("commits_total", "how many commits I have made in all",
                facts -> Optional.of(FamilyCase.of(Expectation.of(FactFormats.count(facts.own().size())))));
    }

    static QuestionFamily commitsYear() {
        return QuestionFamily.of("commits_year", "how many commits I made in a given year",
                facts -> {
                    int year = facts.today().getYear() - 1;
                    return Optional.of(FamilyCase.of(Expectation.of(countOrZero(facts.ownCommitsOn(day -> day.getYear() == year))))
                            .with("year", year));
                });
    }

    static QuestionFamily commitsMonth() {
        return QuestionFamily.of("commits_month", "how many commits I made in a named month",
                facts -> {
                    YearMonth now = YearMonth.from(facts.today());
                    for (int back = 10; back <= 24; back++) {
                        YearMonth month = now.minusMonths(back);
                        long commits = facts.ownCommitsOn(day -> YearMonth.from(day).equals(month));
                        if (commits > 0) {
                            return Optional.of(FamilyCase.of(Expectation.of(FactFormats.count(commits)))
                                    .with("month_name", monthName(month.getMonth())).with("year", month.getYear()));
                        }
                    }
                    return Optional.empty();
                });
    }

    static QuestionFamily commitsLastMonth() {
        return QuestionFamily.of("commits_last_month", "how many commits I made last month",
                facts -> {
                    YearMonth last = YearMonth.from(facts.today()).minusMonths(1);
                    return Optional.of(FamilyCase.of(Expectation.of(countOrZero(
                            facts.ownCommitsOn(day -> YearMonth.from(day).equals(last))))));
                });
    }

    static QuestionFamily commitsThisYear() {
        return QuestionFamily.of("commits_this_year", "how many commits I made this year so far",
                facts -> Optional.of(FamilyCase.of(Expectation.of(countOrZero(
                        facts.ownCommitsOn(day -> day.getYear() == facts.today().getYear()))))));
    }

    static QuestionFamily commitsEmptyYear() {
        return QuestionFamily.of("commits_empty_year", "commits in a year before my first commit (none)",
                facts -> {
                    int year = facts.own().stream().mapToInt(commit -> AccountFacts.localDay(commit.commit()).getYear())
                            .min().orElse(facts.today().getYear()) - 2;
                    boolean anyThatYear = facts.loaded().stream()
                            .anyMatch(commit -> AccountFacts.localDay(commit.commit()).getYear() == year);
                    return anyThatYear ? Optional.empty()
                            : Optional.of(FamilyCase.of(Expectation.of(FactFormats.zero("commits"))).with("year", year));
                });
    }

    static QuestionFamily moreThisYearThanLast() {
        return QuestionFamily.of("more_this_year_than_last", "did I commit more this year than last year (yes/no, both numbers)",
                facts -> {
                    int year = facts.today().getYear();
                    long thisYear = facts.ownCommitsOn(day -> day.getYear() == year);
                    long lastYear = facts.ownCommitsOn(day -> day.getYear() == year - 1);
                    FactGroup verdict = thisYear > lastYear ? FactGroup.anyOf("yes")
                            : FactGroup.anyOf("no", "fewer", "less");
                    return Optional.of(FamilyCase.of(Expectation.of(verdict, FactFormats.count(thisYear),
                            FactFormats.count(lastYear))));
                });
    }

    static QuestionFamily linesAddedYear() {
        return QuestionFamily.of("lines_added_year", "how many lines I added in a given year",
                facts -> {
                    for (int year = facts.today().getYear() - 2; year < facts.today().getYear(); year++) {
                        int wanted = year;
                        List<Loaded> commits = facts.own().stream()
                                .filter(commit -> AccountFacts.localDay(commit.commit()).getYear() == wanted).toList();
                        if (!commits.isEmpty()) {
                            long added = commits.stream().mapToLong(commit -> commit.commit().additions()).sum();
                            return Optional.of(FamilyCase.of(Expectation.of(FactFormats.count(added))).with("year", year));
                        }
                    }
                    return Optional.empty();
                });
    }

    static QuestionFamily activeDaysYear() {
        return QuestionFamily.of("active_days_year", "on how many days I committed in a given year",
                facts -> {
                    int year = facts.today().getYear() - 1;
                    long days = ownActiveDays(facts).stream().filter(day -> day.getYear() == year).count();
                    return Optional.of(FamilyCase.of(Expectation.of(FactFormats.countOf(days, "days", "active days",
                            "different days", "distinct days", "separate days", "day"))).with("year", year));
                });
    }

    static QuestionFamily weekendCommits() {
        return QuestionFamily.of("weekend_commits", "how many of my commits were made on weekends",
                facts -> Optional.of(FamilyCase.of(Expectation.of(countOrZero(facts.ownCommitsOn(
                        day -> day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY))))));
    }

    static QuestionFamily busiestMonth() {
        return QuestionFamily.of("busiest_month", "my busiest month ever",
                facts -> {
                    Map<YearMonth, Long> perMonth = tally(facts.own(), commit -> YearMonth.from(AccountFacts.localDay(commit.commit())));
                    return top(perMonth).map(top -> FamilyCase.of(Expectation.of(FactFormats.anyMonth(top.keys())
                            .before(FactFormats.anyMonth(perMonth.keySet()).alternatives()))));
                });
    }

    static QuestionFamily busiestWeekday() {
        return QuestionFamily.of("busiest_weekday", "the weekday I commit most on",
                facts -> top(tally(facts.own(), commit -> AccountFacts.localDay(commit.commit()).getDayOfWeek()))
                        .map(top -> FamilyCase.of(Expectation.of(FactGroup.anyOf(ways(top.keys(), FactFormats::weekday))
                                .before(ways(List.of(DayOfWeek.values()), FactFormats::weekday))))));
    }

    static QuestionFamily busiestHourLocal() {
        return QuestionFamily.of("busiest_hour_local", "the hour of day I commit most, in my local time",
                facts -> busiestHour(facts, commit -> AccountFacts.localHour(commit.commit())));
    }

    static QuestionFamily busiestHourUtc() {
        return QuestionFamily.of("busiest_hour_utc", "the hour of day I commit most, in UTC",
                facts -> busiestHour(facts, commit -> AccountFacts.utcHour(commit.commit())));
    }

    static QuestionFamily longestStreak() {
        return QuestionFamily.of("longest_streak", "my longest streak of consecutive days with commits",
                facts -> {
                    List<LocalDate> days = new ArrayList<>(ownActiveDays(facts));
                    int longest = 0;
                    int run = 0;
                    for (int i = 0; i < days.size(); i++) {
                        run = i > 0 && days.get(i - 1).plusDays(1).equals(days.get(i)) ? run + 1 : 1;
                        longest = Math.max(longest, run);
                    }
                    return longest == 0 ? Optional.empty() : Optional.of(FamilyCase.of(Expectation.of(
                            FactFormats.countOf(longest, "days", "day", "consecutive days", "days in a row"))));
                });
    }

    static QuestionFamily firstCommit() {
        return QuestionFamily.of("first_commit", "my very first commit: repository and date",
                facts -> facts.own().stream()
                        .min(Comparator.comparing((Loaded commit) -> commit.commit().authoredAt().toInstant())
                                .thenComparing(commit -> commit.commit().sha()))
                        .map(first -> FamilyCase.of(Expectation.of(FactFormats.name(first.repo().name()),
                                FactFormats.date(AccountFacts.localDay(first.commit()))))));
    }

    static QuestionFamily topThreeRepos() {
        return QuestionFamily.of("top3_repos", "my top three repositories by my own commits",
                facts -> {
                    Map<String, Long> perRepo = tally(facts.own(), commit -> commit.repo().name());
                    List<Map.Entry<String, Long>> ranked = perRepo.entrySet().stream()
                            .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                            .toList();
                    if (ranked.size() < 3) {
                        return Optional.empty();
                    }
                    List<FactGroup> topThree = new ArrayList<>();
                    for (int place = 0; place < 3; place++) {
                        long commits = ranked.get(place).getValue();
                        // A tie at a place: any of the tied repositories may be named there.
                        topThree.add(FactGroup.anyOf(ranked.stream().filter(entry -> entry.getValue() == commits)
                                .map(Map.Entry::getKey).toList()));
                    }
                    // Showing a few runners-up is fine; listing every repository is not an answer.
                    long fifth = ranked.get(Math.min(4, ranked.size() - 1)).getValue();
                    List<String> farBehind = ranked.stream().filter(entry -> entry.getValue() < fifth)
                            .map(Map.Entry::getKey).toList();
                    return Optional.of(FamilyCase.of(Expectation.of(topThree).forbidding(farBehind)));
                });
    }

    static QuestionFamily topCollaborator() {
        return QuestionFamily.of("top_collaborator", "the person I collaborate with most across all repositories",
                facts -> {
                    List<Loaded> theirs = facts.loaded().stream().filter(commit -> facts.isSomeoneElse(commit.commit())).toList();
                    Map<String, Long> perLogin = tally(theirs, commit -> commit.commit().authorLogin()
                            .orElse(commit.commit().authorEmail()));
                    Function<String, FactGroup> person = login -> FactFormats.person(theirs.stream()
                            .filter(commit -> commit.commit().authorLogin().orElse(commit.commit().authorEmail()).equals(login))
                            .findFirst().orElseThrow().commit().authorName(), login);
                    return top(perLogin).map(top -> FamilyCase.of(Expectation.of(
                            FactGroup.anyOf(ways(top.keys(), person)).before(ways(perLogin.keySet(), person)))));
                });
    }

    static QuestionFamily staleForAYear() {
        return QuestionFamily.of("stale_year", "repositories with no commit for over a year",
                facts -> Optional.of(FamilyCase.of(staleSince(facts, facts.today().minusYears(1)))));
    }

    static QuestionFamily noCommitSince() {
        return QuestionFamily.of("no_commit_since", "repositories with no commit since a given date",
                facts -> {
                    YearMonth now = YearMonth.from(facts.today());
                    for (int back = 8; back <= 20; back++) {
                        LocalDate cutoff = now.minusMonths(back).atDay(1);
                        Expectation expectation = staleSince(facts, cutoff);
                        boolean clearCut = facts.repos().stream().allMatch(repo -> !nearEdge(facts, repo, cutoff));
                        if (clearCut && !expectation.forbidden().isEmpty()
                                && !expectation.required().get(0).equals(FactFormats.none())) {
                            return Optional.of(FamilyCase.of(expectation)
                                    .with("month_name", monthName(cutoff.getMonth())).with("year", cutoff.getYear())
                                    .with("date", monthName(cutoff.getMonth()) + " 1, " + cutoff.getYear()));
                        }
                    }
                    return Optional.empty();
                });
    }

    static QuestionFamily reposCreatedInYear() {
        return QuestionFamily.of("repos_created_year", "which repositories I created in a given year",
                facts -> {
                    Map<Integer, Long> perYear = tally(facts.repos(), repo -> createdDay(repo).getYear());
                    return perYear.entrySet().stream()
                            .filter(entry -> entry.getValue() >= 2)
                            .max(Map.Entry.<Integer, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                            .map(Map.Entry::getKey)
                            .map(year -> {
                                Predicate<DemoRepo> created = repo -> createdDay(repo).getYear() == year;
                                // A repository created within a day of New Year is in either year, by time zone.
                                Predicate<DemoRepo> edge = repo -> createdDay(repo).getDayOfYear() == 1
                                        || createdDay(repo).plusDays(1).getDayOfYear() == 1;
                                return FamilyCase.of(Expectation.listing(facts.names(created.and(edge.negate())),
                                        facts.names(created.negate().and(edge.negate())))).with("year", year);
                            });
                });
    }

    static QuestionFamily oldestRepo() {
        return QuestionFamily.of("oldest_repo", "my oldest repository (by creation date)",
                facts -> facts.sorted(Comparator.comparing(DemoRepo::createdAt)).stream().findFirst()
                        .map(repo -> FamilyCase.of(Expectation.of(FactFormats.name(repo.name()).before(facts.allNames())))));
    }

    static QuestionFamily newestRepo() {
        return QuestionFamily.of("newest_repo", "my newest repository (by creation date)",
                facts -> facts.sorted(Comparator.comparing(DemoRepo::createdAt).reversed()).stream().findFirst()
                        .map(repo -> FamilyCase.of(Expectation.of(FactFormats.name(repo.name()).before(facts.allNames())))));
    }

    static QuestionFamily languageInYear() {
        return QuestionFamily.of("language_year", "my repositories in a language that I committed to in a given year",
                facts -> {
                    SortedSet<String> languages = new TreeSet<>();
                    facts.repos().forEach(repo -> repo.primaryLanguage().ifPresent(languages::add));
                    for (String language : languages) {
                        Predicate<DemoRepo> inLanguage = repo -> repo.primaryLanguage().filter(language::equals).isPresent();
                        Predicate<DemoRepo> hasBytes = repo -> repo.languageBytes().containsKey(language);
                        // Only languages where "my X repos" cannot mean anything else: no other repo has X code.
                        if (!facts.names(inLanguage).equals(facts.names(hasBytes)) || facts.names(inLanguage).size() < 2) {
                            continue;
                        }
                        for (int year = facts.today().getYear(); year >= facts.today().getYear() - 2; year--) {
                            int wanted = year;
                            Predicate<DemoRepo> local = repo -> facts.own(repo).stream()
                                    .anyMatch(commit -> AccountFacts.localDay(commit.commit()).getYear() == wanted);
                            Predicate<DemoRepo> utc = repo -> facts.own(repo).stream()
                                    .anyMatch(commit -> AccountFacts.utcDay(commit.commit()).getYear() == wanted);
                            SortedSet<String> expected = facts.names(inLanguage.and(local).and(utc));
                            SortedSet<String> unexpected = facts.names(inLanguage.and(local.or(utc)).negate());
                            if (!expected.isEmpty() && expected.size() < facts.names(inLanguage).size()) {
                                return Optional.of(FamilyCase.of(Expectation.listing(expected, unexpected))
                                        .with("language", language).with("year", year));
                            }
                        }
                    }
                    return Optional.empty();
                });
    }

    // ------------------------------------------------------------------ shared

    /** The most frequent keys (all of them when tied) and their count. */
    record Top<K>(List<K> keys, long count) {
    }

    static <K> Optional<Top<K>> top(Map<K, Long> tally) {
        long most = tally.values().stream().mapToLong(Long::longValue).max().orElse(0);
        if (most == 0) {
            return Optional.empty();
        }
        return Optional.of(new Top<>(tally.entrySet().stream().filter(entry -> entry.getValue() == most)
                .map(Map.Entry::getKey).toList(), most));
    }

    static <T, K> Map<K, Long> tally(Collection<T> items, Function<T, K> key) {
        return items.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.counting()));
    }

    static FactGroup countOrZero(long count) {
        return count == 0 ? FactFormats.zero("commits") : FactFormats.count(count);
    }

    static SortedSet<LocalDate> ownActiveDays(AccountFacts facts) {
        return facts.own().stream().map(commit -> AccountFacts.localDay(commit.commit()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static LocalDate createdDay(DemoRepo repo) {
        return repo.createdAt().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    static String monthName(Month month) {
        return month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static Optional<FamilyCase> busiestHour(AccountFacts facts, Function<Loaded, Integer> hourOf) {
        List<Integer> hours = IntStream.range(0, 24).boxed().toList();
        return top(tally(facts.own(), hourOf)).map(top -> FamilyCase.of(Expectation.of(
                FactGroup.anyOf(ways(top.keys(), FactFormats::hour)).before(ways(hours, FactFormats::hour)))));
    }

    /** Every way of writing any of {@code values}. */
    static <T> List<String> ways(Collection<T> values, Function<T, FactGroup> format) {
        return values.stream().flatMap(value -> format.apply(value).alternatives().stream()).toList();
    }

    /**
     * Repositories without a commit since {@code cutoff}: those stale whether "commit" means anyone's or mine are
     * expected, those active either way must not be named, and the rest (or any within {@link #EDGE_DAYS} of the
     * cut-off) may go either way.
     */
    private static Expectation staleSince(AccountFacts facts, LocalDate cutoff) {
        Predicate<DemoRepo> staleByAnyone = repo -> facts.lastLocalDay(repo, false).map(day -> day.isBefore(cutoff)).orElse(true);
        Predicate<DemoRepo> staleByMe = repo -> facts.lastLocalDay(repo, true).map(day -> day.isBefore(cutoff)).orElse(true);
        Predicate<DemoRepo> edge = repo -> nearEdge(facts, repo, cutoff);
        return Expectation.listing(facts.names(staleByAnyone.and(staleByMe).and(edge.negate())),
                facts.names(staleByAnyone.negate().and(staleByMe.negate()).and(edge.negate())));
    }

    private static boolean nearEdge(AccountFacts facts, DemoRepo repo, LocalDate cutoff) {
        for (boolean ownOnly : List.of(false, true)) {
            Optional<LocalDate> last = facts.lastLocalDay(repo, ownOnly);
            if (last.isPresent() && Math.abs(ChronoUnit.DAYS.between(cutoff, last.get())) <= EDGE_DAYS) {
                return true;
            }
        }
        return false;
    }
}
