package org.rehabkg.query;

import java.util.List;

/**
 * Counts that describe the graph: entities per class, statements with provenance, and links to
 * external vocabularies per scheme (empty when the graph has no mappings).
 */
public record GraphStats(List<ClassCount> classes, long sourcedStatements, long placements, long evidenceGraphs,
                         long sources, List<MappingCount> mappings) {
    public GraphStats {
        classes = List.copyOf(classes);
        mappings = List.copyOf(mappings);
    }

    public record ClassCount(Term type, long count) {}

    /** Mapping statements with one SKOS mapping property into one namespace. */
    public record MappingCount(String scheme, Term property, long count) {}
}
