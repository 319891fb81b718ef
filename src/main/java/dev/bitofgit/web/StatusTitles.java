package dev.bitofgit.web;

import org.eclipse.jetty.http.HttpStatus;

/**
 * The one status → title table for every problem+json this server writes (routes, servlet filters and Jetty's own
 * errors), so the same status never goes out under two titles. Titles are RFC 9110's; where Jetty still says an older
 * name (413 "Payload Too Large") the RFC's wins.
 */
final class StatusTitles {
    private StatusTitles() {
    }

    static String of(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            default -> {
                String known = HttpStatus.getMessage(status);
                yield known == null || known.equals(Integer.toString(status))
                        ? (status >= 500 ? "Internal Server Error" : "Error") : known;
            }
        };
    }
}
