package dev.bitofgit.tools;

/**
 * A tool call that cannot be answered as asked: bad arguments, an unknown account or repository. The message is
 * written for the caller (often an LLM) so it can correct the call; it becomes an isError result, never a fault.
 */
public final class ToolException extends RuntimeException {
    public ToolException(String message) {
        super(message);
    }
}
