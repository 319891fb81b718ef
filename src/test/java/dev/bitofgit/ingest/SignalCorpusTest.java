package dev.bitofgit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitofgit.store.RepoSignals;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link SignalDetector} over real repositories' HEAD trees (src/test/resources/signals/corpus) and compares
 * it with hand labels (signals/labels.tsv). Any misdetected repository fails the test, all of them listed; precision
 * and recall per signal go to target/signal-corpus.md. The labels are the oracle: they were written by reading the
 * paths, never by running the detector, so a fix that makes this pass must fix a convention, not the labels.
 */
class SignalCorpusTest {

    private static final Path RESOURCES = resourceDirectory("/signals");
    private static final Path CORPUS = RESOURCES.resolve("corpus");

    /** The labelled signals and how each is read from a detection. */
    enum Signal {
        TESTS(RepoSignals::hasTests),
        CI(RepoSignals::hasCi),
        DOCKER(signals -> signals.hasDockerfile() || signals.hasCompose()),
        LINT(RepoSignals::hasLint),
        LICENSE(RepoSignals::hasLicense);

        private final Predicate<RepoSignals> detected;

        Signal(Predicate<RepoSignals> detected) {
            this.detected = detected;
        }

        String column() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    record Labelled(String repo, String ecosystem, Map<Signal, Boolean> labels, String note) {
    }

    record Mismatch(Labelled repository, Signal signal, boolean detected) {
        @Override
        public String toString() {
            return repository.repo() + " " + signal.column() + ": labelled " + repository.labels().get(signal)
                    + ", detected " + detected + (repository.note().isEmpty() ? "" : " (" + repository.note() + ")");
        }
    }

    /** Counts for one signal over the whole corpus. */
    static final class Tally {
        int truePositives;
        int falsePositives;
        int falseNegatives;
        int trueNegatives;

        void add(boolean labelled, boolean detected) {
            if (labelled && detected) {
                truePositives++;
            } else if (detected) {
                falsePositives++;
            } else if (labelled) {
                falseNegatives++;
            } else {
                trueNegatives++;
            }
        }

        String precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        String recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        private static String ratio(int numerator, int denominator) {
            return denominator == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", (double) numerator / denominator);
        }
    }

    @Test
    void everyCorpusRepository_isLabelled_andEveryLabel_hasACorpus() throws IOException {
        Set<String> labelled = labels().stream().map(Labelled::repo).collect(Collectors.toCollection(TreeSet::new));
        Set<String> trees;
        try (Stream<Path> files = Files.list(CORPUS)) {
            trees = files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".txt"))
                    .map(name -> name.substring(0, name.length() - ".txt".length()).replace("__", "/"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(trees).containsExactlyElementsOf(labelled);
    }

    @Test
    void detector_agreesWithTheHandLabels_onEveryCorpusRepository() throws IOException {
        List<Labelled> repositories = labels();
        Map<Signal, Tally> tallies = new EnumMap<>(Signal.class);
        for (Signal signal : Signal.values()) {
            tallies.put(signal, new Tally());
        }
        List<Mismatch> mismatches = new ArrayList<>();
        for (Labelled repository : repositories) {
            RepoSignals signals = detect(repository.repo());
            for (Signal signal : Signal.values()) {
                boolean labelled = repository.labels().get(signal);
                boolean detected = signal.detected.test(signals);
                tallies.get(signal).add(labelled, detected);
                if (labelled != detected) {
                    mismatches.add(new Mismatch(repository, signal, detected));
                }
            }
        }
        writeReport(repositories, tallies, mismatches);
        assertThat(mismatches)
                .as("%d misdetections over %d repositories (precision/recall in target/signal-corpus.md):%n%s",
                        mismatches.size(), repositories.size(),
                        mismatches.stream().map(Mismatch::toString).collect(Collectors.joining("\n")))
                .isEmpty();
    }

    /** Detects exactly as IngestJob does: only the root manifests SignalDetector names, README from the tree. */
    private static RepoSignals detect(String repo) throws IOException {
        String base = repo.replace("/", "__");
        List<String> paths;
        try (Stream<String> lines = Files.lines(CORPUS.resolve(base + ".txt"), StandardCharsets.UTF_8)) {
            paths = lines.filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        }
        Map<String, String> manifests = new LinkedHashMap<>();
        for (String manifest : SignalDetector.manifestsIn(paths)) {
            Path file = CORPUS.resolve(base).resolve(manifest);
            manifests.put(manifest, Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "");
        }
        return SignalDetector.detect(paths, manifests, IngestJob.readmePath(paths).isPresent()).signals();
    }

    private static List<Labelled> labels() throws IOException {
        List<String> lines = Files.readAllLines(RESOURCES.resolve("labels.tsv"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        List<String> header = List.of(lines.get(0).split("\t", -1));
        List<String> expected = new ArrayList<>(List.of("repo", "ecosystem"));
        for (Signal signal : Signal.values()) {
            expected.add(signal.column());
        }
        expected.add("note");
        assertThat(header).as("labels.tsv header").isEqualTo(expected);
        List<Labelled> repositories = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            assertThat(cells).as("labels.tsv row, %d cells expected: %s", expected.size(), line)
                    .hasSize(expected.size());
            Map<Signal, Boolean> labels = new EnumMap<>(Signal.class);
            for (Signal signal : Signal.values()) {
                String cell = cells[header.indexOf(signal.column())];
                assertThat(cell).as("%s of %s", signal.column(), cells[0]).isIn("true", "false");
                labels.put(signal, Boolean.parseBoolean(cell));
            }
            repositories.add(new Labelled(cells[0], cells[1], labels, cells[header.indexOf("note")]));
        }
        return repositories;
    }

    private static void writeReport(List<Labelled> repositories, Map<Signal, Tally> tallies,
            List<Mismatch> mismatches) throws IOException {
        StringBuilder report = new StringBuilder("# Signal corpus: precision and recall\n\n");
        Map<String, Long> ecosystems = repositories.stream()
                .collect(Collectors.groupingBy(Labelled::ecosystem, TreeMap::new, Collectors.counting()));
        report.append(repositories.size()).append(" hand-labelled repositories: ")
                .append(ecosystems.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue())
                        .collect(Collectors.joining(", ")))
                .append(".\n\n| signal | labelled true | TP | FP | FN | TN | precision | recall |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<Signal, Tally> entry : tallies.entrySet()) {
            Tally tally = entry.getValue();
            report.append("| ").append(entry.getKey().column())
                    .append(" | ").append(tally.truePositives + tally.falseNegatives)
                    .append(" | ").append(tally.truePositives).append(" | ").append(tally.falsePositives)
                    .append(" | ").append(tally.falseNegatives).append(" | ").append(tally.trueNegatives)
                    .append(" | ").append(tally.precision()).append(" | ").append(tally.recall()).append(" |\n");
        }
        report.append("\n").append(mismatches.size()).append(" misdetections").append(mismatches.isEmpty() ? ".\n" : ":\n\n");
        for (Mismatch mismatch : mismatches) {
            report.append("- ").append(mismatch).append('\n');
        }
        Path target = Path.of(System.getProperty("basedir", ".")).resolve("target");
        Files.createDirectories(target);
        Files.writeString(target.resolve("signal-corpus.md"), report, StandardCharsets.UTF_8);
    }

    private static Path resourceDirectory(String name) {
        try {
            return Path.of(SignalCorpusTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException("test resource " + name + " has no file path", e));
        }
    }
}
