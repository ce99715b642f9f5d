package org.rehabkg.server;

import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.exec.QueryExecResult;

/**
 * Fuseki's query action, refusing before they run: federated queries, and queries nested too
 * deeply for the engine. Fuseki 6.2 allows SERVICE by default (ARQ's global default); the
 * endpoint's context also sets {@code arq:httpServiceAllowed false}, but ARQ then fails only when
 * the SERVICE is reached, and inside FILTER EXISTS the failure silently reads as false. A query
 * naming SERVICE anywhere is refused up front with 422. A query nested deeper than
 * {@link QueryShape#MAX_DEPTH} would overflow a thread's stack in the parser, the engine or
 * Fuseki's request log; it is refused with 400. And a CONSTRUCT answers RDF only.
 */
final class NoServiceQuery extends SPARQL_QueryDataset {
    static final int UNPROCESSABLE = 422;

    /**
     * Measures the query before Fuseki parses it again, formats it for its log and runs it, all by
     * recursion; the parser's own recursion is caught here. One walk of the algebra gives both the
     * depth and SERVICE, so a query costs one extra parse and nothing more.
     */
    @Override
    protected void execute(String queryString, HttpAction action) {
        if (NestingDepth.of(queryString) > QueryShape.MAX_DEPTH)
            throw tooDeep();
        QueryShape shape;
        try {
            shape = QueryShape.of(Algebra.compile(QueryFactory.create(queryString, Syntax.syntaxARQ)));
        } catch (QueryParseException e) {
            if (overflowed(e))
                throw tooDeep();
            shape = null;   // Fuseki reports it, with the line and column
        } catch (StackOverflowError e) {
            throw tooDeep();
        }
        if (shape != null) {
            refuseDeep(shape);
            if (shape.service())
                throw new ActionErrorException(UNPROCESSABLE, "SERVICE (federated query) is disabled on this endpoint", null);
        }
        super.execute(queryString, action);
    }

    /** A CONSTRUCT's result without the triples that are no RDF ({@link RdfOnlyResults}). */
    @Override
    protected void sendResults(HttpAction action, QueryExecResult result, Prologue prologue) {
        super.sendResults(action, RdfOnlyResults.of(result), prologue);
    }

    /** The algebra covers sub-queries; EXISTS / NOT EXISTS patterns inside expressions count. */
    static boolean hasService(Op op) {
        QueryShape shape = QueryShape.of(op);
        refuseDeep(shape);
        return shape.service();
    }

    /**
     * ARQ's parser turns an Error thrown inside it, a StackOverflowError from about 1,000 nested
     * braces included, into a QueryParseException with the error's (empty) message, which Fuseki
     * then answered as 400 "StackOverflowError".
     */
    static boolean overflowed(QueryParseException e) {
        return e.getCause() instanceof StackOverflowError;
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
