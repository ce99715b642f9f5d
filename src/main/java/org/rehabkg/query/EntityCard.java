package org.rehabkg.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the graph says about one entity: its curated description (label, types, definition, other
 * names) and every sourced statement it takes part in, either as subject or as object.
 */
public record EntityCard(Term entity, List<Term> types, String definition, List<String> altLabels,
                         List<String> notations, List<String> comments, List<Statement> relations) {
    public EntityCard {
        types = List.copyOf(types);
        altLabels = List.copyOf(altLabels);
        notations = List.copyOf(notations);
        comments = List.copyOf(comments);
        relations = List.copyOf(relations);
    }

    /** The distinct sources of the relations, in order of first mention. */
    public List<SourceRef> sources() {
        Map<String, SourceRef> bySource = new LinkedHashMap<>();
        for (Statement s : relations)
            for (SourceRef r : s.sources())
                bySource.putIfAbsent(r.source() != null ? r.source() : r.graph(), r);
        return List.copyOf(bySource.values());
    }
}
