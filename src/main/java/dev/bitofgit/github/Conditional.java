package dev.bitofgit.github;

import java.util.Optional;

/** The answer to a conditional GET: a fresh value with its ETag, or "not modified" (no body, no rate-limit cost). */
public record Conditional<T>(Optional<T> value, Optional<String> etag) {
    public static <T> Conditional<T> notModified() {
        return new Conditional<>(Optional.empty(), Optional.empty());
    }

    public static <T> Conditional<T> fresh(T value, Optional<String> etag) {
        return new Conditional<>(Optional.of(value), etag);
    }

    public boolean isNotModified() {
        return value.isEmpty();
    }
}
