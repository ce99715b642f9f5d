package org.rehabkg.server;

import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;

/**
 * Fuseki's query action, refusing before they run: federated queries, and queries nested too
 * deeply for the engine. Fuseki 6.2 allows SERVICE by default (ARQ's global default); the
 * endpoint's context also sets {@code arq:httpServiceAllowed false}, but ARQ then fails only when
 * the SERVICE is reached, and inside FILTER EXISTS the failure silently reads as false. A query
 * naming SERVICE anywhere is refused up front with 422. A query nested deeper than
 * {@link QueryShape#MAX_DEPTH} would overflow a thread's stack in the parser, the engine or
 * Fuseki's request log; it is refused with 400.
 */
final class NoServiceQuery extends SPARQL_QueryDataset {
    static final int UNPROCESSABLE = 422;

    @Override
    protected void execute(String queryString, HttpAction action) {
        // Fuseki parses the query again and formats it for its log, both by recursion: a query is
        // measured here first, with the parser's own recursion caught.
        try {
            Query query = QueryFactory.create(queryString, Syntax.syntaxARQ);
            refuseDeep(QueryShape.of(Algebra.compile(query)));
        } catch (QueryParseException e) {
            // Fuseki reports it, with the line and column
        } catch (StackOverflowError e) {
            throw tooDeep();
        }
        super.execute(queryString, action);
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (hasService(Algebra.compile(query)))
            throw new ActionErrorException(UNPROCESSABLE,
                    "SERVICE (federated query) is disabled on this endpoint", null);
    }

    /** The algebra covers sub-queries; EXISTS / NOT EXISTS patterns inside expressions count. */
    static boolean hasService(Op op) {
        QueryShape shape = QueryShape.of(op);
        refuseDeep(shape);
        return shape.service();
    }

    private static void refuseDeep(QueryShape shape) {
        if (shape.tooDeep())
            throw tooDeep();
    }

    private static ActionErrorException tooDeep() {
        return new ActionErrorException(400, "the query is nested too deeply (more than "
                + QueryShape.MAX_DEPTH + " levels of patterns and expressions)", null);
    }
}
