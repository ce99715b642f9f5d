package org.rehabkg.server.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.rehabkg.graph.Vocab;

/**
 * Read access to the served dataset for the pages: labels, literals and links, always inside a read
 * transaction because the dataset may be a TDB2 store shared with the SPARQL endpoint.
 */
final class GraphView {
    static final Node LABEL = RDFS.label.asNode();
    static final Node TITLE = DCTerms.title.asNode();
    static final Node DEFINITION = SKOS.definition.asNode();

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

    DatasetGraph dsg() {
        return dataset.asDatasetGraph();
    }

    Graph defaultGraph() {
        return dataset.asDatasetGraph().getDefaultGraph();
    }

    /** Whether the IRI is described (is the subject of a triple) in the default graph. */
    boolean isKnown(Node iri) {
        return defaultGraph().find(iri, Node.ANY, Node.ANY).hasNext();
    }

    /** The English rdfs:label, else any label or dcterms:title, else the prefixed name. */
    String label(Node node) {
        if (!node.isURI())
            return node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
        return literal(node, LABEL).or(() -> literal(node, TITLE)).orElseGet(() -> shortName(node));
    }

    /** The value of a literal property, preferring English. */
    Optional<String> literal(Node subject, Node property) {
        List<Node> values = objects(subject, property).stream().filter(Node::isLiteral).toList();
        return values.stream()
                     .filter(n -> n.getLiteralLanguage().equalsIgnoreCase("en"))
                     .findFirst()
                     .or(() -> values.stream().findFirst())
                     .map(Node::getLiteralLexicalForm);
    }

    List<Node> objects(Node subject, Node property) {
        return defaultGraph().find(subject, property, Node.ANY).mapWith(t -> t.getObject()).toList();
    }

    /** {@code rkg:occupational-therapy}, or the full IRI when no prefix fits. */
    String shortName(Node iri) {
        String s = prefixes.shortForm(iri.getURI());
        return s.equals(iri.getURI()) ? iri.getURI() : s;
    }

    PrefixMapping prefixes() {
        return prefixes;
    }

    /** Orders terms as a reader expects: by label, case-insensitive. */
    Comparator<Node> byLabel() {
        return Comparator.comparing((Node n) -> label(n).toLowerCase(java.util.Locale.ROOT)).thenComparing((Node n) -> n.toString());
    }

    static boolean inNamespace(Node node) {
        return node.isURI() && node.getURI().startsWith(Vocab.NS) && node.getURI().length() > Vocab.NS.length();
    }

    static Node iri(String uri) {
        return NodeFactory.createURI(uri);
    }
}
