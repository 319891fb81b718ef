package dev.bitofgit.logging;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * What every log line passes before it is written: secrets masked by value and by shape.
 *
 * <p>By value: every configured secret and every token the process has seen (request GitHub tokens, sessions issued
 * or presented, operator keys) is remembered here; any run of {@value #MIN_FRAGMENT} or more of its characters in a
 * line becomes {@code ****}, wherever it sits — Jetty's DEBUG buffer dumps cut tokens in two, so a whole-token or
 * prefix match misses the tail. By shape: bearer credentials, API-key headers (also as Jetty's parser logs them) and
 * anything shaped like a GitHub token, an OpenAI key or a session, for secrets that arrive before anyone could
 * remember them.
 *
 * <p>Process-wide on purpose: Logback creates the converter that calls {@link #mask}, so there is no constructor to
 * pass a registry through, and a secret remembered by any component must be masked in every library's lines.
 * Tokens seen in requests are bounded ({@value #MAX_SEEN}, oldest forgotten first) so that a client sending random
 * tokens cannot grow memory; configured secrets are never forgotten.
 */
public final class SecretMask {
    /** Shorter runs are too common in ordinary text (hashes, ids) to be told from a secret's fragment. */
    public static final int MIN_FRAGMENT = 12;
    static final int MAX_SEEN = 10_000;
    private static final String MASK = "****";
    private static final Pattern CREDENTIAL_FIELDS = Pattern.compile(
            "(?i)(bearer\\s+|x-api-key:\\s*|api[_-]?key[=:]\\s*|token[=:]\\s*"
                    + "|headerString=\\[(?:authorization|x-api-key|cookie|proxy-authorization)],\\s*valueString=\\[)"
                    + "[^\\s,;)\\]]+");
    private static final Pattern SHAPES = Pattern.compile(
            "gh[pousr]_[A-Za-z0-9]{8,}|github_pat_[A-Za-z0-9_]{8,}|sk-[A-Za-z0-9_-]{8,}|bgs_[A-Za-z0-9_-]{8,}");

    private static final Object LOCK = new Object();
    /**
     * Every {@value #MIN_FRAGMENT}-character window of every remembered secret, with how many secrets have it: a line
     * is scanned window by window. Written under {@link #LOCK}, read without.
     */
    private static final Map<String, Integer> windows = new ConcurrentHashMap<>();
    private static final List<String> configured = new ArrayList<>();
    private static final LinkedHashMap<String, Boolean> seen = new LinkedHashMap<>(16, 0.75f, true);

    private SecretMask() {
    }

    /** A secret of the configuration (operator key, OpenAI key, GITHUB_TOKEN, secret key): masked for good. */
    public static void rememberConfigured(String secret) {
        if (secret == null || secret.strip().length() < MIN_FRAGMENT) {
            return;
        }
        synchronized (LOCK) {
            if (!configured.contains(secret.strip())) {
                configured.add(secret.strip());
                addWindows(secret.strip(), 1);
            }
        }
    }

    /** A token seen in a request or issued to a caller: masked from now on (up to {@value #MAX_SEEN} of them). */
    public static void rememberSeen(String token) {
        if (token == null || token.strip().length() < MIN_FRAGMENT) {
            return;
        }
        String value = token.strip();
        synchronized (LOCK) {
            if (configured.contains(value) || seen.put(value, Boolean.TRUE) != null) {
                return; // known already; the access refreshed its place
            }
            addWindows(value, 1);
            if (seen.size() > MAX_SEEN) {
                String oldest = seen.keySet().iterator().next();
                seen.remove(oldest);
                addWindows(oldest, -1);
            }
        }
    }

    /** The line with every remembered secret's fragments and every secret-shaped run replaced by {@code ****}. */
    public static String mask(String line) {
        if (line == null || line.isEmpty()) {
            return line;
        }
        String byValue = maskByValue(line);
        String fields = CREDENTIAL_FIELDS.matcher(byValue).replaceAll("$1" + MASK);
        return SHAPES.matcher(fields).replaceAll(MASK);
    }

    private static String maskByValue(String line) {
        if (windows.isEmpty() || line.length() < MIN_FRAGMENT) {
            return line;
        }
        BitSet covered = new BitSet(line.length());
        for (int start = 0; start + MIN_FRAGMENT <= line.length(); start++) {
            if (windows.containsKey(line.substring(start, start + MIN_FRAGMENT))) {
                covered.set(start, start + MIN_FRAGMENT);
            }
        }
        if (covered.isEmpty()) {
            return line;
        }
        StringBuilder masked = new StringBuilder(line.length());
        int position = 0;
        while (position < line.length()) {
            int from = covered.nextSetBit(position);
            if (from < 0) {
                masked.append(line, position, line.length());
                break;
            }
            int to = covered.nextClearBit(from);
            masked.append(line, position, from).append(MASK);
            position = to;
        }
        return masked.toString();
    }

    private static void addWindows(String secret, int count) {
        for (int start = 0; start + MIN_FRAGMENT <= secret.length(); start++) {
            windows.merge(secret.substring(start, start + MIN_FRAGMENT), count,
                    (old, change) -> old + change == 0 ? null : old + change);
        }
    }
}
