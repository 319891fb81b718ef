package dev.bitofgit.web;

import static java.util.Objects.requireNonNull;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;

/** A servlet mounted beside Javalin's routes (the MCP endpoint), with the filter that guards it. */
public record ServletMount(String path, HttpServlet servlet, Filter guard) {
    public ServletMount {
        requireNonNull(path, "path == null");
        requireNonNull(servlet, "servlet == null");
        requireNonNull(guard, "guard == null");
    }
}
