package org.rehabkg.api;

import java.util.List;
import java.util.Optional;

import org.rehabkg.query.UnknownNameException;
/**
 * The graph's own mappings to external vocabularies as an {@link EntityResolver}: a MeSH, SNOMED CT,
 * Wikidata … code or IRI finds the rehabkg concept mapped to it ({@link IdentifierResolver}). An exact
 * match is preferred to a close or broader one. The mappings are read on the first question only.
 */
final class MappedIdentifiers implements EntityResolver {
    private final RehabGraph graph;
    private IdentifierResolver resolver;

    MappedIdentifiers(RehabGraph graph) {
        this.graph = graph;
    }

    @Override
    public synchronized Optional<String> resolve(String text) {
        if (resolver == null)
            resolver = IdentifierResolver.of(graph);
        List<IdentifierResolver.Resolution> hits;
        try {
            hits = resolver.resolve(text);
        } catch (UnknownNameException e) {
            return Optional.empty();
        }
        return hits.stream().filter(r -> r.match().equals("exactMatch")).findFirst()
                   .or(() -> hits.stream().findFirst())
                   .map(IdentifierResolver.Resolution::entity);
    }
}
