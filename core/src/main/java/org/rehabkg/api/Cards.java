package org.rehabkg.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.rehabkg.graph.Vocab;

/**
 * Builds {@link EntityCard}s with two queries per entity: every triple it takes part in with the named
 * graphs holding it, and (for an evidence graph) the graph's own statements. The default graph also
 * holds what the loader inferred, including the inverse of every relation and its {@code rkg:relation}
 * super-property; showing those beside the asserted triple would say the same thing twice, so the
 * super-property is left out and an inferred triple is kept only when nothing asserted already links
 * the same two terms.
 */
record Cards(GraphIndex index, Function<Query, RowSet> select) {
    private static final InternalQuery TRIPLES = InternalQuery.load("card-triples");
    private static final InternalQuery CONTENTS = InternalQuery.load("graph-contents");
    private static final Set<String> MAPPINGS = Set.of(SKOS.exactMatch.getURI(), SKOS.closeMatch.getURI(),
            SKOS.broadMatch.getURI(), SKOS.narrowMatch.getURI(), SKOS.relatedMatch.getURI());
    private static final String RELATION = Vocab.NS + "relation";

    /** One triple and what holds it: the evidence graphs, whether the loader inferred it. */
    private record Held(Node s, Node p, Node o, List<Provenance> sources, boolean[] inferred) {}

    EntityCard card(String iri) {
        Map<List<Node>, Held> triples = new LinkedHashMap<>();
        select.apply(TRIPLES.bind(Map.of("entity", iri))).forEachRemaining(b -> {
            Node s = b.get("subject"), p = b.get("property"), o = b.get("object"), g = b.get("graph");
            Held h = triples.computeIfAbsent(List.of(s, p, o), k -> new Held(s, p, o, new ArrayList<>(), new boolean[1]));
            if (g == null)
                return;
            if (g.equals(Vocab.INFERRED_GRAPH))
                h.inferred()[0] = true;
            else if (index.isEvidenceGraph(g.getURI()))
                h.sources().add(index.source(g.getURI()));
        });

        List<Term> types = new ArrayList<>(), mappings = new ArrayList<>();
        List<Node> definitions = new ArrayList<>();
        List<String> alt = new ArrayList<>(), notations = new ArrayList<>(), comments = new ArrayList<>();
        List<EntityCard.Attribute> attributes = new ArrayList<>();
        List<Statement> sourced = new ArrayList<>(), unsourced = new ArrayList<>();
        for (Held h : triples.values()) {
            String p = h.p().getURI();
            boolean out = h.s().isURI() && h.s().getURI().equals(iri);
            boolean inferred = h.inferred()[0] && h.sources().isEmpty();
            if (p.equals(RELATION))
                continue;
            if (out && h.o().isLiteral()) {
                if (p.equals(SKOS.definition.getURI()))
                    definitions.add(h.o());
                else if (!p.equals(RDFS.label.getURI()))
                    attributes.add(new EntityCard.Attribute(index.term(p), h.o().getLiteralLexicalForm(), h.o().getLiteralLanguage()));
                if (p.equals(SKOS.altLabel.getURI()))
                    alt.add(h.o().getLiteralLexicalForm());
                else if (p.equals(SKOS.notation.getURI()))
                    notations.add(h.o().getLiteralLexicalForm());
                else if (p.equals(RDFS.comment.getURI()))
                    comments.add(h.o().getLiteralLexicalForm());
            } else if (out && p.equals(RDF.type.getURI())) {
                if (h.o().isURI() && !inferred && !h.o().equals(OWL2.NamedIndividual.asNode()))
                    types.add(index.term(h.o()));
            } else if (MAPPINGS.contains(p)) {
                if (out && h.o().isURI())
                    mappings.add(index.term(h.o()));
            } else {
                Statement st = new Statement(index.term(h.s()), index.term(h.p()), index.term(h.o()),
                        h.sources().stream().sorted(Comparator.comparing(Provenance::graph)).toList(), inferred);
                (h.sources().isEmpty() ? unsourced : sourced).add(st);
            }
        }
        dropRepeatedInferences(unsourced, sourced);
        types.sort(Comparator.comparing(t -> lower(t.label())));
        mappings.sort(Comparator.comparing(Term::iri));
        attributes.sort(Comparator.comparing((EntityCard.Attribute a) -> lower(a.property().label())).thenComparing(EntityCard.Attribute::value));
        alt.sort(null);
        notations.sort(null);
        sortRelations(iri, sourced);
        String definition = index.pick(definitions);
        return new EntityCard(index.term(iri), types, definition, alt, notations, comments, sourced, unsourced, attributes,
                mappings, contents(iri));
    }

    /** An inferred statement is dropped when a stated or curated one already links the same two terms. */
    private static void dropRepeatedInferences(List<Statement> unsourced, List<Statement> sourced) {
        Set<Set<Term>> linked = new HashSet<>();
        for (List<Statement> list : List.of(sourced, unsourced))
            list.stream().filter(s -> !s.inferred()).forEach(s -> linked.add(pair(s)));
        unsourced.removeIf(s -> s.inferred() && linked.contains(pair(s)));
    }

    private static Set<Term> pair(Statement s) {
        return new HashSet<>(List.of(s.subject(), s.object()));
    }

    /** Outgoing statements first, then by relation and the other entity's label. */
    private static void sortRelations(String iri, List<Statement> statements) {
        statements.sort((a, b) -> {
            boolean aOut = iri.equals(a.subject().iri()), bOut = iri.equals(b.subject().iri());
            if (aOut != bOut)
                return aOut ? -1 : 1;
            int c = a.property().label().compareTo(b.property().label());
            if (c != 0)
                return c;
            return (aOut ? a.object() : a.subject()).label().compareTo((bOut ? b.object() : b.subject()).label());
        });
    }

    /** For an evidence graph, the statements it holds, by subject, relation and object label. */
    private List<Statement> contents(String iri) {
        if (!index.isEvidenceGraph(iri))
            return List.of();
        List<Statement> out = new ArrayList<>();
        select.apply(CONTENTS.bind(Map.of("entity", iri))).forEachRemaining(b -> out.add(new Statement(
                index.term(b.get("subject")), index.term(b.get("property")), index.term(b.get("object")), List.of(index.source(iri)))));
        out.sort(Comparator.comparing((Statement s) -> lower(s.subject().label())).thenComparing(s -> lower(s.property().label()))
                           .thenComparing(s -> lower(s.object().label())));
        return out;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
