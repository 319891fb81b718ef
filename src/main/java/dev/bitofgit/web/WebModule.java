package dev.bitofgit.web;

import io.javalin.config.RoutesConfig;

/** A group of routes the server mounts; each capability (health, ingest, tools, …) contributes one. */
@FunctionalInterface
public interface WebModule {
    void register(RoutesConfig routes);
}
