package org.rehabkg.server;

import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * Fuseki's query action, refusing federated queries before they run. The context also sets
 * {@code arq:httpServiceAllowed false}, but ARQ then fails the query mid-execution with a 500-ish
 * error; a query that names SERVICE is a request the server will not process, which is 422.
 */
final class NoServiceQuery extends SPARQL_QueryDataset {
    static final int UNPROCESSABLE = 422;

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (hasService(query))
            throw new ActionErrorException(UNPROCESSABLE,
                    "SERVICE (federated query) is disabled on this endpoint", null);
    }

    /** Also finds SERVICE inside FILTER (NOT) EXISTS (the walker enters those) and sub-queries (entered here). */
    static boolean hasService(Query query) {
        if (query.getQueryPattern() == null)
            return false;
        boolean[] found = { false };
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementService el) {
                found[0] = true;
            }

            @Override
            public void visit(ElementSubQuery el) {
                found[0] |= hasService(el.getQuery());
            }
        });
        return found[0];
    }
}
