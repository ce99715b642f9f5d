package org.rehabkg.server.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.rehabkg.graph.Vocab;

/**
 * Everything an entity page shows, read from the dataset in one go: label, definition, types, literal
 * attributes, relations in both directions with their evidence, and mappings to other vocabularies.
 *
 * <p>The default graph also holds what the loader inferred, including the inverse of every relation
 * and its {@code rkg:relation} super-property. Showing those beside the asserted triple would say the
 * same thing twice, so an inferred triple is kept only when nothing asserted already links the same
 * two terms.
 *
 * <p>For an evidence graph, {@code graphContents} are the statements it holds, so a reader can see
 * everything one source section supports.
 */
record EntityDescription(Node iri, String label, Optional<String> definition, List<Node> types,
                         List<Statement> attributes, List<Statement> outgoing, List<Statement> incoming,
                         List<Node> mappings, List<Triple> graphContents) {

    private static final Node TYPE = RDF.type.asNode();
    private static final Set<Node> MAPPINGS = Set.of(SKOS.exactMatch.asNode(), SKOS.closeMatch.asNode(),
            SKOS.broadMatch.asNode(), SKOS.narrowMatch.asNode(), SKOS.relatedMatch.asNode());

    /** Reads the description; the caller holds a read transaction. */
    static EntityDescription read(GraphView view, Provenance provenance, Node iri) {
        Graph g = view.defaultGraph();
        List<Statement> attributes = new ArrayList<>();
        List<Statement> out = new ArrayList<>();
        List<Statement> in = new ArrayList<>();
        List<Node> types = new ArrayList<>();
        List<Node> mappings = new ArrayList<>();
        g.find(iri, Node.ANY, Node.ANY).forEachRemaining(t -> {
            Node p = t.getPredicate(), o = t.getObject();
            if (p.equals(TYPE) && o.isURI()) {
                if (!provenance.inferred(iri, p, o))
                    types.add(o);
            } else if (MAPPINGS.contains(p) && o.isURI())
                mappings.add(o);
            else if (o.isLiteral()) {
                if (!p.equals(GraphView.LABEL) && !p.equals(GraphView.DEFINITION))
                    attributes.add(statement(provenance, t));
            } else if (!p.equals(Vocab.RELATION))
                out.add(statement(provenance, t));
        });
        g.find(Node.ANY, Node.ANY, iri).forEachRemaining(t -> {
            if (!t.getPredicate().equals(Vocab.RELATION) && !MAPPINGS.contains(t.getPredicate()))
                in.add(statement(provenance, t));
        });
        Set<Set<Node>> assertedPairs = new HashSet<>();
        for (List<Statement> list : List.of(out, in))
            list.stream().filter(s -> !s.inferred()).forEach(s -> assertedPairs.add(Set.of(s.subject(), s.object())));
        out.removeIf(s -> s.inferred() && assertedPairs.contains(Set.of(s.subject(), s.object())));
        in.removeIf(s -> s.inferred() && assertedPairs.contains(Set.of(s.subject(), s.object())));

        Comparator<Node> byLabel = view.byLabel();
        types.sort(byLabel);
        mappings.sort(Comparator.comparing(Node::getURI));
        attributes.sort(Comparator.comparing((Statement s) -> s.predicate(), byLabel).thenComparing(s -> s.object().getLiteralLexicalForm()));
        out.sort(Comparator.comparing((Statement s) -> s.predicate(), byLabel).thenComparing(Statement::object, byLabel));
        in.sort(Comparator.comparing((Statement s) -> s.predicate(), byLabel).thenComparing(Statement::subject, byLabel));
        List<Triple> contents = view.dsg().getGraph(iri).find().toList().stream()
                .sorted(Comparator.comparing(Triple::getSubject, byLabel).thenComparing(Triple::getPredicate, byLabel)
                                  .thenComparing(Triple::getObject, byLabel))
                .toList();
        return new EntityDescription(iri, view.label(iri), view.literal(iri, GraphView.DEFINITION), types,
                attributes, out, in, mappings, contents);
    }

    private static Statement statement(Provenance provenance, Triple t) {
        Node s = t.getSubject(), p = t.getPredicate(), o = t.getObject();
        return new Statement(s, p, o, provenance.of(s, p, o), provenance.inferred(s, p, o));
    }

    /** The RDF served for the entity: its triples as subject and as object, from the default graph. */
    static Graph rdf(GraphView view, Node iri) {
        Graph out = GraphFactory.createDefaultGraph();
        out.getPrefixMapping().setNsPrefixes(view.prefixes());
        view.defaultGraph().find(iri, Node.ANY, Node.ANY).forEachRemaining(out::add);
        view.defaultGraph().find(Node.ANY, Node.ANY, iri).forEachRemaining(out::add);
        return out;
    }
}
