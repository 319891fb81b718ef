package dev.bitofgit.store;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * Conditions on single commits beyond who, where and when: the kind of change ({@link CommitKinds}), the hours of the
 * day and the weekdays it was made in (in each commit's own time zone, or at a fixed offset), how many files and lines
 * it changed, and whether it deleted more than it added. Evaluated in SQL over the commits table, so they apply to any
 * query that reads commits rather than the roll-ups.
 */
public record CommitConditions(Optional<String> kind, OptionalInt fromHour, OptionalInt toHour, OptionalInt offsetSeconds,
                               Set<Integer> weekdays, OptionalInt minFiles, OptionalInt maxFiles, OptionalInt minLines,
                               OptionalInt maxLines, boolean moreDeletedThanAdded, boolean excludeMerges) {
    public static final CommitConditions NONE = new CommitConditions(Optional.empty(), OptionalInt.empty(),
            OptionalInt.empty(), OptionalInt.empty(), Set.of(), OptionalInt.empty(), OptionalInt.empty(),
            OptionalInt.empty(), OptionalInt.empty(), false, false);

    public CommitConditions {
        weekdays = Set.copyOf(weekdays);
        kind.ifPresent(name -> {
            if (!CommitKinds.names().contains(name)) {
                throw new IllegalArgumentException("kind '" + name + "' is not one of " + CommitKinds.names());
            }
        });
        if (fromHour.isPresent() != toHour.isPresent()) {
            throw new IllegalArgumentException("from_hour and to_hour go together");
        }
        for (OptionalInt hour : List.of(fromHour, toHour)) {
            if (hour.isPresent() && (hour.getAsInt() < 0 || hour.getAsInt() > 24)) {
                throw new IllegalArgumentException("hours are 0 to 24");
            }
        }
        if (weekdays.stream().anyMatch(day -> day < 1 || day > 7)) {
            throw new IllegalArgumentException("weekdays are 1 (Monday) to 7 (Sunday)");
        }
    }

    /** Whether any condition is set. */
    public boolean any() {
        return kind.isPresent() || fromHour.isPresent() || !weekdays.isEmpty() || minFiles.isPresent()
                || maxFiles.isPresent() || minLines.isPresent() || maxLines.isPresent() || moreDeletedThanAdded
                || excludeMerges;
    }

    /** The conditions over the commits table aliased {@code c}, with their values. */
    Conditions where() {
        Conditions where = new Conditions();
        kind.ifPresent(name -> where.and(CommitKinds.sql() + " = :cond_kind", "cond_kind", name));
        String local = "(c.authored_at + " + (offsetSeconds.isPresent() ? ":cond_offset" : "c.author_utc_offset * 60") + ")";
        offsetSeconds.ifPresent(offset -> where.value("cond_offset", offset));
        if (fromHour.isPresent() && fromHour.getAsInt() % 24 != toHour.getAsInt() % 24) {
            String hour = "(((" + local + " % 86400) + 86400) % 86400 / 3600)";
            int from = fromHour.getAsInt() % 24;
            int to = toHour.getAsInt() % 24;
            where.and(from < to ? hour + " >= :cond_from AND " + hour + " < :cond_to"
                    : "(" + hour + " >= :cond_from OR " + hour + " < :cond_to)")
                    .value("cond_from", from).value("cond_to", to);
        }
        if (!weekdays.isEmpty()) {
            // 1970-01-01 was a Thursday (ISO 4); commits predate no epoch, so the division is a floor.
            where.in("((" + local + " / 86400 + 3) % 7 + 1)", "cond_weekdays", List.copyOf(new TreeSet<>(weekdays)));
        }
        minFiles.ifPresent(n -> where.and("c.changed_files >= :cond_min_files", "cond_min_files", n));
        maxFiles.ifPresent(n -> where.and("c.changed_files <= :cond_max_files", "cond_max_files", n));
        minLines.ifPresent(n -> where.and("(c.additions + c.deletions) >= :cond_min_lines", "cond_min_lines", n));
        maxLines.ifPresent(n -> where.and("(c.additions + c.deletions) <= :cond_max_lines", "cond_max_lines", n));
        if (moreDeletedThanAdded) {
            where.and("c.deletions > c.additions");
        }
        if (excludeMerges) {
            where.and("c.parent_count < 2");
        }
        return where;
    }
}
