package dev.bitofgit.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Locale;

/**
 * An e-mail address or a name the account's owner commits under (issue 15). {@code value} is normalised (see
 * {@link #normalised}), so "P.Chandan@Work.example " and "p.chandan@work.example" are one identity.
 */
public record Identity(Kind kind, String value, Instant addedAt) {
    public enum Kind {
        EMAIL("email"), NAME("name");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** As stored and as the API spells it. */
        public String id() {
            return id;
        }

        static Kind of(String id) {
            for (Kind kind : values()) {
                if (kind.id.equals(id)) {
                    return kind;
                }
            }
            throw new StoreException("unknown identity kind '" + id + "' in the store");
        }
    }

    public Identity {
        requireNonNull(kind, "kind == null");
        requireNonNull(value, "value == null");
        requireNonNull(addedAt, "addedAt == null");
    }

    /**
     * The form identities are stored and compared in: trimmed, runs of white space as one space, lower case (root
     * locale). Commit authors are compared in the same form, in Java, so SQLite's ASCII-only LOWER never decides.
     */
    public static String normalised(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
