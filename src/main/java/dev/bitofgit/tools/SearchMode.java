package dev.bitofgit.tools;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How search_readmes and search_commits match: by the words of the query (full-text search), by meaning (sentence
 * embeddings), or both, ranked together by reciprocal rank fusion. BOTH is the default because it found the most on
 * the labelled set of paraphrased questions (BENCHMARKS.md, "Search by meaning").
 */
enum SearchMode {
    WORDS, MEANING, BOTH;

    static final SearchMode DEFAULT = BOTH;

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static List<String> ids() {
        return Arrays.stream(values()).map(SearchMode::id).toList();
    }

    static SearchMode of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }

    boolean usesWords() {
        return this != MEANING;
    }

    boolean usesMeaning() {
        return this != WORDS;
    }
}
