package org.rehabkg.server.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.rehabkg.graph.Vocab;

/**
 * Looks up the evidence graphs that hold a triple and describes them. One instance serves one
 * request, inside its read transaction: the memo spares describing a graph once per statement, and
 * dies with the request, so a server with updates enabled never shows a stale description.
 */
final class Provenance {
    static final Node SOURCE = Vocab.rkg("source");
    static final Node SECTION = Vocab.rkg("section");
    static final Node DIMENSION = Vocab.rkg("dimension");
    static final Node URL = NodeFactory.createURI("https://schema.org/url");

    private final GraphView view;
    private final Map<Node, Optional<Evidence>> described = new HashMap<>();

    Provenance(GraphView view) {
        this.view = view;
    }

    /** The evidence graphs that state {@code s p o}, in graph-name order. */
    List<Evidence> of(Node s, Node p, Node o) {
        List<Evidence> found = new ArrayList<>();
        view.dsg().find(Node.ANY, s, p, o).forEachRemaining(q -> {
            if (!q.isDefaultGraph())
                evidence(q.getGraph()).ifPresent(found::add);
        });
        found.sort((a, b) -> a.graph().getURI().compareTo(b.graph().getURI()));
        return found;
    }

    /** Whether the triple is only there because the loader inferred it. */
    boolean inferred(Node s, Node p, Node o) {
        return view.dsg().contains(Vocab.INFERRED_GRAPH, s, p, o);
    }

    Optional<Evidence> evidence(Node graph) {
        return described.computeIfAbsent(graph, this::describe);
    }

    private Optional<Evidence> describe(Node graph) {
        if (Quad.isDefaultGraph(graph) || !view.defaultGraph().contains(graph, RDF.type.asNode(), Vocab.EVIDENCE_GRAPH))
            return Optional.empty();
        Node source = view.objects(graph, SOURCE).stream().findFirst().orElse(null);
        String title = source == null ? null : view.label(source);
        String url = source == null ? null : view.objects(source, URL).stream().filter(Node::isURI).map(Node::getURI)
                .filter(u -> u.startsWith("https://") || u.startsWith("http://")).findFirst().orElse(null);
        String section = view.literal(graph, SECTION).orElse(null);
        List<Node> dims = view.objects(graph, DIMENSION).stream().sorted(view.byLabel()).toList();
        return Optional.of(new Evidence(graph, source, title, url, section, dims));
    }
}
