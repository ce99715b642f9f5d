package org.rehabkg.graph.sparql;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.engine.main.QueryEngineMain;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * ARQ's main query engine over a view of the dataset whose graphs read the execution's cancel flag
 * on every {@code find} ({@link CheckedGraph}), with the cancellable ORDER BY of
 * {@link CancellableSteps}. ARQ notices its timeout between the rows its iterators pass on, but a
 * property path with a closure ({@code ?a (p|!p)* ?b}) computes each start node's whole closure
 * before it passes on a row: one such step ran 0.5 s and more past a 1 s timeout (longer under
 * load), and a sort over it waited for it. Every step of a closure is a {@code find}, so the query
 * now stops within one step of the timeout. TDB2 datasets keep their own engine (this view would
 * hide their storage-level execution; {@link CancellableSteps#TDB2_ENGINE}); the served in-memory
 * graph goes through this one.
 */
final class CancellableReads extends DatasetGraphWrapper {
    /** Before ARQ's main engine in the registry; answers for what that engine answers, TDB2 aside. */
    static final QueryEngineFactory FACTORY = new QueryEngineFactory() {
        @Override
        public boolean accept(Query query, DatasetGraph dataset, Context context) {
            return !(dataset instanceof CancellableReads) && !TDBInternal.isTDB2(dataset)
                    && QueryEngineMain.getFactory().accept(query, dataset, context);
        }

        @Override
        public Plan create(Query query, DatasetGraph dataset, Binding input, Context context) {
            QC.setFactory(context, CancellableSteps.MAIN);
            return new QueryEngineMain(query, new CancellableReads(dataset, Context.getCancelSignal(context)), input, context).getPlan();
        }

        @Override
        public boolean accept(Op op, DatasetGraph dataset, Context context) {
            return false;   // algebra given directly: ARQ's own engine, as before
        }

        @Override
        public Plan create(Op op, DatasetGraph dataset, Binding input, Context context) {
            throw new UnsupportedOperationException("algebra is run by ARQ's own engine");
        }
    };

    private final AtomicBoolean cancel;

    private CancellableReads(DatasetGraph dataset, AtomicBoolean cancel) {
        super(dataset);
        this.cancel = cancel;
    }

    @Override
    public Graph getDefaultGraph() {
        return new CheckedGraph(super.getDefaultGraph(), cancel);
    }

    @Override
    public Graph getGraph(Node graphNode) {
        Graph g = super.getGraph(graphNode);
        return g == null ? null : new CheckedGraph(g, cancel);
    }
}
