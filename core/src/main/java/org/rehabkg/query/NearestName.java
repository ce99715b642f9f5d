package org.rehabkg.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * "Did you mean …": the known name closest to a mistyped one, if it is close enough to be a typo.
 * The work is bounded whatever is typed: a typed name longer than {@link #MAX_TYPED} gets no
 * suggestion (no rehabkg name is that long; comparing it with every name cost seconds of CPU per
 * request), and the edit distance gives up once it passes the tolerance.
 */
public final class NearestName {
    /** The longest typed name compared with the known ones. */
    public static final int MAX_TYPED = 200;

    private NearestName() {}

    /**
     * The known name closest to {@code typed}, within about one typo in three letters.
     *
     * @param typed the name as typed
     * @param known the known names
     * @return the nearest, or empty when none is that close
     */
    public static Optional<String> among(String typed, Collection<String> known) {
        return among(typed, known, Math.max(2, typed.length() / 3));
    }

    /**
     * The known name closest to {@code typed} if its edit distance is at most {@code tolerance}.
     *
     * @param typed     the name as typed
     * @param known     the known names
     * @param tolerance the largest edit distance taken
     * @return the nearest, or empty when none is that close
     */
    public static Optional<String> among(String typed, Collection<String> known, int tolerance) {
        List<String> nearest = allNearest(typed, known, tolerance);
        return nearest.isEmpty() ? Optional.empty() : Optional.of(nearest.get(0));
    }

    /**
     * Every known name at the smallest edit distance from {@code typed}, if that distance is at most
     * {@code tolerance}, in the order of {@code known}: more than one when the typo is ambiguous.
     *
     * @param typed     the name as typed
     * @param known     the known names
     * @param tolerance the largest edit distance taken
     * @return the nearest names, empty when none is that close
     */
    public static List<String> allNearest(String typed, Collection<String> known, int tolerance) {
        if (typed.length() > MAX_TYPED)
            return List.of();
        String t = typed.toLowerCase(Locale.ROOT);
        LevenshteinDistance bounded = new LevenshteinDistance(tolerance);
        List<String> best = new ArrayList<>();
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            String c = candidate.toLowerCase(Locale.ROOT);
            // A typed fragment of a longer name ("core-focus" for "ot-pt/core-focus") is a near miss.
            int d = c.endsWith(t) || c.startsWith(t) ? 1 : bounded.apply(t, c);
            if (d < 0 || d > bestDistance)
                continue;
            if (d < bestDistance) {
                bestDistance = d;
                best.clear();
            }
            best.add(candidate);
        }
        return bestDistance <= tolerance ? best : List.of();
    }
}
