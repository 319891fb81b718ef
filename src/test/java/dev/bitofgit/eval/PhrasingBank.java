package dev.bitofgit.eval;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The question wordings, read from {@code eval/tuning.tsv} and {@code eval/heldout.tsv} (columns: family, style,
 * template). Held-out wordings are asked and counted but never printed: the answerer's engineer tunes on the
 * tuning file only, so the held-out rates show how answers generalise to wordings nobody tuned for.
 */
final class PhrasingBank {
    private static final String HEADER = "family\tstyle\ttemplate";

    /** One wording of a family's question. */
    record Phrasing(String family, Style style, String template, Split split) {
        Phrasing {
            requireNonNull(family, "family == null");
            requireNonNull(style, "style == null");
            requireNonNull(template, "template == null");
            requireNonNull(split, "split == null");
        }
    }

    private final List<Phrasing> phrasings;

    private PhrasingBank(List<Phrasing> phrasings) {
        this.phrasings = List.copyOf(phrasings);
    }

    static PhrasingBank load() {
        List<Phrasing> all = new ArrayList<>();
        for (Split split : Split.values()) {
            all.addAll(read(split));
        }
        return new PhrasingBank(all);
    }

    List<Phrasing> all() {
        return phrasings;
    }

    List<Phrasing> of(String family) {
        return phrasings.stream().filter(phrasing -> phrasing.family().equals(family)).toList();
    }

    private static List<Phrasing> read(Split split) {
        InputStream stream = PhrasingBank.class.getClassLoader().getResourceAsStream(split.resource());
        if (stream == null) {
            throw new IllegalStateException(split.resource() + " is not on the test class path (src/test/resources)");
        }
        List<Phrasing> read = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (!HEADER.equals(header)) {
                throw new IllegalStateException(split.resource() + " must start with the header '" + HEADER.replace("\t", "<TAB>")
                        + "', got '" + header + "'");
            }
            int lineNumber = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                if (columns.length != 3 || columns[2].isBlank()) {
                    throw new IllegalStateException(split.resource() + " line " + lineNumber + " needs three tab-separated "
                            + "columns (family, style, template), got " + columns.length);
                }
                read.add(new Phrasing(columns[0], Style.parse(columns[1]), columns[2].trim(), split));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read;
    }
}
