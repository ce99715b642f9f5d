package org.rehabkg.graph.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.ExprUtils;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The guarded REGEX, REPLACE, CONCAT and GROUP_CONCAT answer exactly what ARQ's own do: each
 * expression is evaluated once by ARQ's expression classes directly (no optimizer, so no guard) and
 * once in a query (through the optimizer, so guarded), and the two must agree, value or error.
 */
class SparqlGuardsTest {
    static {
        JenaSystem.init();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "REGEX('Occupational Therapy', 'therapy')", "REGEX('Occupational Therapy', 'therapy', 'i')",
        "REGEX('a\\nb', 'a.b')", "REGEX('a\\nb', 'a.b', 's')", "REGEX('x\\nb', '^b$')", "REGEX('x\\nb', '^b$', 'm')",
        "REGEX('abc', 'a b c', 'x')", "REGEX('a.c', '.', 'q')", "REGEX('abc', 'a.c', 'q')", "REGEX('ÉCOLE', 'école', 'i')",
        "REGEX('abc'@en, 'b')", "REGEX('abc', '(unclosed')", "REGEX('abc', 'b', 'z')", "REGEX(<http://x/abc>, 'b')",
        "REGEX('abc', 1)", "REGEX('aaa', '(a)\\\\1')",
        "REPLACE('banana', 'a', 'o')", "REPLACE('banana'@en, 'A', 'o', 'i')", "REPLACE('banana', 'x', 'o')",
        "REPLACE('banana', '(an)', '[$1]')", "REPLACE('banana', 'a*', '-')", "REPLACE('banana', '', '-')",
        "REPLACE('a.b.c', '.', '/', 'q')", "REPLACE('banana', '(a)', '$2')", "REPLACE('banana', 'a', '$')",
        "REPLACE('abc'^^<http://www.w3.org/2001/XMLSchema#string>, 'b', 'x')", "REPLACE('abc', 'b', 'x', 'z')",
        "CONCAT('a', 'b'@en)", "CONCAT('a'@en, 'b'@en)", "CONCAT('a', 1)", "CONCAT()", "UCASE('straße')",
        "ENCODE_FOR_URI('a b/é')", "<http://www.w3.org/2005/xpath-functions#matches>('Abc', 'b')",
        "<http://www.w3.org/2005/xpath-functions#replace>('Abc', 'b', 'x')" })
    void sameAnswerAsArq(String expr) {
        String expected = arqDirect(expr);
        String guarded = inQuery(expr);
        assertEquals(expected, guarded, expr);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "; separator='|'" })
    void groupConcatAsArq(String separator) {
        String values = "VALUES ?v { 'b' 'a'@en 1 'b' <http://x/y> }";
        String plain = "SELECT (GROUP_CONCAT(?v" + separator + ") AS ?x) { " + values + " }";
        String distinct = "SELECT (GROUP_CONCAT(DISTINCT ?v" + separator + ") AS ?x) { " + values + " }";
        assertEquals(firstValue(plain, false), firstValue(plain, true));
        assertEquals(firstValue(distinct, false), firstValue(distinct, true));
    }

    @ParameterizedTest
    @ValueSource(ints = { 1 << 10, 1 << 19 })
    void stringsUpToTheLimitAreBuilt(int half) {
        String q = "SELECT (STRLEN(CONCAT(?s, ?s)) AS ?x) { BIND('" + "a".repeat(half) + "' AS ?s) }";
        assertEquals(Integer.toString(2 * half), firstValue(q, true).replaceAll("\"|\\^\\^.*", ""));
        String over = "SELECT (STRLEN(CONCAT(?s, ?s, 'a')) AS ?x) { BIND('" + "a".repeat(QueryLimits.MAX_STRING_CHARS / 2) + "' AS ?s) }";
        StringLimitException e = assertThrows(StringLimitException.class, () -> firstValue(over, true));
        assertTrue(e.getMessage().contains("CONCAT"), e.getMessage());
    }

    /**
     * ARQ's own expression classes, evaluated directly; "error" for an evaluation error, or any other
     * exception (ARQ lets an IllegalArgumentException out of REPLACE with a bad "$"; the guarded
     * REPLACE makes it an evaluation error).
     */
    static String arqDirect(String expr) {
        try {
            return ExprUtils.eval(ExprUtils.parse(expr)).asNode().toString();
        } catch (RuntimeException e) {
            return "error";
        }
    }

    /**
     * The same expression projected by a query, where the guards are in place; "error" when unbound,
     * or when the query is refused as malformed (a constant pattern that does not compile).
     */
    static String inQuery(String expr) {
        try {
            return firstValue("SELECT (" + expr + " AS ?x) {}", true);
        } catch (org.apache.jena.query.QueryException e) {
            return "error";
        }
    }

    static String firstValue(String query, boolean guarded) {
        QueryExecBuilder b = QueryExec.dataset(DatasetGraphFactory.empty()).query(query);
        if (!guarded)
            b.set(org.apache.jena.sparql.ARQConstants.sysOptimizerFactory, org.apache.jena.sparql.algebra.optimize.Optimize.stdOptimizationFactory);
        try (QueryExec exec = b.build()) {
            RowSet rows = exec.select();
            Binding row = rows.next();
            Node x = row.get("x");
            return x == null ? "error" : x.toString();
        }
    }
}
