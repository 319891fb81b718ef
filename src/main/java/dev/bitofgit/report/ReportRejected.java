package dev.bitofgit.report;

import static java.util.Objects.requireNonNull;

/** A report that cannot be made as asked: the account is not in the store, or an argument is wrong (the message says which). */
public final class ReportRejected extends RuntimeException {
    /** Why: the caller must ingest the account first, or fix an argument. */
    public enum Reason { UNKNOWN_ACCOUNT, BAD_ARGUMENT }

    private final Reason reason;

    public ReportRejected(Reason reason, String message) {
        super(requireNonNull(message, "message == null"));
        this.reason = requireNonNull(reason, "reason == null");
    }

    public Reason reason() {
        return reason;
    }
}
