package dev.bitofgit.app;

/**
 * A setting that cannot be used. The message is one line naming the variable and what is wrong;
 * the CLI prints it and exits with code 2, never a stack trace.
 */
public final class ConfigurationException extends RuntimeException {
    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
