package org.rehabkg.graph.sparql;

import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.Accumulator;
import org.apache.jena.sparql.expr.aggregate.AccumulatorExpr;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * {@code GROUP_CONCAT} (also DISTINCT) as ARQ computes it (the values' lexical forms joined by the
 * separator, a space by default, into a plain string) that stops at {@link QueryLimits} instead of
 * growing one string over a whole cross product.
 */
final class GuardedGroupConcat {
    private GuardedGroupConcat() {}

    static Aggregator of(Aggregator agg) {
        if (agg instanceof AggGroupConcat a)
            return new Plain(a.getExprList().get(0), a.getSeparator());
        if (agg instanceof AggGroupConcatDistinct a)
            return new Distinct(a.getExprList().get(0), a.getSeparator());
        return agg;
    }

    private static String effective(String separator) {
        return separator == null ? " " : separator;
    }

    static final class Plain extends AggGroupConcat {
        Plain(Expr expr, String separator) {
            super(expr, separator);
        }

        @Override
        public Accumulator createAccumulator() {
            return new Acc(getExpr(), effective(getSeparator()), false);
        }

        @Override
        public Aggregator copy(ExprList exprs) {
            return new Plain(exprs.get(0), getSeparator());
        }
    }

    static final class Distinct extends AggGroupConcatDistinct {
        Distinct(Expr expr, String separator) {
            super(expr, separator);
        }

        @Override
        public Accumulator createAccumulator() {
            return new Acc(getExpr(), effective(getSeparator()), true);
        }

        @Override
        public Aggregator copy(ExprList exprs) {
            return new Distinct(exprs.get(0), getSeparator());
        }
    }

    private static final class Acc extends AccumulatorExpr {
        private final StringBuilder joined = new StringBuilder();
        private final String separator;
        private boolean first = true;

        Acc(Expr expr, String separator, boolean distinct) {
            super(expr, distinct);
            this.separator = separator;
        }

        @Override
        protected void accumulate(NodeValue nv, Binding binding, FunctionEnv env) {
            String s = nv.asString();
            int added = (first ? 0 : separator.length()) + s.length();
            QueryLimits.checkLength((long) joined.length() + added, "GROUP_CONCAT");
            QueryLimits.charge(added, env, "GROUP_CONCAT");
            if (!first)
                joined.append(separator);
            joined.append(s);
            first = false;
        }

        @Override
        protected void accumulateError(Binding binding, FunctionEnv env) {}

        @Override
        public NodeValue getAccValue() {
            return NodeValue.makeString(joined.toString());
        }
    }
}
