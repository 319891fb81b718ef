package dev.bitofgit.ingest;

import dev.bitofgit.ingest.IngestRejected.Reason;
import java.util.regex.Pattern;

/** GitHub's rules for logins: 1–39 characters, ASCII letters, digits and single hyphens, not at either end. */
public final class Usernames {
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}");

    private Usernames() {
    }

    /** Whether {@code username} is a GitHub login as given (not trimmed): the one pattern every face checks. */
    public static boolean isValid(String username) {
        return username != null && VALID.matcher(username).matches();
    }

    /** The login trimmed; else {@link IngestRejected} ({@link Reason#BAD_INPUT}) naming the rule it breaks. */
    public static String validate(String username) {
        if (username == null || username.isBlank()) {
            throw new IngestRejected(Reason.BAD_INPUT, "username is required");
        }
        String login = username.trim();
        if (login.length() > 39) {
            throw new IngestRejected(Reason.BAD_INPUT, "invalid GitHub username '" + abbreviate(login)
                    + "': at most 39 characters, got " + login.length());
        }
        if (!VALID.matcher(login).matches()) {
            throw new IngestRejected(Reason.BAD_INPUT, "invalid GitHub username '" + abbreviate(login)
                    + "': use letters, digits and single hyphens, not at the start or end");
        }
        return login;
    }

    private static String abbreviate(String text) {
        String printable = text.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 60 ? printable.substring(0, 60) + "…" : printable;
    }
}
