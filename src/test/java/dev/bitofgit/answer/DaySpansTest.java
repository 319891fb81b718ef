package dev.bitofgit.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DaySpansTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "commits from December 24, 2025 to January 1, 2026 | 2025-12-24 | 2026-01-02",
            "between 2025-03-01 and 2025-03-31 | 2025-03-01 | 2025-04-01",
            "the first week of january 2026 (january 1 to 7) | 2026-01-01 | 2026-01-08",
            "march 3rd-10th, 2025 | 2025-03-03 | 2025-03-11",
            "from dec 28 to jan 3 | 2026-12-28 | 2027-01-04",
            "in the last week of february 2024 | 2024-02-23 | 2024-03-01",
            "second week of march | 2026-03-08 | 2026-03-15"})
    void aSpanToTheDayIncludesItsLastDay(String question, LocalDate since, LocalDate until) {
        Optional<TimeRange> range = TimeRanges.find(question, TODAY);
        assertThat(range).isPresent();
        assertThat(range.get().since()).isEqualTo(since);
        assertThat(range.get().until()).isEqualTo(until);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"commits in march 2025", "february 30 to 31, 2024", "the first week"})
    void noDaySpanWhereNoneIsSaid(String question) {
        assertThat(DaySpans.find(question, TODAY)).isEmpty();
    }
}
