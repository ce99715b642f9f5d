package org.rehabkg.graph.sparql;

import java.util.Comparator;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.engine.iterator.QueryIterPath;
import org.apache.jena.sparql.engine.iterator.QueryIterSort;
import org.apache.jena.sparql.engine.main.OpExecutor;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;
import org.apache.jena.tdb2.solver.QueryEngineTDB;

/**
 * ARQ's and TDB2's op executors, changed where a step does much work before it passes on a row, so
 * that it reads the execution's cancel flag while it works. ARQ's timeout only sets that flag, and
 * ARQ reads it between rows, so such a step ran to its end past the timeout:
 * <ul>
 * <li>ORDER BY: ARQ's sort can abort, but only through the query's {@code abort()}, which a timeout
 * does not call. Each spill sorts up to {@code ARQ.spillToDiskThreshold} rows (10,000 on the
 * server) and a final sort all that is left: up to 2.6 s (0.4 s of CPU) past a 1 s timeout on a
 * loaded machine. Here the sort's comparisons read the flag.
 * <li>A property path with a closure ({@code ?a (p|!p)* ?b}) computes each start node's whole
 * closure before it passes on a row. On TDB2 it is evaluated here over a {@link CheckedGraph};
 * in memory, {@link CancellableReads} checks every graph the query reads.
 * </ul>
 */
final class CancellableSteps {
    private CancellableSteps() {}

    /** ARQ's executor with a cancellable ORDER BY, for {@link CancellableReads}. */
    static final OpExecutorFactory MAIN = Main::new;

    /** Before TDB2's engine in the registry; answers for the queries that engine answers, with {@link Tdb2}'s executor. */
    static final QueryEngineFactory TDB2_ENGINE = new QueryEngineFactory() {
        @Override
        public boolean accept(Query query, DatasetGraph dataset, Context context) {
            return QueryEngineTDB.getFactory().accept(query, dataset, context);
        }

        @Override
        public Plan create(Query query, DatasetGraph dataset, Binding input, Context context) {
            // The execution's own context: TDB2 set its executor in the dataset's, which this overrides.
            QC.setFactory(context, Tdb2::new);
            return QueryEngineTDB.getFactory().create(query, dataset, input, context);
        }

        @Override
        public boolean accept(Op op, DatasetGraph dataset, Context context) {
            return false;   // algebra given directly: TDB2's own engine, as before
        }

        @Override
        public Plan create(Op op, DatasetGraph dataset, Binding input, Context context) {
            throw new UnsupportedOperationException("algebra is run by TDB2's own engine");
        }
    };

    /** An ORDER BY whose comparisons stop once the execution is cancelled. */
    private static QueryIterator sort(QueryIterator rows, OpOrder order, ExecutionContext execution) {
        Comparator<Binding> byConditions = new BindingComparator(order.getConditions(), execution);
        AtomicBoolean cancel = execution.getCancelSignal();
        return QueryIterSort.create(rows, (a, b) -> {
            CheckedGraph.check(cancel);
            return byConditions.compare(a, b);
        }, execution);
    }

    private static final class Main extends OpExecutor {
        Main(ExecutionContext execution) {
            super(execution);
        }

        @Override
        protected QueryIterator execute(OpOrder order, QueryIterator input) {
            return sort(exec(order.getSubOp(), input), order, execCxt);
        }
    }

    private static final class Tdb2 extends OpExecutorTDB2 {
        Tdb2(ExecutionContext execution) {
            super(execution);
        }

        @Override
        protected QueryIterator execute(OpOrder order, QueryIterator input) {
            return sort(exec(order.getSubOp(), input), order, execCxt);
        }

        /** The path over a checked view of the graph it runs on. */
        @Override
        protected QueryIterator execute(OpPath path, QueryIterator input) {
            Graph graph = execCxt.getActiveGraph();
            if (graph == null || graph instanceof CheckedGraph)
                return super.execute(path, input);
            Graph checked = new CheckedGraph(graph, execCxt.getCancelSignal());
            return new QueryIterPath(path.getTriplePath(), input, ExecutionContext.copyChangeActiveGraph(execCxt, checked));
        }
    }
}
