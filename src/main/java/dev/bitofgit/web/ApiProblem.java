package dev.bitofgit.web;

import static java.util.Objects.requireNonNull;

/**
 * An error a handler raises on purpose: its status and detail reach the client as application/problem+json.
 * The detail must say what was wrong and, where useful, what to do instead.
 */
public final class ApiProblem extends RuntimeException {
    private final int status;
    private final String title;

    public ApiProblem(int status, String title, String detail) {
        super(requireNonNull(detail, "detail == null"));
        this.status = status;
        this.title = requireNonNull(title, "title == null");
    }

    public static ApiProblem badRequest(String detail) {
        return new ApiProblem(400, "Bad Request", detail);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "Not Found", detail);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }
}
