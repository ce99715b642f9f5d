package org.rehabkg.graph.sparql;

import org.apache.jena.query.QueryDeniedException;

/**
 * A query that builds a longer string than {@link QueryLimits} allow. It stops the whole execution
 * (an evaluation error would only leave a variable unbound and let the query go on); Fuseki answers
 * a {@link QueryDeniedException} with 422 and this message.
 */
public final class StringLimitException extends QueryDeniedException {
    StringLimitException(String message) {
        super(message);
    }
}
