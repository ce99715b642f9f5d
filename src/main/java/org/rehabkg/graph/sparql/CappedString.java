package org.rehabkg.graph.sparql;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * Wraps a string function whose result is at most a few times its input (UCASE, LCASE,
 * ENCODE_FOR_URI …) and counts the result against {@link QueryLimits}: nested, each multiplies, so
 * twenty of them around a short string would otherwise build gigabytes.
 */
final class CappedString extends ExprFunction1 {
    private final String function;

    CappedString(Expr inner, String function) {
        super(inner, function);
        this.function = function;
    }

    @Override
    public NodeValue eval(NodeValue v, FunctionEnv env) {
        Node n = v.asNode();
        if (n.isLiteral())
            QueryLimits.allowString(n.getLiteralLexicalForm().length(), env, function.toUpperCase());
        return v;
    }

    @Override
    public NodeValue eval(NodeValue v) {
        return eval(v, null);
    }

    @Override
    public Expr copy(Expr expr) {
        return new CappedString(expr, function);
    }
}
