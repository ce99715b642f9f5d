package org.rehabkg.cli;

/** A failure the user can fix (bad input, a query that timed out); reported as one line, exit 1. */
public final class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
