package org.rehabkg.server;

import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;

/**
 * Fuseki's query action, refusing federated queries before they run. Fuseki 6.2 allows SERVICE by
 * default (ARQ's global default); the server context also sets {@code arq:httpServiceAllowed false},
 * but ARQ then fails only when the SERVICE is reached, and inside FILTER EXISTS the failure
 * silently reads as false. A query naming SERVICE anywhere is refused up front with 422.
 */
final class NoServiceQuery extends SPARQL_QueryDataset {
    static final int UNPROCESSABLE = 422;

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (hasService(Algebra.compile(query)))
            throw new ActionErrorException(UNPROCESSABLE,
                    "SERVICE (federated query) is disabled on this endpoint", null);
    }

    /** The algebra covers sub-queries; EXISTS / NOT EXISTS patterns inside expressions are entered here. */
    static boolean hasService(Op op) {
        boolean[] found = { false };
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpService service) {
                found[0] = true;
            }
        }, new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp exists) {
                found[0] |= hasService(exists.getGraphPattern());
            }
        });
        return found[0];
    }
}
