package org.rehabkg.server.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rehabkg.api.GuidelineRecommendation;
import org.rehabkg.api.Term;

/**
 * The "Clinical practice guidelines" section of a condition's page: the API's
 * {@link GuidelineRecommendation}s grouped by normalised level, strongest first (strong, moderate, weak,
 * insufficient), each with its intervention(s), guideline and grade exactly as the guideline prints it.
 * A recommendation against an intervention, or finding the evidence insufficient, is marked as such.
 */
final class GuidelineSection {
    private GuidelineSection() {}

    /** @param recommendations strongest first, as {@code RehabGraph.guidelineRecommendations} gives them; none: no section */
    static String render(String cp, String conditionLabel, List<GuidelineRecommendation> recommendations) {
        if (recommendations.isEmpty())
            return "";
        Map<String, List<GuidelineRecommendation>> byLevel = new LinkedHashMap<>();
        Map<String, Term> levels = new LinkedHashMap<>();
        for (GuidelineRecommendation r : recommendations) {
            levels.putIfAbsent(r.level().iri(), r.level());
            byLevel.computeIfAbsent(r.level().iri(), k -> new ArrayList<>()).add(r);
        }
        long guidelines = recommendations.stream().map(r -> r.guideline().iri()).distinct().count();
        StringBuilder b = new StringBuilder("<section class=\"guidelines\"><h2>Clinical practice guidelines</h2>\n")
                .append("<p class=\"hint\">").append(recommendations.size()).append(" graded recommendation")
                .append(recommendations.size() == 1 ? "" : "s").append(" about ").append(Html.esc(conditionLabel))
                .append(" from ").append(guidelines).append(" guideline").append(guidelines == 1 ? "" : "s")
                .append(" in rehabkg, grouped by the level rehabkg normalises each guideline's own grade to. ")
                .append("The grade is shown as the guideline prints it.</p>\n");
        byLevel.forEach((level, list) -> {
            String slug = level.substring(level.lastIndexOf('/') + 1);
            b.append("<div class=\"level ").append(Html.esc(slug)).append("\"><h3>").append(Html.link(cp, levels.get(level)))
             .append(" <span class=\"count\">(").append(list.size()).append(")</span></h3>\n<ul>\n");
            for (GuidelineRecommendation r : list)
                b.append(item(cp, r));
            b.append("</ul></div>\n");
        });
        return b.append("</section>\n").toString();
    }

    private static String item(String cp, GuidelineRecommendation r) {
        String direction = r.direction().iri().substring(r.direction().iri().lastIndexOf('/') + 1);
        StringBuilder b = new StringBuilder("<li class=\"").append(Html.esc(direction)).append("\">");
        if (!r.isFor())
            b.append("<strong class=\"direction\">").append(Html.esc(r.direction().label())).append(":</strong> ");
        b.append(String.join(", ", r.interventions().stream().map(i -> Html.link(cp, i)).toList()))
         .append(" — grade <q class=\"grade\">").append(Html.esc(r.grade())).append("</q>, ")
         .append(Html.link(cp, r.guideline()));
        if (!r.professions().isEmpty())
            b.append(" <span class=\"addressed\">(addressed to ")
             .append(String.join(", ", r.professions().stream().map(p -> Html.link(cp, p)).toList())).append(")</span>");
        b.append(" <a class=\"details\" href=\"").append(Html.esc(Html.href(cp, r.recommendation().iri()))).append("\">details</a>");
        return b.append("</li>\n").toString();
    }
}
