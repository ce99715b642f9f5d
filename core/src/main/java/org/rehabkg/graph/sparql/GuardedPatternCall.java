package org.rehabkg.graph.sparql;

import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.sse.Tags;

/**
 * {@code REGEX(text, pattern [, flags])} and {@code REPLACE(text, pattern, replacement [, flags])}
 * that end with the query's timeout, REPLACE building no string longer than {@link QueryLimits}
 * allow ({@link GuardedRegexes}).
 * <p>
 * Not subclasses of ARQ's {@code E_Regex} / {@code E_StrReplace}: their constructors compile a
 * constant pattern and let its error out of whatever builds them. The optimizer's constant folding
 * builds them anew once {@code UCASE("[")} has become {@code "["}, so a pattern that does not compile
 * escaped from the optimizer as a server error (500). Here a constant pattern or flags that do not
 * compile make the query malformed ({@link QueryParseException}: 400 from Fuseki, "malformed query"
 * on the command line), whether written as a literal or folded into one.
 */
final class GuardedPatternCall extends ExprFunctionN {
    /** What a call does with its compiled pattern and evaluated arguments. */
    enum Kind {
        REGEX(Tags.tagRegex, "REGEX", 2) {
            @Override
            NodeValue apply(Pattern pattern, List<NodeValue> args, FunctionEnv env) {
                return NodeValue.makeBoolean(GuardedRegexes.find(pattern, args.get(0), env));
            }
        },
        REPLACE(Tags.tagReplace, "REPLACE", 3) {
            @Override
            NodeValue apply(Pattern pattern, List<NodeValue> args, FunctionEnv env) {
                return GuardedRegexes.replace(pattern, args.get(0), args.get(2), env);
            }
        };

        final String symbol;
        final String label;
        /** The arguments before the optional flags; the pattern is always the second. */
        final int fixedArgs;

        Kind(String symbol, String label, int fixedArgs) {
            this.symbol = symbol;
            this.label = label;
            this.fixedArgs = fixedArgs;
        }

        abstract NodeValue apply(Pattern pattern, List<NodeValue> args, FunctionEnv env);
    }

    private final Kind kind;
    /** Compiled once when the pattern and flags are constants, as ARQ does; null otherwise. */
    private final Pattern constant;

    private GuardedPatternCall(Kind kind, ExprList args) {
        super(kind.symbol, args);
        this.kind = kind;
        this.constant = constantPattern(kind.label, args.get(1), args.size() > kind.fixedArgs ? args.get(kind.fixedArgs) : null);
    }

    static GuardedPatternCall of(Kind kind, ExprList args) {
        return new GuardedPatternCall(kind, args);
    }

    /**
     * The pattern when it and the flags are constant strings; null when either is not known before
     * evaluation (or not a string: an error per row, as in ARQ).
     *
     * @throws QueryParseException when they are constant strings that do not compile
     */
    private static Pattern constantPattern(String function, Expr pattern, Expr flags) {
        if (!isConstantString(pattern) || (flags != null && !isConstantString(flags)))
            return null;
        try {
            return GuardedRegexes.pattern(function, pattern.getConstant(), flags == null ? null : flags.getConstant());
        } catch (ExprEvalException e) {
            throw MalformedPattern.of(e.getMessage());
        }
    }

    private static boolean isConstantString(Expr e) {
        return e.isConstant() && e.getConstant().isString();
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        Pattern p = GuardedRegexes.pattern(constant, kind.label, args, kind.fixedArgs);
        return kind.apply(p, args, env);
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        return eval(args, null);
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return of(kind, newArgs);
    }
}
