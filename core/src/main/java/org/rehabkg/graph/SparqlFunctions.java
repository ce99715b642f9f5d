package org.rehabkg.graph;

import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase1;
import org.apache.jena.sparql.function.FunctionRegistry;

/**
 * SPARQL functions that the QC rules use and SPARQL itself lacks. They are registered with Jena's
 * global {@link FunctionRegistry} when Jena starts ({@link RehabSubsystem}).
 *
 * <ul>
 * <li>{@code rkgf:verhoeff(?s)}: true when the string of digits {@code ?s} ends with the Verhoeff
 * check digit of the digits before it (the check SNOMED CT identifiers carry); false for anything
 * else, including strings that are not all digits.</li>
 * </ul>
 */
public final class SparqlFunctions {
    public static final String NS = Vocab.NS + "function#";
    public static final String VERHOEFF = NS + "verhoeff";

    private SparqlFunctions() {}

    /** Registers the functions (idempotent). */
    public static void register() {
        FunctionRegistry.get().put(VERHOEFF, VerhoeffFunction.class);
    }

    // Verhoeff's dihedral-group tables.
    private static final int[][] D = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
        {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
        {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
        {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
    private static final int[][] P = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
        {8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
        {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};

    /** True when {@code digits} (all 0-9, at least two) ends with its correct Verhoeff check digit. */
    public static boolean verhoeffValid(String digits) {
        if (digits == null || digits.length() < 2)
            return false;
        int c = 0;
        for (int i = 0; i < digits.length(); i++) {
            char ch = digits.charAt(digits.length() - 1 - i);
            if (ch < '0' || ch > '9')
                return false;
            c = D[c][P[i % 8][ch - '0']];
        }
        return c == 0;
    }

    /** {@code rkgf:verhoeff(string)}; a non-string argument is an evaluation error. */
    public static final class VerhoeffFunction extends FunctionBase1 {
        @Override
        public NodeValue exec(NodeValue v) {
            if (!v.isString())
                throw new ExprEvalException("rkgf:verhoeff: not a string: " + v);
            return NodeValue.makeBoolean(verhoeffValid(v.getString()));
        }
    }
}
