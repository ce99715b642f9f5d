package org.rehabkg.api;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Triple;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The whole answer to a SPARQL query, read into memory and immutable: it outlives the graph it came
 * from and can be read any number of times, from any thread.
 *
 * <ul>
 * <li>a SELECT gives {@link Form#ROWS}: {@code variables} and {@code rows};</li>
 * <li>an ASK gives {@link Form#BOOLEAN}: {@code answer};</li>
 * <li>a CONSTRUCT or DESCRIBE gives {@link Form#GRAPH}: {@code triples}, and the query's
 *     {@code prefixes} for writing them.</li>
 * </ul>
 * The parts that do not belong to the form are empty ({@code answer} is false).
 *
 * @param form      which kind of answer this is
 * @param variables the SELECT's variables, in order
 * @param rows      the SELECT's rows, in order
 * @param answer    the ASK's answer
 * @param triples   the CONSTRUCT's or DESCRIBE's triples
 * @param prefixes  the prefixes of the CONSTRUCT or DESCRIBE query (prefix to namespace)
 */
public record QueryResult(Form form, List<String> variables, List<Row> rows, boolean answer, List<Triple> triples,
                          Map<String, String> prefixes) {
    /** The kind of answer, by query form. */
    public enum Form {
        /** A SELECT's table. */
        ROWS,
        /** An ASK's yes or no. */
        BOOLEAN,
        /** A CONSTRUCT's or DESCRIBE's triples. */
        GRAPH
    }

    /** Copies every list and map, so that the result cannot change after it is made. */
    public QueryResult {
        variables = List.copyOf(variables);
        rows = List.copyOf(rows);
        triples = List.copyOf(triples);
        prefixes = Map.copyOf(prefixes);
    }

    /**
     * A SELECT's answer.
     *
     * @param variables the variables, in order
     * @param rows      the rows, in order
     * @return the result
     */
    public static QueryResult ofRows(List<String> variables, List<Row> rows) {
        return new QueryResult(Form.ROWS, variables, rows, false, List.of(), Map.of());
    }

    /**
     * An ASK's answer.
     *
     * @param answer the answer
     * @return the result
     */
    public static QueryResult ofBoolean(boolean answer) {
        return new QueryResult(Form.BOOLEAN, List.of(), List.of(), answer, List.of(), Map.of());
    }

    /**
     * A CONSTRUCT's or DESCRIBE's answer.
     *
     * @param triples  the triples
     * @param prefixes the query's prefixes
     * @return the result
     */
    public static QueryResult ofGraph(List<Triple> triples, Map<String, String> prefixes) {
        return new QueryResult(Form.GRAPH, List.of(), List.of(), false, triples, prefixes);
    }

    /**
     * The rows as a new Jena result set, positioned before the first row (each call gives a fresh
     * one), for Jena's result writers.
     *
     * @return a result set over {@link #rows()}
     * @throws IllegalStateException when this is not a SELECT's answer
     */
    public ResultSet toResultSet() {
        require(Form.ROWS);
        List<Binding> bindings = rows.stream().map(row -> {
            BindingBuilder b = BindingBuilder.create();
            row.values().forEach((name, value) -> b.add(org.apache.jena.sparql.core.Var.alloc(name), value.toNode()));
            return b.build();
        }).toList();
        return ResultSet.adapt(RowSetStream.create(variables.stream().map(org.apache.jena.sparql.core.Var::alloc).toList(),
                bindings.iterator()));
    }

    /**
     * The triples as a new Jena model (each call gives a fresh, modifiable copy) with the query's
     * prefixes.
     *
     * @return a model holding {@link #triples()}
     * @throws IllegalStateException when this is not a CONSTRUCT's or DESCRIBE's answer
     */
    public Model toModel() {
        require(Form.GRAPH);
        org.apache.jena.graph.Graph g = GraphFactory.createDefaultGraph();
        triples.forEach(g::add);
        g.getPrefixMapping().setNsPrefixes(prefixes);
        return ModelFactory.createModelForGraph(g);
    }

    private void require(Form expected) {
        if (form != expected)
            throw new IllegalStateException("this is a " + form + " result, not " + expected);
    }

    /**
     * One row of a SELECT: the value of each bound variable (an unbound variable is absent).
     *
     * @param values variable name (without {@code ?}) to value
     */
    public record Row(Map<String, Value> values) {
        /** Copies the map, so that the row cannot change. */
        public Row {
            values = Map.copyOf(values);
        }

        /**
         * The value of a variable.
         *
         * @param variable the name, without {@code ?}
         * @return the value, or null when the variable is unbound in this row
         */
        public Value get(String variable) {
            return values.get(variable);
        }

        /**
         * The lexical form of a literal or the IRI of a resource.
         *
         * @param variable the name, without {@code ?}
         * @return the text, or null when the variable is unbound in this row
         */
        public String text(String variable) {
            Value v = values.get(variable);
            return v == null ? null : v.text();
        }
    }
}
