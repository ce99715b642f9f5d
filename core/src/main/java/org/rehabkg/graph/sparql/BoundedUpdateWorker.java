package org.rehabkg.graph.sparql;

import java.util.Iterator;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.Alarm;
import org.apache.jena.atlas.lib.AlarmClock;
import org.apache.jena.atlas.lib.Closeable;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.modify.UpdateEngineFactory;
import org.apache.jena.sparql.modify.UpdateEngineMain;
import org.apache.jena.sparql.modify.UpdateEngineWorker;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateAdd;
import org.apache.jena.sparql.modify.request.UpdateBinaryOp;
import org.apache.jena.sparql.modify.request.UpdateCopy;
import org.apache.jena.sparql.modify.request.UpdateDataDelete;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDeleteWhere;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.modify.request.UpdateMove;
import org.apache.jena.sparql.modify.request.UpdateVisitor;
import org.apache.jena.sparql.util.Context;

/**
 * ARQ's update worker, counting the quads one update request writes or deletes and stopping it at
 * {@link QueryLimits#MAX_UPDATE_QUADS}. An {@code INSERT … WHERE} (or DELETE, or both) writes its
 * templates once per row of its WHERE: ARQ first collects all the rows (spilling them to disk), then
 * applies the templates, all in one transaction whose changes are held until the commit. So a cross
 * product in the WHERE ran until the timeout and could fill the heap. Here each row is counted, as
 * ARQ pulls it, for the quads its templates will write; the update is refused as soon as the request
 * passes the bound, before anything is applied, and the caller's transaction is aborted.
 * {@code ADD}, {@code COPY} and {@code MOVE} count the quads of the graph they copy, each before it
 * copies: a 1.6 KB request of 50 {@code ADD DEFAULT TO <g_i>} wrote 613,200 quads to TDB2 in 14 s (the
 * timeout does not stop a copy), and a 1 MB request holds 40,000 of them. The copies before the one
 * that passes the bound have run by then (at most the bound's worth) and are rolled back with the rest. The deletions of graph
 * management ({@code CLEAR}, {@code DROP}, the target a {@code COPY} replaces, the source a
 * {@code MOVE} empties) are not counted: one request removes at most what the store holds.
 */
final class BoundedUpdateWorker extends UpdateEngineWorker {
    /** Updates whose context sets {@link QueryLimits#UPDATE_QUADS} go through this worker ({@link SparqlGuards#install}). */
    static final UpdateEngineFactory FACTORY = new UpdateEngineFactory() {
        @Override
        public boolean accept(DatasetGraph dataset, Context context) {
            return context != null && context.isDefined(QueryLimits.UPDATE_QUADS);
        }

        @Override
        public UpdateEngineMain create(DatasetGraph dataset, Context context) {
            return new UpdateEngineMain(dataset, context) {
                private BoundedUpdateWorker worker;

                @Override
                protected UpdateVisitor prepareWorker() {
                    return worker = new BoundedUpdateWorker(datasetGraph, this.context);
                }

                @Override
                public void finishRequest() {
                    super.finishRequest();
                    if (worker != null)
                        worker.finished();
                }
            };
        }
    };

    /** Quads written or deleted so far by this request (one worker per request). */
    private long quads;
    /** Quads the current operation's templates write per row of its WHERE. */
    private int perRow;

    /** The bound of this request, from its context. */
    private final long limit;
    /** Aborts the request when its timeout has passed, from its first WHERE on; null before and without a timeout. */
    private Alarm deadline;

    private BoundedUpdateWorker(DatasetGraph dataset, Context context) {
        super(dataset, context);
        this.limit = context.getLong(QueryLimits.UPDATE_QUADS, QueryLimits.MAX_UPDATE_QUADS);
    }

    @Override
    public void visit(UpdateModify update) {
        perRow = update.getDeleteQuads().size() + update.getInsertQuads().size();
        super.visit(update);
    }

    @Override
    public void visit(UpdateDeleteWhere update) {
        perRow = update.getQuads().size();
        super.visit(update);
    }

    @Override
    public void visit(UpdateDataInsert update) {
        count(update.getQuads().size());
        super.visit(update);
    }

    @Override
    public void visit(UpdateDataDelete update) {
        count(update.getQuads().size());
        super.visit(update);
    }

    @Override
    public void visit(UpdateAdd update) {
        countCopy(update);
        super.visit(update);
    }

    @Override
    public void visit(UpdateCopy update) {
        countCopy(update);
        super.visit(update);
    }

    @Override
    public void visit(UpdateMove update) {
        countCopy(update);
        super.visit(update);
    }

    /** Counts the quads {@code update} copies: its source graph's, unless it copies a graph onto itself (ARQ does nothing then). */
    private void countCopy(UpdateBinaryOp update) {
        Target source = update.getSrc();
        if (source.equals(update.getDest()))
            return;
        long size = source.isDefault() ? datasetGraph.getDefaultGraph().size()
                : source.isOneNamedGraph() ? datasetGraph.getGraph(source.getGraph()).size() : 0;
        count(size, "(ADD, COPY and MOVE count the quads of the graph they copy); nothing was applied. Split it");
    }

    /**
     * Jena 6.2.0's worker gives the second and later WHERE of a request a query timeout of 0 (it
     * subtracts the time spent from -1 where it means the timeout), so a request of two
     * {@code INSERT … WHERE} was cancelled at its second. Here each WHERE is given the whole timeout
     * (ARQ's branch for a request's first) and the request as a whole is aborted when its timeout has
     * passed, as ARQ means to: {@link #abort()} cancels the WHERE under way and any after it.
     */
    @Override
    protected Iterator<Binding> evalBindings(Query query, DatasetGraph dataset, Context context) {
        if (timeout.hasOverallTimeout()) {
            if (deadline == null)
                deadline = AlarmClock.get().add(this::abort, timeout.overallTimeoutMillis());
            startTimeMillis = -1;
        }
        return new CountedRows(super.evalBindings(query, dataset, context), perRow);
    }

    /** The request is over: its deadline no longer applies. */
    private void finished() {
        if (deadline != null)
            AlarmClock.get().cancel(deadline);
    }

    private void count(long added) {
        count(added, "(its templates once per row of its WHERE); nothing was applied. Narrow its WHERE or split it");
    }

    private void count(long added, String how) {
        quads += added;
        if (quads > limit)
            throw new UpdateLimitException("the update would write or delete more than " + limit + " quads " + how);
    }

    /** The rows of a WHERE, each counted for the quads it will produce as it is pulled. */
    private final class CountedRows implements Iterator<Binding>, Closeable {
        private final Iterator<Binding> rows;
        private final int quadsPerRow;

        CountedRows(Iterator<Binding> rows, int quadsPerRow) {
            this.rows = rows;
            this.quadsPerRow = quadsPerRow;
        }

        @Override
        public boolean hasNext() {
            return rows.hasNext();
        }

        @Override
        public Binding next() {
            count(quadsPerRow);
            return rows.next();
        }

        @Override
        public void close() {
            Iter.close(rows);
        }
    }
}
