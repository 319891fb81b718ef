package dev.bitofgit.web;

import static java.util.Objects.requireNonNull;

import java.util.function.IntSupplier;
import java.util.function.Supplier;

/** What /health reports, supplied by the composition root so the web layer needs no store access of its own. */
public record ServerInfo(String version, String store, Supplier<String> answerer, IntSupplier users) {
    public ServerInfo {
        requireNonNull(version, "version == null");
        requireNonNull(store, "store == null");
        requireNonNull(answerer, "answerer == null");
        requireNonNull(users, "users == null");
    }
}
