package org.rehabkg.graph;

/**
 * Input the caller can fix: a missing file or folder, a folder that holds no rehabkg store, a query
 * parameter of the wrong type, a malformed query header. It is an {@link IllegalArgumentException};
 * the command line reports it as one line, where any other {@code IllegalArgumentException} is a bug.
 */
public class BadInputException extends IllegalArgumentException {
    /**
     * @param message what is wrong and, where it helps, how to fix it
     */
    public BadInputException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong and, where it helps, how to fix it
     * @param cause   the underlying failure
     */
    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
