package org.rehabkg.api;

import java.util.List;

/**
 * The answer to {@link RehabGraph#lookup}: the entities whose name matched {@code typed} (usually
 * one), through which name, and whether the match was exact or the nearest one to a typo.
 *
 * @param typed       the name as typed
 * @param matchedName the name that matched
 * @param exact       false when the match is the nearest name to a typo
 * @param cards       the matching entities' cards, best first
 */
public record LookupResult(String typed, String matchedName, boolean exact, List<EntityCard> cards) {
    /** Copies the list, so that the result cannot change. */
    public LookupResult {
        cards = List.copyOf(cards);
    }
}
