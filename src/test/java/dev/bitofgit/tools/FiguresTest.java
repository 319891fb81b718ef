package dev.bitofgit.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The small arithmetic of tool results and of work periods, on values worked out by hand. */
class FiguresTest {
    @Test
    void percentAndAverage_toOneDecimal_andZeroOfNothing() {
        assertThat(Figures.percent(1, 3)).isEqualTo(33.3);
        assertThat(Figures.percent(2, 3)).isEqualTo(66.7);
        assertThat(Figures.percent(5, 0)).isZero();
        assertThat(Figures.average(new int[] {10, 20, 25})).isEqualTo(18.3);
        assertThat(Figures.average(new int[0])).isZero();
        assertThat(Figures.tenths(1.25)).isEqualTo(1.3);
    }

    @Test
    void percentile_isNearestRank() {
        List<Long> values = List.of(15L, 20L, 35L, 40L, 50L);
        assertThat(Figures.percentile(values, 50)).contains(35L);
        assertThat(Figures.percentile(values, 90)).contains(50L);
        assertThat(Figures.percentile(values, 30)).contains(20L);
        assertThat(Figures.percentile(List.of(7L), 90)).contains(7L);
        assertThat(Figures.percentile(List.of(), 50)).isEmpty();
    }

    @Test
    void counts_mostFirst_thenByValue_caseTogetherOnlyWhenAsked() {
        assertThat(Figures.counts(List.of("Java", "Go", "Java", "C", "go")))
                .containsExactly(Map.entry("Java", 2L), Map.entry("C", 1L), Map.entry("Go", 1L), Map.entry("go", 1L));
        assertThat(Figures.countsIgnoringCase(List.of("Go", "Java", "go", "C", "GO"), 2))
                .containsExactly(Map.entry("Go", 3L), Map.entry("C", 1L));
    }

    @Test
    void period_boundsMonthsAndLabels() {
        long march = 1_709_251_200L; // 2024-03-01T00:00:00Z
        Period period = new Period(OptionalLong.of(march), OptionalLong.empty());
        assertThat(period.contains(march)).isTrue();
        assertThat(period.contains(march - 1)).isFalse();
        assertThat(period.contains(null)).isFalse();
        assertThat(period.monthAligned()).isTrue();
        assertThat(new Period(OptionalLong.of(march + 3_600), OptionalLong.empty()).monthAligned()).isFalse();
        assertThat(period.containsMonth(2024 * 12 + 2)).isTrue();
        assertThat(period.containsMonth(2024 * 12 + 1)).isFalse();
        assertThat(Period.label(march, true)).isEqualTo("2024-03");
        assertThat(Period.label(march, false)).isEqualTo("2024");
        assertThat(Period.monthLabel(2024 * 12 + 11, true)).isEqualTo("2024-12");
    }
}
