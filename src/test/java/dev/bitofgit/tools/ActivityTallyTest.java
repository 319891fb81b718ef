package dev.bitofgit.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitofgit.store.ProfileQueries.CommitInstant;
import dev.bitofgit.store.ProfileQueries.DayActivity;
import dev.bitofgit.store.ProfileQueries.HourActivity;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The activity arithmetic on hand-made days and commits: totals, streaks, periods, series and the busiest period. */
class ActivityTallyTest {
    private static long day(String date) {
        return LocalDate.parse(date).toEpochDay();
    }

    @Test
    void longestStreak_isTheLongestRunOfConsecutiveDays_theEarliestOfTies() {
        ActivityTally.Streak streak = ActivityTally.longestStreak(List.of(day("2024-01-01"), day("2024-01-02"),
                day("2024-01-05"), day("2024-01-06"), day("2024-01-07"), day("2024-02-01"), day("2024-02-02"),
                day("2024-02-03")));
        assertThat(streak.days()).isEqualTo(3);
        assertThat(streak.start()).contains(LocalDate.parse("2024-01-05"));
        assertThat(streak.end()).contains(LocalDate.parse("2024-01-07"));
    }

    @Test
    void longestStreak_acrossAMonthEnd_andOfOneDay_andOfNone() {
        ActivityTally.Streak acrossMonths = ActivityTally.longestStreak(List.of(day("2024-02-28"), day("2024-02-29"),
                day("2024-03-01")));
        assertThat(acrossMonths.days()).isEqualTo(3);
        assertThat(acrossMonths.end()).contains(LocalDate.parse("2024-03-01"));
        ActivityTally.Streak one = ActivityTally.longestStreak(List.of(day("2023-07-04")));
        assertThat(one.days()).isEqualTo(1);
        assertThat(one.start()).isEqualTo(one.end()).contains(LocalDate.parse("2023-07-04"));
        assertThat(ActivityTally.longestStreak(List.of()))
                .isEqualTo(new ActivityTally.Streak(0, Optional.empty(), Optional.empty()));
    }

    @Test
    void ofDays_totalsActiveDaysAndTheUsersStreak() {
        ActivityTally tally = ActivityTally.ofDays(List.of(
                new DayActivity(day("2024-03-04"), 3, 2, 10, 4),
                new DayActivity(day("2024-03-05"), 1, 0, 5, 5),   // others only: not an active day of the user
                new DayActivity(day("2024-03-06"), 2, 1, 1, 0),
                new DayActivity(day("2024-03-07"), 4, 4, 0, 9)), List.of(new HourActivity(9, 6), new HourActivity(22, 4)));
        assertThat(tally.commits()).isEqualTo(10);
        assertThat(tally.ownCommits()).isEqualTo(7);
        assertThat(tally.additions()).contains(16L);
        assertThat(tally.deletions()).contains(18L);
        assertThat(tally.activeDays()).containsExactly(day("2024-03-04"), day("2024-03-06"), day("2024-03-07"));
        assertThat(tally.longestStreak().days()).isEqualTo(2);
        assertThat(tally.longestStreak().start()).contains(LocalDate.parse("2024-03-06"));
        assertThat(tally.series("hour")).containsExactly(Map.entry("09", 6L), Map.entry("22", 4L));
    }

    @Test
    void periods_keyByDayWeekMonthYearAndWeekday() {
        long sunday = day("2023-01-01"); // ISO week 52 of 2022
        assertThat(ActivityTally.period("day", sunday)).isEqualTo("2023-01-01");
        assertThat(ActivityTally.period("week", sunday)).isEqualTo("2022-W52");
        assertThat(ActivityTally.period("month", sunday)).isEqualTo("2023-01");
        assertThat(ActivityTally.period("year", sunday)).isEqualTo("2023");
        assertThat(ActivityTally.period("weekday", sunday)).isEqualTo("7");
        assertThat(ActivityTally.label("weekday", "7")).isEqualTo("Sunday");
        assertThat(ActivityTally.label("weekday", "3")).isEqualTo("Wednesday");
        assertThat(ActivityTally.label("month", "2023-01")).isEqualTo("2023-01");
    }

    @Test
    void seriesAndDetails_perMonth_countOnlyDaysWithCommits() {
        ActivityTally tally = ActivityTally.ofDays(List.of(
                new DayActivity(day("2024-01-30"), 2, 2, 3, 1),
                new DayActivity(day("2024-01-31"), 1, 0, 2, 2),
                new DayActivity(day("2024-02-01"), 5, 1, 7, 0),
                new DayActivity(day("2024-02-02"), 0, 0, 0, 0)), List.of());
        assertThat(tally.series("month")).containsExactly(Map.entry("2024-01", 3L), Map.entry("2024-02", 5L));
        Map<String, long[]> details = tally.periodDetails("month");
        assertThat(details.get("2024-01")).containsExactly(5, 3, 2);
        assertThat(details.get("2024-02")).containsExactly(7, 0, 1);
    }

    @Test
    void ofCommits_placesEachCommitOnTheCalendarAsked_andKeepsTheDaysInRange() {
        // 23:30 at +02:00 on 1 March is 21:30 UTC the same day, and 06:30 on 2 March in Tokyo.
        long instant = OffsetDateTime.parse("2024-03-01T23:30:00+02:00").toEpochSecond();
        List<CommitInstant> commits = List.of(new CommitInstant(instant, 120, true, 4, 2),
                new CommitInstant(OffsetDateTime.parse("2024-02-29T12:00:00Z").toEpochSecond(), 0, false, 1, 1));
        ActivityTally own = ActivityTally.ofCommits(commits, Optional.empty(), OptionalLong.empty(),
                OptionalLong.empty(), false);
        assertThat(own.series("day")).containsExactly(Map.entry("2024-02-29", 1L), Map.entry("2024-03-01", 1L));
        assertThat(own.series("hour")).containsExactly(Map.entry("12", 1L), Map.entry("23", 1L));
        ActivityTally tokyo = ActivityTally.ofCommits(commits, Optional.of(ZoneId.of("Asia/Tokyo")),
                OptionalLong.of(LocalDate.parse("2024-03-02").atStartOfDay().toEpochSecond(ZoneOffset.UTC)),
                OptionalLong.empty(), true);
        assertThat(tokyo.series("day")).containsExactly(Map.entry("2024-03-02", 1L));
        assertThat(tokyo.commits()).isEqualTo(1);
        assertThat(tokyo.additions()).contains(4L);
    }

    @Test
    void busiest_isThePeriodWithMostCommits_theFirstOfTies_andNoneOfAnEmptySeries() {
        Map<String, Long> series = new LinkedHashMap<>();
        series.put("2024-01", 3L);
        series.put("2024-02", 7L);
        series.put("2024-03", 7L);
        assertThat(ActivityTally.busiest(series)).contains(Map.entry("2024-02", 7L));
        assertThat(ActivityTally.busiest(Map.of())).isEmpty();
    }
}
