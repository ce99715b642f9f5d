package org.rehabkg.query;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.SPARQLResult;

/** Reads a query's whole answer into memory as Jena's {@link SPARQLResult}, whatever the query form. */
final class Answers {
    private Answers() {}

    static SPARQLResult read(QueryExec exec, Query query) {
        if (query.isSelectType())
            return new SPARQLResult(ResultSetFactory.makeRewindable(select(exec)));
        if (query.isAskType())
            return new SPARQLResult(exec.ask());
        if (query.isConstructType())
            return new SPARQLResult(ModelFactory.createModelForGraph(exec.construct()));
        if (query.isDescribeType())
            return new SPARQLResult(ModelFactory.createModelForGraph(exec.describe()));
        throw new IllegalArgumentException("unsupported query form: " + query.queryType());
    }

    /**
     * The rows of a SELECT, copied so that they no longer depend on the store: TDB2 decodes a
     * binding's terms lazily, which fails once its read transaction has ended.
     */
    static RowSet select(QueryExec exec) {
        RowSet rows = exec.select();
        List<Binding> copies = new ArrayList<>();
        rows.forEachRemaining(b -> copies.add(BindingFactory.copy(b)));
        return RowSetStream.create(rows.getResultVars(), copies.iterator());
    }
}
