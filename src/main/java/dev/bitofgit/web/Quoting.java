package dev.bitofgit.web;

/**
 * How the web layer quotes a value from the request in an error message: never longer than a limit, the cut
 * marked. The one abbreviation of the layer; each caller decides which characters it replaces first.
 */
final class Quoting {
    private Quoting() {
    }

    static String abbreviate(String text, int max, String ellipsis) {
        return text.length() <= max ? text : text.substring(0, max) + ellipsis;
    }
}
