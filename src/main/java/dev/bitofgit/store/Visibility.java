package dev.bitofgit.store;

import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Which repositories a caller may see, written once: a repository counts while it is not removed, and a private one
 * only for a caller allowed to see private repositories ({@code :private}). Every read of the account's data goes
 * through this clause, so the rule cannot drift between copies; the caller's flag is bound, never pasted in.
 */
final class Visibility {
    /** The repositories table aliased {@code r}. */
    static final String VISIBLE = visible("r");

    private Visibility() {
    }

    /** Present and, unless the caller sees private ones, public: the repositories table (or a copy of its flags). */
    static String visible(String alias) {
        return prefix(alias) + "removed_at IS NULL AND " + privacy(alias);
    }

    /** Public unless the caller sees private ones, for tables that keep the flag but not the removal. */
    static String privacy(String alias) {
        return "(" + prefix(alias) + "is_private = FALSE OR :private = TRUE)";
    }

    /**
     * Binds the caller's flag read by {@link #visible} and {@link #privacy}, and defines {@code <visible>} as
     * {@link #VISIBLE}, so SQL can name the rule instead of spelling it out.
     */
    static <S extends SqlStatement<S>> S bind(S statement, boolean includePrivate) {
        return statement.define("visible", VISIBLE).bind("private", includePrivate);
    }

    private static String prefix(String alias) {
        return alias.isEmpty() ? "" : alias + ".";
    }
}
