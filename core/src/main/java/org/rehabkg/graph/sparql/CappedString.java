package org.rehabkg.graph.sparql;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * Wraps a string function whose result is at most a few times its input and bounds the result by
 * {@link QueryLimits}. Functions that can grow their input (ENCODE_FOR_URI triples it; nested,
 * twenty of them around a short string would build gigabytes) also count their result against the
 * execution's total. UCASE and LCASE keep the length of what they are given, so nesting them cannot
 * multiply anything: they are only held to the per-string bound, and a query that lower-cases every
 * label of a large graph (a case-insensitive comparison) is not mistaken for a runaway.
 */
final class CappedString extends ExprFunction1 {
    private final String function;
    private final boolean grows;

    CappedString(Expr inner, String function, boolean grows) {
        super(inner, function);
        this.function = function;
        this.grows = grows;
    }

    @Override
    public NodeValue eval(NodeValue v, FunctionEnv env) {
        Node n = v.asNode();
        if (n.isLiteral()) {
            int length = n.getLiteralLexicalForm().length();
            if (grows)
                QueryLimits.allowString(length, env, function.toUpperCase());
            else
                QueryLimits.checkLength(length, function.toUpperCase());
        }
        return v;
    }

    @Override
    public NodeValue eval(NodeValue v) {
        return eval(v, null);
    }

    @Override
    public Expr copy(Expr expr) {
        return new CappedString(expr, function, grows);
    }
}
