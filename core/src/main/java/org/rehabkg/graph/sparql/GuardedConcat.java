package org.rehabkg.graph.sparql;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;

/** {@code CONCAT(…)} that checks the length of its result against {@link QueryLimits} before building it. */
final class GuardedConcat extends E_StrConcat {
    GuardedConcat(ExprList args) {
        super(args);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        long length = 0;
        for (NodeValue v : args) {
            Node n = v.asNode();
            if (n.isLiteral())
                length += n.getLiteralLexicalForm().length();
        }
        QueryLimits.allowString(length, env, "CONCAT");
        return super.eval(args);
    }

    /** Without an execution (ARQ's constant folding): the length is still checked. */
    @Override
    public NodeValue eval(List<NodeValue> args) {
        return eval(args, null);
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new GuardedConcat(newArgs);
    }
}
