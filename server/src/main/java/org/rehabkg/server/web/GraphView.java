package org.rehabkg.server.web;

import java.util.List;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.rehabkg.graph.Vocab;

/**
 * The served dataset as RDF, for what the pages do with triples rather than with entities: whether an
 * IRI is described at all, the names to suggest for an unknown one, the triples served for an entity
 * in Turtle or JSON-LD, and prefixed names for external IRIs. Reading an entity for people is the
 * API's job ({@link org.rehabkg.api.RehabGraph#card}). Always inside a read transaction, because the
 * dataset may be a TDB2 store shared with the SPARQL endpoint.
 */
final class GraphView {
    private final Dataset dataset;
    private final PrefixMapping prefixes;

    GraphView(Dataset dataset) {
        this.dataset = dataset;
        // Read once: prefixes come from the ontology files at load, not from SPARQL updates.
        this.prefixes = Txn.calculateRead(dataset, () -> PrefixMapping.Factory.create()
                .setNsPrefixes(dataset.getDefaultModel().getNsPrefixMap()).lock());
    }

    <T> T read(Supplier<T> action) {
        return Txn.calculateRead(dataset, action);
    }

    private Graph defaultGraph() {
        return dataset.asDatasetGraph().getDefaultGraph();
    }

    /** Whether the IRI is described (is the subject of a triple) in the default graph. */
    boolean isKnown(Node iri) {
        return defaultGraph().find(iri, Node.ANY, Node.ANY).hasNext();
    }

    /** The local names of every rehabkg IRI described in the data, for "did you mean". */
    List<String> knownLocalNames() {
        return defaultGraph().find().mapWith(t -> t.getSubject()).filterKeep(GraphView::inNamespace)
                   .mapWith(n -> n.getURI().substring(Vocab.NS.length())).toSet().stream().sorted().toList();
    }

    /** The RDF served for the entity: its triples as subject and as object, from the default graph. */
    Graph description(Node iri) {
        Graph out = GraphFactory.createDefaultGraph();
        out.getPrefixMapping().setNsPrefixes(prefixes);
        defaultGraph().find(iri, Node.ANY, Node.ANY).forEachRemaining(out::add);
        defaultGraph().find(Node.ANY, Node.ANY, iri).forEachRemaining(out::add);
        return out;
    }

    /** {@code mesh:D009783}, or the full IRI when no prefix fits. */
    String shortName(String iri) {
        return prefixes.shortForm(iri);
    }

    static boolean inNamespace(Node node) {
        return node.isURI() && inNamespace(node.getURI());
    }

    static boolean inNamespace(String iri) {
        return iri != null && iri.startsWith(Vocab.NS) && iri.length() > Vocab.NS.length();
    }

    static Node iri(String uri) {
        return NodeFactory.createURI(uri);
    }
}
