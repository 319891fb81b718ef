package dev.bitofgit.store;

/** The store could not be opened, migrated or written. The message says what and, where it can, why. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
