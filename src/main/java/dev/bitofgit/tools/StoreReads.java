package dev.bitofgit.tools;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Store reads shared by the tool calls that answer one question. Reading a question and answering it call several
 * tools that each load the account's repositories (list_repos page after page, the language breakdown, the
 * aggregate metrics); within one question the store is taken as unchanged, so each read runs once. A context
 * without reads ({@link #NONE}) reads every time — one MCP or REST call, the LLM's calls.
 */
public final class StoreReads {
    /** Remembers nothing: every read goes to the store. */
    static final StoreReads NONE = new StoreReads(false);

    private final boolean remembers;
    private final Map<String, Object> values = new ConcurrentHashMap<>();

    private StoreReads(boolean remembers) {
        this.remembers = remembers;
    }

    /** A fresh set of reads for one question. */
    public static StoreReads forOneQuestion() {
        return new StoreReads(true);
    }

    /** The value read under this key, read once. Callers keep what they get unchanged. */
    @SuppressWarnings("unchecked")
    <T> T read(String key, Supplier<T> read) {
        if (!remembers) {
            return read.get();
        }
        Object known = values.get(key);
        if (known == null) {
            known = read.get();
            values.put(key, known);
        }
        return (T) known;
    }
}
