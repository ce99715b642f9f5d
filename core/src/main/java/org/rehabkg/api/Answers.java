package org.rehabkg.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/** Reads a query's whole answer into memory as a {@link QueryResult}, whatever the query form. */
final class Answers {
    private Answers() {}

    static QueryResult read(QueryExec exec, Query query) {
        if (query.isSelectType())
            return rows(select(exec));
        if (query.isAskType())
            return QueryResult.ofBoolean(exec.ask());
        if (query.isConstructType())
            return graph(exec.construct(), query);
        if (query.isDescribeType())
            return graph(exec.describe(), query);
        throw new IllegalArgumentException("unsupported query form: " + query.queryType());
    }

    private static QueryResult rows(RowSet rowSet) {
        List<String> vars = rowSet.getResultVars().stream().map(Var::getVarName).toList();
        List<QueryResult.Row> rows = new ArrayList<>();
        rowSet.forEachRemaining(b -> {
            Map<String, Value> values = new LinkedHashMap<>();
            b.forEach((v, node) -> values.put(v.getVarName(), Value.of(node)));
            rows.add(new QueryResult.Row(values));
        });
        return QueryResult.ofRows(vars, rows);
    }

    private static QueryResult graph(Graph graph, Query query) {
        List<Triple> triples = graph.find().toList();
        Map<String, String> prefixes = new LinkedHashMap<>(query.getPrefixMapping().getNsPrefixMap());
        prefixes.putAll(graph.getPrefixMapping().getNsPrefixMap());
        return QueryResult.ofGraph(triples, prefixes);
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
