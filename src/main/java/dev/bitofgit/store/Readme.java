package dev.bitofgit.store;

import static java.util.Objects.requireNonNull;

/** A repository's README text, capped at {@link #MAX_CHARS}; {@code truncated} says whether the cap cut it. */
public record Readme(String path, String content, boolean truncated) {
    public static final int MAX_CHARS = 64 * 1024;

    public Readme {
        requireNonNull(path, "path == null");
        requireNonNull(content, "content == null");
    }

    /** Caps {@code text} at 64 KiB of characters, marking the result truncated when it was cut. */
    public static Readme capped(String path, String text) {
        if (text.length() <= MAX_CHARS) {
            return new Readme(path, text, false);
        }
        return new Readme(path, text.substring(0, MAX_CHARS), true);
    }
}
