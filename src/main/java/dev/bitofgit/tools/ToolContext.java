package dev.bitofgit.tools;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who is calling: private repositories are visible only for the accounts listed here. Local single-user mode
 * passes {@link #owner()}, which sees everything the store holds.
 */
public record ToolContext(boolean seesAllPrivate, Set<String> privateLogins, StoreReads reads) {
    public ToolContext {
        privateLogins = Set.copyOf(privateLogins);
        requireNonNull(reads, "reads == null");
    }

    public ToolContext(boolean seesAllPrivate, Set<String> privateLogins) {
        this(seesAllPrivate, privateLogins, StoreReads.NONE);
    }

    /** The same caller, with store reads shared by the tool calls of one question. */
    public ToolContext forOneQuestion() {
        return new ToolContext(seesAllPrivate, privateLogins, StoreReads.forOneQuestion());
    }

    public static ToolContext owner() {
        return new ToolContext(true, Set.of());
    }

    public static ToolContext publicOnly() {
        return new ToolContext(false, Set.of());
    }

    /**
     * The view this caller sees, as a stable name: "all" (a local process), "public" (anonymous, an operator key), or
     * the session's accounts. Things remembered for a caller (conversations) are kept under it.
     */
    public String viewer() {
        if (seesAllPrivate) {
            return "all";
        }
        return privateLogins.isEmpty() ? "public" : "private:" + String.join(",", new TreeSet<>(privateLogins));
    }

    public boolean mayReadPrivate(String login) {
        return seesAllPrivate || privateLogins.contains(login.toLowerCase(Locale.ROOT));
    }
}
