package org.rehabkg.graph.sparql;

import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * {@code REPLACE(text, pattern, replacement [, flags])} that ends with the query's timeout and builds
 * no string longer than {@link QueryLimits} allow ({@link GuardedRegexes}).
 */
final class GuardedReplace extends E_StrReplace {
    private final Pattern constant;

    GuardedReplace(Expr text, Expr pattern, Expr replacement, Expr flags) {
        super(text, pattern, replacement, flags);
        constant = GuardedRegexes.constantPattern("replace", pattern, flags);
    }

    static GuardedReplace of(ExprList args) {
        return new GuardedReplace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        Pattern p = GuardedRegexes.pattern(constant, "replace", args, 3);
        return GuardedRegexes.replace(p, args.get(0), args.get(2), env);
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        return eval(args, null);
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return of(newArgs);
    }
}
