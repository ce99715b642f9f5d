package org.rehabkg.query;

import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.resultset.SPARQLResult;

/** Reads a query's whole answer into memory as Jena's {@link SPARQLResult}, whatever the query form. */
final class Answers {
    private Answers() {}

    static SPARQLResult read(QueryExec exec, Query query) {
        if (query.isSelectType())
            return new SPARQLResult(ResultSetFactory.makeRewindable(exec.select()));
        if (query.isAskType())
            return new SPARQLResult(exec.ask());
        if (query.isConstructType())
            return new SPARQLResult(ModelFactory.createModelForGraph(exec.construct()));
        if (query.isDescribeType())
            return new SPARQLResult(ModelFactory.createModelForGraph(exec.describe()));
        throw new IllegalArgumentException("unsupported query form: " + query.queryType());
    }
}
