package dev.bitofgit.tools;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.OptionalLong;

/**
 * A period's bounds in epoch seconds, either open, as the pull request, review and issue statistics read them; and
 * the UTC year or month labels their series are keyed by. Pure arithmetic.
 */
record Period(OptionalLong since, OptionalLong until) {

    /** The period the {@code since} and {@code until} arguments give; since must come first. */
    static Period of(ToolArguments args) {
        OptionalLong since = args.instant("since");
        OptionalLong until = args.instant("until");
        if (since.isPresent() && until.isPresent() && since.getAsLong() >= until.getAsLong()) {
            throw new ToolException("'since' must be before 'until'");
        }
        return new Period(since, until);
    }

    boolean contains(Long epochSeconds) {
        return epochSeconds != null && (since.isEmpty() || epochSeconds >= since.getAsLong())
                && (until.isEmpty() || epochSeconds < until.getAsLong());
    }

    /** Whether both bounds (when given) fall on the first of a month, 00:00 UTC: the roll-up then answers exactly. */
    boolean monthAligned() {
        return aligned(since) && aligned(until);
    }

    private static boolean aligned(OptionalLong bound) {
        if (bound.isEmpty()) {
            return true;
        }
        ZonedDateTime at = Instant.ofEpochSecond(bound.getAsLong()).atZone(ZoneOffset.UTC);
        return at.getDayOfMonth() == 1 && at.toLocalTime().equals(LocalTime.MIDNIGHT);
    }

    /** Whether a whole UTC month (year * 12 + month - 1) lies in the period (periods start on month bounds). */
    boolean containsMonth(int month) {
        long start = LocalDate.of(month / 12, month % 12 + 1, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        return contains(start);
    }

    /** The UTC year ("2024") or month ("2024-03") of an instant. */
    static String label(long epochSeconds, boolean byMonth) {
        LocalDate day = LocalDate.ofInstant(Instant.ofEpochSecond(epochSeconds), ZoneOffset.UTC);
        return byMonth ? String.format("%d-%02d", day.getYear(), day.getMonthValue()) : String.valueOf(day.getYear());
    }

    /** The year or month label of a month number (year * 12 + month - 1). */
    static String monthLabel(int month, boolean byMonth) {
        return byMonth ? String.format("%d-%02d", month / 12, month % 12 + 1) : String.valueOf(month / 12);
    }
}
