package org.rehabkg.query;

/** An entity of the graph as shown to people: its IRI and its label (the IRI's local name if it has none). */
public record Term(String iri, String label) {
    @Override
    public String toString() {
        return label;
    }
}
