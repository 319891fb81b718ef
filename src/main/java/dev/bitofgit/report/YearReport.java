package dev.bitofgit.report;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A year in review: the year's facts with the previous year's beside them, a paragraph written from those facts and
 * nothing else, and the notes that say how each number was counted. {@code privateIncluded} says whether private
 * repositories were in view (a session of the account, and no public_only); a report without them holds nothing
 * that anonymous callers could not read.
 */
public record YearReport(String username, Optional<String> name, boolean privateIncluded, String timeZone,
                         Instant generatedAt, YearFacts current, YearFacts previous, String narrative,
                         List<String> method, Optional<String> dataStatus) {
    public YearReport {
        requireNonNull(username, "username == null");
        requireNonNull(name, "name == null");
        requireNonNull(timeZone, "timeZone == null");
        requireNonNull(generatedAt, "generatedAt == null");
        requireNonNull(current, "current == null");
        requireNonNull(previous, "previous == null");
        requireNonNull(narrative, "narrative == null");
        method = List.copyOf(method);
        requireNonNull(dataStatus, "dataStatus == null");
    }

    public int year() {
        return current.year();
    }

    /** The name to put on the page: the account's display name, else its login. */
    public String displayName() {
        return name.filter(n -> !n.isBlank()).orElse(username);
    }
}
