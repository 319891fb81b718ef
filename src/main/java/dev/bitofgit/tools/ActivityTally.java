package dev.bitofgit.tools;

import dev.bitofgit.store.ProfileQueries.CommitInstant;
import dev.bitofgit.store.ProfileQueries.DayActivity;
import dev.bitofgit.store.ProfileQueries.HourActivity;
import java.time.Instant;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Commit counts per calendar day and per hour of day, and what follows from them (totals, active days, the longest
 * streak, series by week, month, year or weekday and their busiest period). Built from the day roll-ups (each
 * commit's own zone, the default) or from single commits placed in an explicit zone. Pure arithmetic: no store, no
 * JSON.
 */
final class ActivityTally {
    /** A run of consecutive active days: how many, and the first and last (absent when there is no active day). */
    record Streak(long days, Optional<LocalDate> start, Optional<LocalDate> end) {
    }

    private final TreeMap<Long, long[]> days;
    private final long[] hours;
    private final boolean own;
    private final boolean linesKnown;

    private ActivityTally(TreeMap<Long, long[]> days, long[] hours, boolean own, boolean linesKnown) {
        this.days = days;
        this.hours = hours;
        this.own = own;
        this.linesKnown = linesKnown;
    }

    /** From day roll-ups (everyone's, or the user's own when the rows are), and hour counts from the same commits. */
    static ActivityTally ofDays(List<DayActivity> rows, List<HourActivity> hourRows) {
        TreeMap<Long, long[]> days = new TreeMap<>();
        for (DayActivity row : rows) {
            days.put(row.epochDay(), new long[] {row.commits(), row.ownCommits(), row.additions(), row.deletions()});
        }
        long[] hours = new long[24];
        hourRows.forEach(row -> hours[row.hour()] += row.commits());
        return new ActivityTally(days, hours, false, true);
    }

    /**
     * From single commits: each is placed on the calendar of {@code zone} (or its own offset when empty), and only
     * days in [{@code since}, {@code until}) of that calendar are kept. The commits are the user's own when {@code own}.
     */
    static ActivityTally ofCommits(List<CommitInstant> commits, Optional<ZoneId> zone, OptionalLong since,
                                   OptionalLong until, boolean own) {
        long firstDay = since.isPresent() ? Math.floorDiv(since.getAsLong(), 86_400L) : Long.MIN_VALUE;
        long endDay = until.isPresent() ? Math.floorDiv(until.getAsLong() + 86_399L, 86_400L) : Long.MAX_VALUE;
        TreeMap<Long, long[]> days = new TreeMap<>();
        long[] hours = new long[24];
        for (CommitInstant commit : commits) {
            long local = zone.map(z -> Instant.ofEpochSecond(commit.authoredAt()).atZone(z).toLocalDateTime()
                            .toEpochSecond(ZoneOffset.UTC))
                    .orElse(commit.authoredAt() + commit.utcOffsetMinutes() * 60L);
            long day = Math.floorDiv(local, 86_400L);
            if (day < firstDay || day >= endDay) {
                continue;
            }
            long[] sums = days.computeIfAbsent(day, key -> new long[4]);
            sums[0]++;
            sums[1] += commit.own() ? 1 : 0;
            sums[2] += commit.additions();
            sums[3] += commit.deletions();
            hours[(int) (Math.floorMod(local, 86_400L) / 3_600L)]++;
        }
        return new ActivityTally(days, hours, own, true);
    }

    long commits() {
        return days.values().stream().mapToLong(sums -> own ? sums[1] : sums[0]).sum();
    }

    long ownCommits() {
        return days.values().stream().mapToLong(sums -> sums[1]).sum();
    }

    Optional<Long> additions() {
        return linesKnown ? Optional.of(days.values().stream().mapToLong(sums -> sums[2]).sum()) : Optional.empty();
    }

    Optional<Long> deletions() {
        return linesKnown ? Optional.of(days.values().stream().mapToLong(sums -> sums[3]).sum()) : Optional.empty();
    }

    /** Days with a commit by the user, in order. */
    List<Long> activeDays() {
        List<Long> active = new ArrayList<>();
        days.forEach((day, sums) -> {
            if (sums[1] > 0) {
                active.add(day);
            }
        });
        return active;
    }

    /** The longest run of consecutive days with a commit by the user; the earliest of equally long runs. */
    Streak longestStreak() {
        return longestStreak(activeDays());
    }

    /** The longest run of consecutive days in {@code activeDays} (epoch days, ascending); the earliest of ties. */
    static Streak longestStreak(List<Long> activeDays) {
        long bestLength = 0;
        long bestStart = 0;
        long runStart = 0;
        long previous = Long.MIN_VALUE;
        long run = 0;
        for (long day : activeDays) {
            if (day == previous + 1) {
                run++;
            } else {
                run = 1;
                runStart = day;
            }
            if (run > bestLength) {
                bestLength = run;
                bestStart = runStart;
            }
            previous = day;
        }
        return bestLength == 0 ? new Streak(0, Optional.empty(), Optional.empty())
                : new Streak(bestLength, Optional.of(LocalDate.ofEpochDay(bestStart)),
                        Optional.of(LocalDate.ofEpochDay(bestStart + bestLength - 1)));
    }

    /** The period of a series with most commits; the first in key order of equally busy ones. */
    static Optional<Map.Entry<String, Long>> busiest(Map<String, Long> series) {
        Map.Entry<String, Long> busiest = null;
        for (Map.Entry<String, Long> entry : series.entrySet()) {
            if (busiest == null || entry.getValue() > busiest.getValue()) {
                busiest = entry;
            }
        }
        return Optional.ofNullable(busiest);
    }

    /** A period key as people read it: weekdays by their English name ("3" is Wednesday), other keys as they are. */
    static String label(String groupBy, String key) {
        if (groupBy.equals("weekday")) {
            return DayOfWeek.of(Integer.parseInt(key)).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }
        return key;
    }

    /** Commit counts per period key, in key order ("2024-03", "2024-W09", "3" for Wednesday, "09" for 9 h). */
    Map<String, Long> series(String groupBy) {
        TreeMap<String, Long> series = new TreeMap<>();
        if (groupBy.equals("hour")) {
            for (int hour = 0; hour < 24; hour++) {
                if (hours[hour] > 0) {
                    series.put(String.format(Locale.ROOT, "%02d", hour), hours[hour]);
                }
            }
            return series;
        }
        days.forEach((day, sums) -> {
            long count = own ? sums[1] : sums[0];
            if (count > 0) {
                series.merge(period(groupBy, day), count, Long::sum);
            }
        });
        return series;
    }

    /**
     * Per period of a calendar grouping (not hours): lines added, lines deleted and active days — {additions,
     * deletions, days}; lines are -1 when the tally does not know them.
     */
    Map<String, long[]> periodDetails(String groupBy) {
        TreeMap<String, long[]> details = new TreeMap<>();
        days.forEach((day, sums) -> {
            long count = own ? sums[1] : sums[0];
            if (count > 0) {
                long[] d = details.computeIfAbsent(period(groupBy, day), key -> new long[3]);
                d[0] += linesKnown ? sums[2] : 0;
                d[1] += linesKnown ? sums[3] : 0;
                d[2]++;
            }
        });
        if (!linesKnown) {
            details.values().forEach(d -> {
                d[0] = -1;
                d[1] = -1;
            });
        }
        return details;
    }

    static String period(String groupBy, long epochDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        return switch (groupBy) {
            case "day" -> date.toString();
            case "week" -> String.format(Locale.ROOT, "%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                    date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case "year" -> String.valueOf(date.getYear());
            case "weekday" -> String.valueOf(date.getDayOfWeek().getValue());
            default -> String.format(Locale.ROOT, "%d-%02d", date.getYear(), date.getMonthValue());
        };
    }
}
