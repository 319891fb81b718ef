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
 * it with hand labels (signals/labels.tsv). Any misdetected repository fails the test, all of them listed, except
 * the misses documented in signals/heldout-known-misses.tsv (repo, signal, reason): those are reported, not failed,
 * and an entry that no longer misdetects fails the test so the file stays true. Precision and recall per signal go
 * to target/signal-corpus.md, for the whole corpus and separately for the held-out repositories (signals/heldout.txt:
 * added after the detector was last tuned, labelled before it was run on them). The labels are the oracle: they were
 * written by reading the paths, never by running the detector, so a fix that makes this pass must fix a convention,
 * not the labels.
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

    /** A misdetection already documented in heldout-known-misses.tsv, with the reason given there. */
    record KnownMiss(String repo, Signal signal, String reason) {
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
        Set<String> heldOut = heldOut();
        Map<String, KnownMiss> knownMisses = knownMisses();
        Set<String> labelled = repositories.stream().map(Labelled::repo).collect(Collectors.toSet());
        assertThat(labelled).as("heldout.txt names only labelled repositories").containsAll(heldOut);
        assertThat(knownMisses.values().stream().map(KnownMiss::repo).collect(Collectors.toSet()))
                .as("heldout-known-misses.tsv names only held-out repositories").isSubsetOf(heldOut);
        Map<Signal, Tally> tallies = tallies();
        Map<Signal, Tally> heldOutTallies = tallies();
        List<Mismatch> mismatches = new ArrayList<>();
        for (Labelled repository : repositories) {
            RepoSignals signals = detect(repository.repo());
            for (Signal signal : Signal.values()) {
                boolean label = repository.labels().get(signal);
                boolean detected = signal.detected.test(signals);
                tallies.get(signal).add(label, detected);
                if (heldOut.contains(repository.repo())) {
                    heldOutTallies.get(signal).add(label, detected);
                }
                if (label != detected) {
                    mismatches.add(new Mismatch(repository, signal, detected));
                }
            }
        }
        List<Mismatch> unexpected = mismatches.stream()
                .filter(mismatch -> !knownMisses.containsKey(key(mismatch.repository().repo(), mismatch.signal())))
                .toList();
        Set<String> stillMissed = mismatches.stream()
                .map(mismatch -> key(mismatch.repository().repo(), mismatch.signal())).collect(Collectors.toSet());
        List<KnownMiss> stale = knownMisses.entrySet().stream().filter(entry -> !stillMissed.contains(entry.getKey()))
                .map(Map.Entry::getValue).toList();
        writeReport(repositories, heldOut, tallies, heldOutTallies, mismatches, knownMisses, stale);
        assertThat(unexpected)
                .as("%d misdetections over %d repositories not in heldout-known-misses.tsv "
                        + "(precision/recall in target/signal-corpus.md):%n%s", unexpected.size(), repositories.size(),
                        unexpected.stream().map(Mismatch::toString).collect(Collectors.joining("\n")))
                .isEmpty();
        assertThat(stale).as("heldout-known-misses.tsv entries the detector now gets right; remove them").isEmpty();
    }

    private static Map<Signal, Tally> tallies() {
        Map<Signal, Tally> tallies = new EnumMap<>(Signal.class);
        for (Signal signal : Signal.values()) {
            tallies.put(signal, new Tally());
        }
        return tallies;
    }

    private static String key(String repo, Signal signal) {
        return repo + "\t" + signal.column();
    }

    /** The held-out repositories, one a line in heldout.txt. */
    private static Set<String> heldOut() throws IOException {
        return Files.readAllLines(RESOURCES.resolve("heldout.txt"), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Documented detector misses on held-out repositories, keyed by repo and signal. */
    private static Map<String, KnownMiss> knownMisses() throws IOException {
        List<String> lines = Files.readAllLines(RESOURCES.resolve("heldout-known-misses.tsv"), StandardCharsets.UTF_8)
                .stream().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        assertThat(lines.get(0).split("\t", -1)).as("heldout-known-misses.tsv header")
                .containsExactly("repo", "signal", "reason");
        Map<String, KnownMiss> misses = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            assertThat(cells).as("heldout-known-misses.tsv row: %s", line).hasSize(3);
            Signal signal = Signal.valueOf(cells[1].toUpperCase(Locale.ROOT));
            assertThat(cells[2]).as("reason for %s %s", cells[0], cells[1]).isNotBlank();
            misses.put(key(cells[0], signal), new KnownMiss(cells[0], signal, cells[2]));
        }
        return misses;
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
        return SignalDetector.detect(paths, manifests, RepoFetches.readmePath(paths).isPresent()).signals();
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

    private static void writeReport(List<Labelled> repositories, Set<String> heldOut, Map<Signal, Tally> tallies,
            Map<Signal, Tally> heldOutTallies, List<Mismatch> mismatches, Map<String, KnownMiss> knownMisses,
            List<KnownMiss> stale) throws IOException {
        StringBuilder report = new StringBuilder("# Signal corpus: precision and recall\n\n");
        report.append("## All repositories\n\n");
        appendTable(report, repositories, tallies);
        List<Labelled> heldOutRepositories = repositories.stream().filter(r -> heldOut.contains(r.repo())).toList();
        report.append("\n## Held-out repositories (heldout.txt)\n\n");
        appendTable(report, heldOutRepositories, heldOutTallies);
        report.append("\n").append(mismatches.size()).append(" misdetections")
                .append(mismatches.isEmpty() ? ".\n" : " (held-out ones marked; known ones give the documented reason):\n\n");
        for (Mismatch mismatch : mismatches) {
            String repo = mismatch.repository().repo();
            KnownMiss known = knownMisses.get(key(repo, mismatch.signal()));
            report.append("- ").append(heldOut.contains(repo) ? "[held-out] " : "").append(mismatch)
                    .append(known == null ? "" : " — known miss: " + known.reason()).append('\n');
        }
        for (KnownMiss miss : stale) {
            report.append("- stale known miss (now detected correctly): ").append(miss.repo()).append(' ')
                    .append(miss.signal().column()).append('\n');
        }
        Path target = Path.of(System.getProperty("basedir", ".")).resolve("target");
        Files.createDirectories(target);
        Files.writeString(target.resolve("signal-corpus.md"), report, StandardCharsets.UTF_8);
    }

    private static void appendTable(StringBuilder report, List<Labelled> repositories, Map<Signal, Tally> tallies) {
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
    }

    private static Path resourceDirectory(String name) {
        try {
            return Path.of(SignalCorpusTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException("test resource " + name + " has no file path", e));
        }
    }
}
