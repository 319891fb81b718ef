package dev.bitofgit.ingest;

import static java.util.Objects.requireNonNull;

/** An identity request that cannot be carried out, with why: the message says what was wrong and what to do. */
public final class IdentityRejected extends RuntimeException {
    public enum Reason {
        /** A malformed e-mail, name or mailmap, or a bot's identity. */
        INVALID,
        /** The store holds no such account. */
        UNKNOWN_ACCOUNT,
        /** Removing an identity that is not declared. */
        NOT_DECLARED
    }

    private final Reason reason;

    public IdentityRejected(Reason reason, String message) {
        super(requireNonNull(message, "message == null"));
        this.reason = requireNonNull(reason, "reason == null");
    }

    public Reason reason() {
        return reason;
    }
}
