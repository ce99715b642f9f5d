package org.rehabkg.graph.sparql;

import java.util.IllegalFormatException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.function.library.sprintf;
import org.apache.jena.sparql.modify.UpdateEngineRegistry;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryBuildException;

/**
 * Installs rehabkg's guards into ARQ for every query and update run in this JVM ({@link GuardTransform},
 * {@link QueryLimits}): the guard rewrite, followed by ARQ's standard optimizer, as the optimizer of
 * every execution; the XPath forms {@code fn:matches} / {@code fn:replace} and {@code afn:sprintf} as
 * guarded functions; no function reached by class name ({@link LocalFunctionRegistry}); a literal
 * pattern that does not compile, or text the parser fails on otherwise, a parse error
 * ({@link ConstantPatternParser}); every update bounded in the quads it writes and in its time
 * ({@link BoundedUpdateWorker}); path closures and sorts that stop at the
 * timeout, in memory and on TDB2 ({@link CancellableReads}, {@link CancellableSteps}).
 * Called once by {@link org.rehabkg.graph.RehabSubsystem} when Jena initialises.
 */
public final class SparqlGuards {
    private static final String FN = "http://www.w3.org/2005/xpath-functions#";
    private static final String AFN = "http://jena.apache.org/ARQ/function#";

    private SparqlGuards() {}

    public static void install() {
        RewriteFactory standard = Optimize.stdOptimizationFactory;
        Optimize.setFactory(context -> {
            Rewrite optimizer = standard.create(context);
            // Before the optimizer, whose constant folding already evaluates constant expressions.
            return op -> optimizer.rewrite(GuardTransform.apply(op));
        });
        ConstantPatternParser.install();
        UpdateEngineRegistry.get().add(BoundedUpdateWorker.FACTORY);
        QueryEngineRegistry.get().add(CancellableReads.FACTORY);
        QueryEngineRegistry.get().add(CancellableSteps.TDB2_ENGINE);
        FunctionRegistry functions = new LocalFunctionRegistry(FunctionRegistry.get());
        functions.put(FN + "matches", Matches.class);
        functions.put(FN + "replace", Replace.class);
        functions.put(AFN + "sprintf", Sprintf.class);
        FunctionRegistry.set(ARQ.getContext(), functions);
    }

    /** {@code afn:sprintf(format, …)} that refuses a field width or precision beyond {@link QueryLimits}. */
    public static final class Sprintf extends sprintf {
        private static final Pattern SPEC = Pattern.compile("%(?:\\d+\\$)?[-#+ 0,(<]*(\\d*)(?:\\.(\\d+))?");

        @Override
        public NodeValue exec(List<NodeValue> args) {
            if (!args.isEmpty() && args.get(0).isString()) {
                Matcher m = SPEC.matcher(args.get(0).getString());
                while (m.find())
                    for (int g = 1; g <= 2; g++)
                        if (m.group(g) != null && !m.group(g).isEmpty())
                            QueryLimits.checkLength(m.group(g).length() > 9 ? Long.MAX_VALUE : Long.parseLong(m.group(g)), "afn:sprintf");
            }
            NodeValue result;
            try {
                result = super.exec(args);
            } catch (IllegalFormatException e) {
                // Java's formatter throws for a format its arguments do not fit ("%d" of a string, "%0"):
                // in SPARQL an error in an expression (unbound), not a failed request (it was a 500).
                throw new ExprEvalException("afn:sprintf: the format does not fit its arguments (" + e.getMessage() + ")");
            }
            if (result.isString())
                QueryLimits.checkLength(result.getString().length(), "afn:sprintf");
            return result;
        }
    }

    /**
     * An XPath regex function: its fixed arguments (the pattern second), then optional flags; the
     * pattern compiled as {@link GuardedRegexes} does, then applied.
     */
    abstract static class PatternFunction extends FunctionBase {
        interface Apply {
            NodeValue to(Pattern pattern, List<NodeValue> args, FunctionEnv env);
        }

        private final String name;
        private final int fixedArgs;
        private final Apply apply;

        PatternFunction(String name, int fixedArgs, Apply apply) {
            this.name = name;
            this.fixedArgs = fixedArgs;
            this.apply = apply;
        }

        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() < fixedArgs || args.size() > fixedArgs + 1)
                throw new QueryBuildException(name + " takes " + fixedArgs + " or " + (fixedArgs + 1) + " arguments");
        }

        @Override
        protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
            return apply.to(GuardedRegexes.pattern(null, name, args, fixedArgs), args, env);
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            return exec(args, null);
        }
    }

    /** {@code fn:matches(text, pattern [, flags])}. */
    public static final class Matches extends PatternFunction {
        public Matches() {
            super("fn:matches", 2, (pattern, args, env) -> NodeValue.makeBoolean(GuardedRegexes.find(pattern, args.get(0), env)));
        }
    }

    /** {@code fn:replace(text, pattern, replacement [, flags])}. */
    public static final class Replace extends PatternFunction {
        public Replace() {
            super("fn:replace", 3, (pattern, args, env) -> GuardedRegexes.replace(pattern, args.get(0), args.get(2), env));
        }
    }
}
