package org.rehabkg.query;

import java.util.Optional;

/**
 * Turns a piece of text that is an identifier (a MeSH code such as {@code MESH:D009788}, a Wikidata
 * IRI, an O*NET code …) into the IRI of a rehabkg entity. Plugged into {@link RehabGraph#addResolver};
 * lookup asks every resolver before it tries names. The graph's own IRIs, prefixed names and slugs
 * need no resolver.
 */
@FunctionalInterface
public interface EntityResolver {
    /** The rehabkg IRI that {@code text} identifies, or empty if this resolver does not know it. */
    Optional<String> resolve(String text);
}
