package dev.bitofgit.meaning;

/** Search by meaning cannot run here (the model's native library would not load); searches fall back to words. */
public final class MeaningUnavailable extends RuntimeException {
    MeaningUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
