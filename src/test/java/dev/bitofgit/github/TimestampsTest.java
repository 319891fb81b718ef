package dev.bitofgit.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {
    @ParameterizedTest
    @ValueSource(strings = {"2024-03-05T14:07:09Z", "2024-03-05T14:07:09+01:00", "1999-12-31T23:59:59-05:30",
        "2024-02-29T00:00:00+14:00", "2024-03-05T14:07:09.123Z", "2024-03-05T14:07:09.5+02:00"})
    void agreesWithJavaTime(String text) {
        assertThat(Timestamps.parse(text)).isEqualTo(OffsetDateTime.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-13-05T14:07:09Z", "2024-03-05T14:07:0xZ", "yesterday", "2024-02-30T00:00:00Z"})
    void rejectsWhatJavaTimeRejects(String text) {
        assertThatThrownBy(() -> Timestamps.parse(text)).isInstanceOf(DateTimeParseException.class);
    }
}
