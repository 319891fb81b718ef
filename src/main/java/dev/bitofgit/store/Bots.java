package dev.bitofgit.store;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which commit authors are bots: a login or name ending in "[bot]" (GitHub Apps), a "[bot]" noreply address, and the
 * usual dependency and CI bots by name or address (dependabot, renovate, github-actions). A bot's commits are never
 * the account's own, whatever identities the owner declares, and "everyone's" counts can leave them out.
 *
 * <p>The rule exists twice — here for commits as they are stored, and as {@link #SQL} for the V9 backfill — and
 * {@code BotsTest} checks that the two agree on both engines.
 */
public final class Bots {
    static final Set<String> NAMES = Set.of("dependabot", "dependabot-preview", "renovate", "renovate-bot",
            "renovate bot", "github-actions", "github actions");
    static final Set<String> LOGINS = Set.of("dependabot", "dependabot-preview", "renovate", "renovate-bot",
            "github-actions");
    static final Set<String> EMAILS = Set.of("support@dependabot.com", "bot@renovateapp.com", "action@github.com",
            "actions@github.com", "github-actions@github.com");
    private static final String BOT_NOREPLY = "[bot]@users.noreply.github.com";

    /** The rule over the commits table's author columns, true or false (never NULL); same as V9__identities.sql. */
    static final String SQL = "(CASE WHEN LOWER(COALESCE(author_login, '')) LIKE '%[bot]'"
            + " OR LOWER(COALESCE(author_name, '')) LIKE '%[bot]'"
            + " OR LOWER(COALESCE(author_email, '')) LIKE '%" + BOT_NOREPLY + "'"
            + " OR LOWER(COALESCE(author_login, '')) IN (" + quoted(LOGINS) + ")"
            + " OR LOWER(COALESCE(author_name, '')) IN (" + quoted(NAMES) + ")"
            + " OR LOWER(COALESCE(author_email, '')) IN (" + quoted(EMAILS) + ")"
            + " THEN TRUE ELSE FALSE END)";

    private Bots() {
    }

    public static boolean isBot(Optional<String> login, Optional<String> name, Optional<String> email) {
        return login.map(Bots::lower).map(value -> value.endsWith("[bot]") || LOGINS.contains(value)).orElse(false)
                || name.map(Bots::lower).map(Bots::isBotName).orElse(false)
                || email.map(Bots::lower).map(Bots::isBotEmail).orElse(false);
    }

    /** A name a bot commits under ("dependabot[bot]", "Renovate Bot"): never accepted as a person's identity. */
    public static boolean isBotName(String name) {
        String value = lower(name);
        return value.endsWith("[bot]") || NAMES.contains(value);
    }

    /** An address bots commit with: never accepted as a person's identity. */
    public static boolean isBotEmail(String email) {
        String value = lower(email);
        return value.endsWith(BOT_NOREPLY) || EMAILS.contains(value);
    }

    private static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    private static String quoted(Set<String> values) {
        return String.join(", ", values.stream().sorted().map(value -> "'" + value + "'").toList());
    }
}
