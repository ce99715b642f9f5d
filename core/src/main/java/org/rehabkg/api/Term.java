package org.rehabkg.api;

/**
 * An entity of the graph as shown to people: its IRI and its label (the IRI's local name if it has none).
 *
 * @param iri   the entity's IRI
 * @param label its label in the graph's language
 */
public record Term(String iri, String label) {
    /** The label. */
    @Override
    public String toString() {
        return label;
    }
}
