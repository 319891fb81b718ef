package dev.bitofgit.answer;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/** A period named in a question: [since, until) in whole days, with the words that named it ("in 2024"). */
public record TimeRange(LocalDate since, LocalDate until, String label) {
    public TimeRange {
        requireNonNull(since, "since == null");
        requireNonNull(until, "until == null");
        requireNonNull(label, "label == null");
        if (!since.isBefore(until)) {
            throw new IllegalArgumentException("empty range " + since + " … " + until);
        }
    }
}
