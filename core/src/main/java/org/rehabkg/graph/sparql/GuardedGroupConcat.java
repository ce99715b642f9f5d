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
import org.apache.jena.sparql.serializer.SerializationContext;

/**
 * {@code GROUP_CONCAT} (also DISTINCT) as ARQ computes it (the values' lexical forms joined by the
 * separator, a space by default, into a plain string) that stops at {@link QueryLimits} instead of
 * growing one string over a whole cross product.
 */
final class GuardedGroupConcat extends AggGroupConcat {
    /** One class for both forms: ARQ's two differ only in this flag, which the accumulator takes. */
    private final boolean distinct;

    private GuardedGroupConcat(Expr expr, String separator, boolean distinct) {
        super(expr, separator);
        this.distinct = distinct;
    }

    static Aggregator of(Aggregator agg) {
        if (agg instanceof GuardedGroupConcat)
            return agg;
        if (agg instanceof AggGroupConcat a)
            return new GuardedGroupConcat(a.getExprList().get(0), a.getSeparator(), false);
        if (agg instanceof AggGroupConcatDistinct a)
            return new GuardedGroupConcat(a.getExprList().get(0), a.getSeparator(), true);
        return agg;
    }

    @Override
    public Accumulator createAccumulator() {
        return new Acc(getExpr(), getSeparator() == null ? " " : getSeparator(), distinct);
    }

    @Override
    public Aggregator copy(ExprList exprs) {
        return new GuardedGroupConcat(exprs.get(0), getSeparator(), distinct);
    }

    @Override
    public String asSparqlExpr(SerializationContext context) {
        return asSparqlExpr(distinct, getSeparator(), getExprList(), context);
    }

    @Override
    public String toPrefixString() {
        return prefixGroupConcatString(distinct, getSeparator(), getExprList());
    }

    @Override
    public int hashCode() {
        return super.hashCode() ^ Boolean.hashCode(distinct);
    }

    @Override
    public boolean equals(Aggregator other, boolean bnodeIsVar) {
        return other instanceof GuardedGroupConcat g && g.distinct == distinct && super.equals(other, bnodeIsVar);
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
