package dev.bitofgit.web;

import static java.util.Objects.requireNonNull;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import java.util.List;

/** A servlet mounted beside Javalin's routes (the MCP endpoint), with the filters that guard it, outermost first. */
public record ServletMount(String path, HttpServlet servlet, List<Filter> guards) {
    public ServletMount {
        requireNonNull(path, "path == null");
        requireNonNull(servlet, "servlet == null");
        guards = List.copyOf(requireNonNull(guards, "guards == null"));
    }
}
