package dev.bitofgit.github;

import java.util.Map;
import java.util.Optional;

/**
 * What one GraphQL query returns for a repository beside its first history page: the head commit, the language
 * byte breakdown and the text of the few files asked for (README, manifests). Empty repos have no head.
 */
public record RepoContent(
        Optional<String> headSha,
        Map<String, Long> languageBytes,
        Map<String, String> files,
        HistoryPage firstPage) {

    public RepoContent {
        languageBytes = Map.copyOf(languageBytes);
        files = Map.copyOf(files);
    }
}
