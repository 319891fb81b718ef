package dev.bitofgit.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The rates the answerer must keep, per split, from {@code eval/floors.properties}: {@code <split>.right_min} (the
 * least share of right answers, in percent) and {@code <split>.wrong_max} (the most wrong-but-confident answers).
 * The answerer's engineer raises them as answers improve, so a regression fails the build.
 */
record Floors(Map<Split, Floor> bySplit) {
    private static final String RESOURCE = "eval/floors.properties";

    record Floor(double rightMin, double wrongMax) {
    }

    Floors {
        bySplit = Map.copyOf(bySplit);
    }

    static Floors load() {
        Properties properties = new Properties();
        try (InputStream stream = Floors.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (stream == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test class path (src/test/resources)");
            }
            properties.load(stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Split, Floor> floors = new EnumMap<>(Split.class);
        for (Split split : Split.values()) {
            floors.put(split, new Floor(percent(properties, split.key() + ".right_min"),
                    percent(properties, split.key() + ".wrong_max")));
        }
        return new Floors(floors);
    }

    Floor of(Split split) {
        return bySplit.get(split);
    }

    private static double percent(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalStateException(RESOURCE + " must set " + key + " (a percentage from 0 to 100)");
        }
        double parsed;
        try {
            parsed = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(RESOURCE + ": " + key + " must be a percentage from 0 to 100, got '" + value + "'", e);
        }
        if (parsed < 0 || parsed > 100) {
            throw new IllegalStateException(String.format(Locale.ROOT, "%s: %s must be from 0 to 100, got %s", RESOURCE, key, value));
        }
        return parsed;
    }
}
