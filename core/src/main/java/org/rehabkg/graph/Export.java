package org.rehabkg.graph;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * The knowledge graph as one merged file's worth of RDF: the TBox and all data in one graph (which
 * Protégé and the OWL API open as one ontology), or as a dataset that keeps the evidence graphs.
 */
public final class Export {
    private Export() {}

    /**
     * The merged graph: everything asserted in the files, plus the materialised entailments when
     * {@code inferred}.
     */
    public static Graph merged(ServedDataset kg, boolean inferred) {
        DatasetGraph dsg = kg.dataset().asDatasetGraph();
        return Txn.calculateRead(dsg, () -> {
            Graph out = GraphFactory.createDefaultGraph();
            out.getPrefixMapping().setNsPrefixes(kg.prefixes());
            Graph entailed = dsg.getGraph(Vocab.INFERRED_GRAPH);
            // The served default graph is asserted + inferred; the inferred graph holds exactly the latter.
            dsg.getDefaultGraph().find().forEachRemaining(t -> {
                if (inferred || !entailed.contains(t))
                    out.add(t);
            });
            return out;
        });
    }

    /**
     * The dataset: the merged graph as default graph and every evidence graph as written; the
     * graph of entailments too when {@code inferred}.
     */
    public static DatasetGraph dataset(ServedDataset kg, boolean inferred) {
        DatasetGraph dsg = kg.dataset().asDatasetGraph();
        DatasetGraph out = DatasetGraphFactory.create(merged(kg, inferred));
        out.prefixes().putAll(dsg.prefixes());
        Txn.executeRead(dsg, () -> dsg.listGraphNodes().forEachRemaining(g -> {
            if (inferred || !g.equals(Vocab.INFERRED_GRAPH))
                copy(dsg, out, g);
        }));
        return out;
    }

    private static void copy(DatasetGraph from, DatasetGraph to, Node graphName) {
        from.getGraph(graphName).find().forEachRemaining(t -> to.add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
    }
}
