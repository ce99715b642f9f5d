package org.rehabkg.query;

import java.util.List;

/**
 * The answer to {@link RehabGraph#lookup}: the entities whose name matched {@code typed} (usually
 * one), through which name, and whether the match was exact or the nearest one to a typo.
 */
public record LookupResult(String typed, String matchedName, boolean exact, List<EntityCard> cards) {
    public LookupResult {
        cards = List.copyOf(cards);
    }
}
