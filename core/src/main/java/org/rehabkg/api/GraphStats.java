package org.rehabkg.api;

import java.util.List;

/**
 * Counts that describe the graph: entities per class, statements with provenance, and links to
 * external vocabularies per scheme (empty when the graph has no mappings).
 *
 * @param classes           entities per class
 * @param sourcedStatements statements with a source
 * @param placements        statements placed in evidence graphs
 * @param evidenceGraphs    evidence graphs
 * @param sources           distinct sources cited
 * @param mappings          mapping statements per scheme and property
 */
public record GraphStats(List<ClassCount> classes, long sourcedStatements, long placements, long evidenceGraphs,
                         long sources, List<MappingCount> mappings) {
    /** Copies the lists, so that the counts cannot change. */
    public GraphStats {
        classes = List.copyOf(classes);
        mappings = List.copyOf(mappings);
    }

    /**
     * The entities of one class.
     *
     * @param type  the class
     * @param count how many entities have it
     */
    public record ClassCount(Term type, long count) {}

    /**
     * Mapping statements with one SKOS mapping property into one namespace.
     *
     * @param scheme   the external scheme's prefix
     * @param property the SKOS mapping property
     * @param count    how many statements
     */
    public record MappingCount(String scheme, Term property, long count) {}
}
