package org.rehabkg.graph.sparql;

import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;

/** {@code REGEX(text, pattern [, flags])} that ends with the query's timeout ({@link GuardedRegexes}). */
final class GuardedRegex extends E_Regex {
    /** Compiled once when the pattern and flags are constants, as ARQ does. */
    private final Pattern constant;

    GuardedRegex(Expr text, Expr pattern, Expr flags) {
        super(text, pattern, flags);
        constant = GuardedRegexes.constantPattern("Regex", pattern, flags);
    }

    static GuardedRegex of(ExprList args) {
        return new GuardedRegex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        Pattern p = GuardedRegexes.pattern(constant, "Regex", args, 2);
        return NodeValue.makeBoolean(GuardedRegexes.find(p, args.get(0), env));
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
