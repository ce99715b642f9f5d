package org.rehabkg.api;

import java.util.Optional;

/**
 * Turns a piece of text that is an identifier (a MeSH code such as {@code MESH:D009788}, a Wikidata
 * IRI, an O*NET code …) into the IRI of a rehabkg entity. Plugged into {@link RehabGraph#addResolver};
 * names are resolved by asking the resolvers after exact names and before near misses. The graph's
 * own mappings are always asked ({@link MappedIdentifiers}); its IRIs and slugs need no resolver.
 */
@FunctionalInterface
public interface EntityResolver {
    /**
     * The rehabkg IRI that {@code text} identifies, or empty if this resolver does not know it.
     *
     * @param text what was typed
     * @return the IRI, or empty
     */
    Optional<String> resolve(String text);
}
