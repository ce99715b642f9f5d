package org.rehabkg.query;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean …": the known name closest to a mistyped one, if it is close enough to be a typo. */
public final class NearestName {
    private NearestName() {}

    public static Optional<String> among(String typed, Collection<String> known) {
        return among(typed, known, Math.max(2, typed.length() / 3));
    }

    /** The known name closest to {@code typed} if its edit distance is at most {@code tolerance}. */
    public static Optional<String> among(String typed, Collection<String> known, int tolerance) {
        String t = typed.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            String c = candidate.toLowerCase(Locale.ROOT);
            // A typed fragment of a longer name ("core-focus" for "ot-pt/core-focus") is a near miss.
            int d = c.endsWith(t) || c.startsWith(t) ? 1 : LevenshteinDistance.getDefaultInstance().apply(t, c);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return bestDistance <= tolerance ? Optional.of(best) : Optional.empty();
    }
}
