package org.rehabkg.api;

/**
 * Turns Jena's HTTP failures, whose message is the long request URL, into a one-line
 * {@link RemoteGraphException}: the status and its reason, or the connection failure.
 */
final class RemoteFailure {
    /** Longest part of an error body quoted in the message. */
    private static final int MAX_QUOTED = 160;

    private RemoteFailure() {}

    static RemoteGraphException of(String endpoint, int status, String statusLine, RuntimeException e) {
        if (status > 0) {
            String reason = statusLine == null || statusLine.isBlank() ? "" : " " + statusLine.strip();
            return new RemoteGraphException(endpoint, status, "HTTP " + status + reason + firstLine(e), e);
        }
        // The first cause says what happened (ConnectException: Connection refused); deeper ones say how.
        Throwable cause = e.getCause() == null || e.getCause() == e ? null : e.getCause();
        String why = cause == null ? "no answer"
                : cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return new RemoteGraphException(endpoint, -1, why, e);
    }

    /** The first line of the error body (Fuseki says there why it refused the query), shortened. */
    private static String firstLine(RuntimeException e) {
        String body = e instanceof org.apache.jena.sparql.engine.http.QueryExceptionHTTP q ? q.getResponseBody()
                : e instanceof org.apache.jena.atlas.web.HttpException h ? h.getResponse() : null;
        if (body == null || body.isBlank())
            return "";
        String line = body.strip().lines().findFirst().orElse("");
        return ": " + (line.length() > MAX_QUOTED ? line.substring(0, MAX_QUOTED) + "…" : line);
    }
}
