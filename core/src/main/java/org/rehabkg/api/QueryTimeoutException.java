package org.rehabkg.api;

import java.time.Duration;

/** A query that ran past the timeout it was given, and was stopped. */
public final class QueryTimeoutException extends RuntimeException {
    private final Duration timeout;

    /**
     * The exception.
     *
     * @param timeout the limit the query passed
     * @param cause   Jena's cancellation
     */
    public QueryTimeoutException(Duration timeout, Throwable cause) {
        super("query timed out after " + format(timeout) + " and was stopped", cause);
        this.timeout = timeout;
    }

    /**
     * The limit the query passed.
     *
     * @return the timeout, or null when the store stopped the query on a limit of its own
     */
    public Duration timeout() {
        return timeout;
    }

    private static String format(Duration d) {
        if (d == null)
            return "the store's own time limit";
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }
}
