package org.rehabkg.server;

import java.util.ArrayDeque;
import java.util.Deque;

import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.Op1;
import org.apache.jena.sparql.algebra.op.Op2;
import org.apache.jena.sparql.algebra.op.OpAssign;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpN;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;

/**
 * The nesting depth of a query's algebra (patterns and expressions together, EXISTS included) and
 * whether it names SERVICE, found by a walk with its own stack: the query engine, its printer and
 * Jena's walker all recurse, so a query nested deeper than {@link #MAX_DEPTH} (10,000 UNIONs, a
 * 20,000-term {@code &&} chain) is refused before any of them sees it.
 */
record QueryShape(int depth, boolean service) {
    /** Far deeper than any query written by hand, far shallower than a thread's stack allows. */
    static final int MAX_DEPTH = 256;

    private record Item(Object node, int depth) {}

    static QueryShape of(Op root) {
        Deque<Item> todo = new ArrayDeque<>();
        todo.push(new Item(root, 1));
        int deepest = 0;
        boolean service = false;
        while (!todo.isEmpty()) {
            Item item = todo.pop();
            int d = item.depth();
            deepest = Math.max(deepest, d);
            if (d > MAX_DEPTH)
                break;   // deep enough to refuse; no need to see the rest
            if (item.node() instanceof Op op) {
                service |= op instanceof OpService;
                if (op instanceof Op1 op1 && op1.getSubOp() != null)
                    todo.push(new Item(op1.getSubOp(), d + 1));
                if (op instanceof Op2 op2) {
                    todo.push(new Item(op2.getLeft(), d + 1));
                    todo.push(new Item(op2.getRight(), d + 1));
                }
                if (op instanceof OpN opN)
                    for (Op sub : opN.getElements())
                        todo.push(new Item(sub, d + 1));
                pushExprs(todo, exprs(op), d + 1);
            } else if (item.node() instanceof ExprFunctionOp exists) {
                todo.push(new Item(exists.getGraphPattern(), d + 1));
                pushExprs(todo, exists.getArgs(), d + 1);
            } else if (item.node() instanceof ExprAggregator agg) {
                if (agg.getAggregator().getExprList() != null)
                    pushExprs(todo, agg.getAggregator().getExprList().getList(), d + 1);
            } else if (item.node() instanceof ExprFunction f) {
                pushExprs(todo, f.getArgs(), d + 1);
            }
        }
        return new QueryShape(deepest, service);
    }

    boolean tooDeep() {
        return depth > MAX_DEPTH;
    }

    private static void pushExprs(Deque<Item> todo, Iterable<Expr> exprs, int depth) {
        if (exprs != null)
            for (Expr e : exprs)
                if (e != null)
                    todo.push(new Item(e, depth));
    }

    /** The expressions an operator holds itself (not those of its sub-operators). */
    private static Iterable<Expr> exprs(Op op) {
        ExprList list = new ExprList();
        if (op instanceof OpFilter f)
            list.addAll(f.getExprs());
        else if (op instanceof OpLeftJoin lj && lj.getExprs() != null)
            list.addAll(lj.getExprs());
        else if (op instanceof OpExtend e)
            e.getVarExprList().getExprs().values().forEach(list::add);
        else if (op instanceof OpAssign a)
            a.getVarExprList().getExprs().values().forEach(list::add);
        else if (op instanceof OpGroup g) {
            g.getGroupVars().getExprs().values().forEach(list::add);
            g.getAggregators().forEach(list::add);
        } else if (op instanceof OpOrder o)
            o.getConditions().stream().map(SortCondition::getExpression).forEach(list::add);
        else if (op instanceof OpTopN t)
            t.getConditions().stream().map(SortCondition::getExpression).forEach(list::add);
        return list;
    }
}
