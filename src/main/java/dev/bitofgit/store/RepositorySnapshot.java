package dev.bitofgit.store;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything stored about one repository apart from its commits, written in one transaction. */
public record RepositorySnapshot(
        Repository repository,
        Map<String, Long> languageBytes,
        List<String> filePaths,
        Optional<Readme> readme,
        RepoSignals signals,
        List<Technology> technologies) {

    public RepositorySnapshot {
        requireNonNull(repository, "repository == null");
        languageBytes = Map.copyOf(languageBytes);
        filePaths = List.copyOf(filePaths);
        requireNonNull(readme, "readme == null");
        requireNonNull(signals, "signals == null");
        technologies = List.copyOf(technologies);
    }
}
