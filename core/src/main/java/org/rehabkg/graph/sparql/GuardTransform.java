package org.rehabkg.graph.sparql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrEncodeForURI;
import org.apache.jena.sparql.expr.E_StrLowerCase;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.E_StrUpperCase;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.aggregate.Aggregator;

/**
 * Rewrites a query's algebra, before ARQ's optimizer (which folds constants, i.e. evaluates), so that its string functions are the guarded
 * ones: REGEX and REPLACE end with the timeout, CONCAT, REPLACE, GROUP_CONCAT and the functions that
 * multiply a string's length stay within {@link QueryLimits}. Expressions inside FILTER, BIND, ORDER
 * BY, GROUP BY, aggregates and (NOT) EXISTS are all reached.
 */
final class GuardTransform {
    private static final String FN = "http://www.w3.org/2005/xpath-functions#";
    private static final String AFN = "http://jena.apache.org/ARQ/function#";
    /** Functions called by IRI whose result may be longer than their arguments. */
    private static final Set<String> GROWING = Set.of(FN + "concat", FN + "encode-for-uri", FN + "upper-case",
            FN + "lower-case", FN + "string-join", FN + "format-number", AFN + "strjoin", AFN + "sprintf");

    private GuardTransform() {}

    static Op apply(Op op) {
        return Transformer.transform(new Ops(), new Exprs(), op);
    }

    private static final class Exprs extends ExprTransformCopy {
        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            if (func instanceof E_Regex)
                return GuardedPatternCall.of(GuardedPatternCall.Kind.REGEX, args);
            if (func instanceof E_StrReplace)
                return GuardedPatternCall.of(GuardedPatternCall.Kind.REPLACE, args);
            if (func instanceof E_StrConcat && !(func instanceof GuardedConcat))
                return new GuardedConcat(args);
            if (func instanceof E_Function f && GROWING.contains(f.getFunctionIRI()))
                return new CappedString(super.transform(func, args), f.getFunctionIRI(), true);
            return super.transform(func, args);
        }

        @Override
        public Expr transform(ExprFunction1 func, Expr arg) {
            Expr copy = super.transform(func, arg);
            if (func instanceof E_StrUpperCase || func instanceof E_StrLowerCase)
                return new CappedString(copy, func.getFunctionSymbol().getSymbol(), false);
            if (func instanceof E_StrEncodeForURI)
                return new CappedString(copy, func.getFunctionSymbol().getSymbol(), true);
            return copy;
        }
    }

    private static final class Ops extends TransformCopy {
        @Override
        public Op transform(OpGroup group, Op sub) {
            List<ExprAggregator> aggregators = new ArrayList<>();
            boolean changed = false;
            for (ExprAggregator a : group.getAggregators()) {
                Aggregator guarded = GuardedGroupConcat.of(a.getAggregator());
                changed |= guarded != a.getAggregator();
                aggregators.add(guarded == a.getAggregator() ? a : new ExprAggregator(a.getVar(), guarded));
            }
            if (!changed)
                return super.transform(group, sub);
            return OpGroup.create(sub, group.getGroupVars(), aggregators);
        }
    }
}
