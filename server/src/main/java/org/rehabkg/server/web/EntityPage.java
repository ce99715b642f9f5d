package org.rehabkg.server.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rehabkg.api.GuidelineRecommendation;

/**
 * What the entity page's templates ({@code entity.jte}, {@code guidelines.jte}) need beyond the API's
 * records: the guideline recommendations about a condition grouped by normalised level.
 */
final class EntityPage {
    private EntityPage() {}

    /** @param recommendations strongest first, as {@code RehabGraph.guidelineRecommendations} gives them */
    static List<List<GuidelineRecommendation>> byLevel(List<GuidelineRecommendation> recommendations) {
        Map<String, List<GuidelineRecommendation>> byLevel = new LinkedHashMap<>();
        for (GuidelineRecommendation r : recommendations)
            byLevel.computeIfAbsent(r.level().iri(), k -> new ArrayList<>()).add(r);
        return List.copyOf(byLevel.values());
    }
}
