package org.rehabkg.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** Builds {@link EntityCard}s with two queries per entity: its description and its sourced statements. */
final class Cards {
    private static final InternalQuery CARD = InternalQuery.load("card");
    private static final InternalQuery RELATIONS = InternalQuery.load("card-relations");

    private final GraphIndex index;
    private final Function<Query, RowSet> select;

    Cards(GraphIndex index, Function<Query, RowSet> select) {
        this.index = index;
        this.select = select;
    }

    EntityCard card(String iri) {
        List<Term> types = new ArrayList<>();
        List<String> alt = new ArrayList<>(), notations = new ArrayList<>(), comments = new ArrayList<>();
        String definition = null;
        RowSet rows = select.apply(CARD.bind(Map.of("entity", iri)));
        while (rows.hasNext()) {
            var b = rows.next();
            String p = b.get("property").getURI();
            Node v = b.get("value");
            if (p.equals(RDF.type.getURI())) {
                // Only types that are described (rkg classes); owl:NamedIndividual says nothing to a reader.
                if (v.isURI() && !index.names(v.getURI()).isEmpty())
                    types.add(index.term(v.getURI()));
            } else if (p.equals(SKOS.definition.getURI())) {
                definition = v.getLiteralLexicalForm();
            } else if (p.equals(SKOS.altLabel.getURI())) {
                alt.add(v.getLiteralLexicalForm());
            } else if (p.equals(SKOS.notation.getURI())) {
                notations.add(v.getLiteralLexicalForm());
            } else if (p.equals(RDFS.comment.getURI())) {
                comments.add(v.getLiteralLexicalForm());
            }
        }
        types.sort((a, b) -> a.label().compareTo(b.label()));
        alt.sort(null);
        notations.sort(null);
        return new EntityCard(index.term(iri), types, definition, alt, notations, comments, relations(iri));
    }

    /** The entity's sourced statements, one per triple, with all the evidence graphs stating it. */
    private List<Statement> relations(String iri) {
        Map<List<String>, List<SourceRef>> sources = new LinkedHashMap<>();
        Map<List<String>, Node[]> triples = new LinkedHashMap<>();
        select.apply(RELATIONS.bind(Map.of("entity", iri))).forEachRemaining(b -> {
            Node s = b.get("subject"), p = b.get("property"), o = b.get("object");
            List<String> key = List.of(s.toString(), p.toString(), o.toString());
            triples.putIfAbsent(key, new Node[] { s, p, o });
            sources.computeIfAbsent(key, k -> new ArrayList<>()).add(index.source(b.get("graph").getURI()));
        });
        List<Statement> out = new ArrayList<>();
        triples.forEach((key, t) -> out.add(new Statement(index.term(t[0]), index.term(t[1]), index.term(t[2]), sources.get(key))));
        // Outgoing statements first, then by relation and the other entity's label.
        out.sort((a, b) -> {
            boolean aOut = iri.equals(a.subject().iri()), bOut = iri.equals(b.subject().iri());
            if (aOut != bOut)
                return aOut ? -1 : 1;
            int c = a.property().label().compareTo(b.property().label());
            if (c != 0)
                return c;
            return (aOut ? a.object() : a.subject()).label().compareTo((bOut ? b.object() : b.subject()).label());
        });
        return out;
    }
}
