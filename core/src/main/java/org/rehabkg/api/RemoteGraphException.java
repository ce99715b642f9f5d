package org.rehabkg.api;

/**
 * A remote SPARQL endpoint ({@link RehabGraph#remote}) that could not be reached or answered with an
 * error; the message says which endpoint and why in one line (the status, or the connection failure).
 */
public final class RemoteGraphException extends RuntimeException {
    private final String endpoint;
    private final int status;

    /**
     * The exception.
     *
     * @param endpoint the endpoint's URL
     * @param status   the HTTP status, or -1 when there was no answer
     * @param why      what went wrong, in a few words
     * @param cause    Jena's exception
     */
    public RemoteGraphException(String endpoint, int status, String why, Throwable cause) {
        super("the SPARQL endpoint " + endpoint + " failed: " + why, cause);
        this.endpoint = endpoint;
        this.status = status;
    }

    /**
     * The endpoint's URL.
     *
     * @return the URL given to {@link RehabGraph#remote}
     */
    public String endpoint() {
        return endpoint;
    }

    /**
     * The HTTP status of the failed answer.
     *
     * @return the status, or -1 when the endpoint did not answer (connection refused, unknown host …)
     */
    public int status() {
        return status;
    }
}
