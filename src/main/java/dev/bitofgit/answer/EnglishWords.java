package dev.bitofgit.answer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Real English words (SCOWL's American list, four letters or more): a word in it is never "corrected", so "form",
 * "asks" or "care" stay what they are while "comits" becomes "commits". Loaded once, on first use (~63,000 words).
 */
final class EnglishWords {
    private static final Set<String> WORDS = load();

    private EnglishWords() {
    }

    static boolean contains(String word) {
        return WORDS.contains(word);
    }

    private static Set<String> load() {
        try (InputStream raw = EnglishWords.class.getResourceAsStream("/answer/english-words.txt.gz")) {
            if (raw == null) {
                throw new IllegalStateException("the word list /answer/english-words.txt.gz is missing from the jar");
            }
            Set<String> words = new HashSet<>(90_000);
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    words.add(line);
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("the word list could not be read", e);
        }
    }
}
