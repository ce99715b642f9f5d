package org.rehabkg.server.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.rehabkg.graph.Vocab;
import org.rehabkg.api.GuidelineRecommendation;
import org.rehabkg.api.RehabGraph;
import org.rehabkg.api.Team;
import org.rehabkg.api.Term;
import org.rehabkg.query.UnknownNameException;

/**
 * {@code /team?condition=stroke}: the rehabilitation team for a condition as the API reads it
 * ({@link RehabGraph#team}, the record {@code rehabkg team} prints), drawn by {@code team.jte}. Labels
 * follow {@link PageLanguage}. A condition name that matches nothing is a 404 with the nearest one.
 */
final class TeamPage extends GraphPage {
    static final String DEFAULT_CONDITION = "stroke";

    TeamPage(CurrentGraph graph) {
        super(graph);
    }

    @Override
    void get(HttpServletRequest request, HttpServletResponse response, String cp, RehabGraph g) throws IOException {
        String asked = request.getParameter("condition");
        String name = asked == null || asked.isBlank() ? DEFAULT_CONDITION : asked.strip();
        if (name.startsWith(Vocab.NS))
            name = name.substring(Vocab.NS.length());
        List<Term> conditions = g.conditions();
        Team team;
        try {
            team = g.team(name);
        } catch (UnknownNameException e) {
            String nearestHref = cp + "/team?condition=" + URLEncoder.encode(e.suggestion().orElse(""), StandardCharsets.UTF_8);
            Html.send(response, HttpServletResponse.SC_NOT_FOUND, "notFound.jte", Map.of("cp", cp, "professions", g.professions(),
                    "title", "Unknown condition", "name", e.name(), "notA", "a condition", "nearest", e.suggestion(),
                    "nearestHref", nearestHref, "more", Html.content("conditionPicker.jte", Map.of("cp", cp, "conditions", conditions))));
            return;
        }
        Html.send(response, HttpServletResponse.SC_OK, "team.jte", Map.of("cp", cp, "graph", g, "team", team, "conditions", conditions));
    }

    /** The guideline strength of an intervention for this condition and profession, as level and grade. */
    static String strength(List<GuidelineRecommendation> recommendations) {
        return String.join("; ", recommendations.stream()
                .map(r -> r.level().label() + (r.isFor() ? "" : ", " + r.direction().label()) + ", grade " + r.grade())
                .distinct().toList());
    }
}
