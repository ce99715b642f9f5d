package org.rehabkg.graph;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The IRIs the code itself depends on; everything else is data (see docs/model.md). */
public final class Vocab {
    public static final String NS = "https://w3id.org/rehabkg/";
    public static final String GRAPH_NS = NS + "graph/";

    /** Named graph that holds only what inference added, so queries can tell asserted from inferred. */
    public static final Node INFERRED_GRAPH = NodeFactory.createURI(GRAPH_NS + "inferred");
    public static final Node EVIDENCE_GRAPH = NodeFactory.createURI(NS + "EvidenceGraph");
    public static final Node RELATION = NodeFactory.createURI(NS + "relation");

    private Vocab() {}

    public static Node rkg(String localName) {
        return NodeFactory.createURI(NS + localName);
    }
}
