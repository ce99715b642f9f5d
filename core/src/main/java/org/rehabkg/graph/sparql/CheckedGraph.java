package org.rehabkg.graph.sparql;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;

/** A view of a graph whose finds stop once a query execution's cancel flag is set. */
final class CheckedGraph extends GraphWrapper {
    private final AtomicBoolean cancel;

    /** @param cancel the execution's cancel flag; null when it has none (nothing is checked) */
    CheckedGraph(Graph graph, AtomicBoolean cancel) {
        super(graph);
        this.cancel = cancel;
    }

    /** Throws {@link QueryCancelledException} if {@code cancel} is set. */
    static void check(AtomicBoolean cancel) {
        if (cancel != null && cancel.get())
            throw new QueryCancelledException();
    }

    @Override
    public ExtendedIterator<Triple> find(Triple pattern) {
        check(cancel);
        return super.find(pattern);
    }

    @Override
    public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
        check(cancel);
        return super.find(s, p, o);
    }
}
