package dev.bitofgit.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Conversions between record components and the portable column types (epoch seconds, newline lists). */
final class Rows {
    private Rows() {
    }

    static Long epoch(Instant instant) {
        return instant == null ? null : instant.getEpochSecond();
    }

    static Long epoch(Optional<Instant> instant) {
        return instant.map(Instant::getEpochSecond).orElse(null);
    }

    static Optional<Instant> instant(Long epochSeconds) {
        return Optional.ofNullable(epochSeconds).map(Instant::ofEpochSecond);
    }

    /** A nullable BIGINT column, portable across drivers (sqlite-jdbc's getObject(…, Long.class) is not). */
    static Optional<Instant> instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochSecond(value));
    }

    static String lines(List<String> values) {
        return String.join("\n", values);
    }

    static List<String> lines(String joined) {
        if (joined == null || joined.isEmpty()) {
            return List.of();
        }
        return Arrays.asList(joined.split("\n"));
    }
}
