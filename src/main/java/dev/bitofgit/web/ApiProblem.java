package dev.bitofgit.web;

import static java.util.Objects.requireNonNull;

/**
 * An error a handler raises on purpose: its status and detail reach the client as application/problem+json, titled
 * by {@link StatusTitles}. The detail must say what was wrong and, where useful, what to do instead.
 */
public final class ApiProblem extends RuntimeException {
    private final int status;

    public ApiProblem(int status, String detail) {
        super(requireNonNull(detail, "detail == null"));
        this.status = status;
    }

    public static ApiProblem badRequest(String detail) {
        return new ApiProblem(400, detail);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, detail);
    }

    public int status() {
        return status;
    }

    public String title() {
        return StatusTitles.of(status);
    }

    public String detail() {
        return getMessage();
    }
}
