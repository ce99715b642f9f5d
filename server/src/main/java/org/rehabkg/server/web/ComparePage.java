package org.rehabkg.server.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.rehabkg.graph.Vocab;
import org.rehabkg.api.Comparison;
import org.rehabkg.query.NearestName;
import org.rehabkg.api.RehabGraph;
import org.rehabkg.api.Term;

/**
 * {@code /compare?a=occupational-therapy&b=physical-therapy}: two professions side by side along the
 * five dimensions, as the API compares them ({@link RehabGraph#compare}); {@link ComparisonHtml} draws
 * it, with labels in the page's language ({@link PageLanguage}). An unknown profession gets a 404 with
 * the nearest one.
 */
final class ComparePage extends GraphPage {
    static final String DEFAULT_A = "occupational-therapy";
    static final String DEFAULT_B = "physical-therapy";

    ComparePage(CurrentGraph graph) {
        super(graph);
    }

    @Override
    void get(HttpServletRequest request, HttpServletResponse response, String cp, RehabGraph g) throws IOException {
        String a = slug(request.getParameter("a"), DEFAULT_A);
        String b = slug(request.getParameter("b"), DEFAULT_B);
        List<Term> professions = g.professions();
        List<String> slugs = professions.stream().map(Html::slug).toList();
        if (slugs.contains(a) && slugs.contains(b)) {
            Comparison c = g.compare(Vocab.NS + a, Vocab.NS + b);
            Html.send(response, HttpServletResponse.SC_OK, "compare.jte", new ComparisonHtml(cp, g).params(c, professions));
            return;
        }
        String bad = slugs.contains(a) ? b : a;
        Optional<String> nearest = NearestName.among(bad, slugs);
        String nearestHref = cp + "/compare?a=" + (bad.equals(a) ? nearest.orElse(a) : a) + "&b=" + (bad.equals(b) ? nearest.orElse(b) : b);
        Html.send(response, HttpServletResponse.SC_NOT_FOUND, "notFound.jte", Map.of("cp", cp, "professions", professions,
                "title", "Unknown profession", "name", bad, "notA", "a profession", "nearest", nearest, "nearestHref", nearestHref,
                "more", Html.content("professionList.jte", Map.of("slugs", slugs))));
    }

    /** A profession given by slug or full rehabkg IRI. */
    private static String slug(String value, String dflt) {
        if (value == null || value.isBlank())
            return dflt;
        String v = value.strip();
        return v.startsWith(Vocab.NS) ? v.substring(Vocab.NS.length()) : v;
    }
}
