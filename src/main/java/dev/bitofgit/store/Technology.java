package dev.bitofgit.store;

import static java.util.Objects.requireNonNull;

/** A technology a repo uses: a language (from file extensions) or a framework / tool named by a manifest. */
public record Technology(String name, String kind) {
    public static final String LANGUAGE = "language";
    public static final String FRAMEWORK = "framework";
    public static final String TOOL = "tool";

    public Technology {
        requireNonNull(name, "name == null");
        requireNonNull(kind, "kind == null");
    }
}
