package dev.bitofgit.github;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Parses GitHub's ISO-8601 timestamps ("2024-03-05T14:07:09Z", "2024-03-05T14:07:09+01:00"). History pages carry
 * two per commit, and java.time's general parser was a measurable part of an ingest's CPU time, so the fixed
 * layouts GitHub sends are read directly; anything else falls back to {@link OffsetDateTime#parse}.
 */
final class Timestamps {
    private Timestamps() {
    }

    static OffsetDateTime parse(String text) {
        int length = text.length();
        if ((length == 20 && text.charAt(19) == 'Z') || (length == 25 && (text.charAt(19) == '+' || text.charAt(19) == '-'))) {
            if (text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T' && text.charAt(13) == ':'
                    && text.charAt(16) == ':') {
                try {
                    int year = digits(text, 0, 4);
                    int month = digits(text, 5, 2);
                    int day = digits(text, 8, 2);
                    int hour = digits(text, 11, 2);
                    int minute = digits(text, 14, 2);
                    int second = digits(text, 17, 2);
                    ZoneOffset offset = ZoneOffset.UTC;
                    if (length == 25) {
                        int sign = text.charAt(19) == '-' ? -1 : 1;
                        if (text.charAt(22) != ':') {
                            return OffsetDateTime.parse(text);
                        }
                        offset = ZoneOffset.ofHoursMinutes(sign * digits(text, 20, 2), sign * digits(text, 23, 2));
                    }
                    return OffsetDateTime.of(year, month, day, hour, minute, second, 0, offset);
                } catch (RuntimeException e) {
                    return OffsetDateTime.parse(text);
                }
            }
        }
        return OffsetDateTime.parse(text);
    }

    private static int digits(String text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException("not a digit at " + i + " in " + text);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
