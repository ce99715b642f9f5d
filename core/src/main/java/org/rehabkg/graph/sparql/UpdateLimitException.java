package org.rehabkg.graph.sparql;

import org.apache.jena.query.QueryDeniedException;

/**
 * An update that would write or delete more quads than {@link QueryLimits#MAX_UPDATE_QUADS}. It stops
 * the update while its WHERE is still being evaluated; the transaction is aborted, so nothing of it
 * is applied (Fuseki answers 400 with this message).
 */
public final class UpdateLimitException extends QueryDeniedException {
    UpdateLimitException(String message) {
        super(message);
    }
}
