package org.rehabkg.server.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
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
final class ComparePage extends HttpServlet {
    static final String DEFAULT_A = "occupational-therapy";
    static final String DEFAULT_B = "physical-therapy";

    private final transient CurrentGraph graph;

    ComparePage(CurrentGraph graph) {
        this.graph = graph;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String cp = request.getContextPath();
        String a = slug(request.getParameter("a"), DEFAULT_A);
        String b = slug(request.getParameter("b"), DEFAULT_B);
        RehabGraph g = graph.get().inLanguage(PageLanguage.of(request));
        List<Term> professions = g.professions();
        List<String> slugs = professions.stream().map(p -> p.iri().substring(Vocab.NS.length())).toList();
        if (slugs.contains(a) && slugs.contains(b)) {
            Comparison c = g.compare(Vocab.NS + a, Vocab.NS + b);
            String html = new ComparisonHtml(cp, g).render(c, professions);
            Html.send(response, HttpServletResponse.SC_OK,
                    Html.page(cp, "Compare " + c.a().label() + " and " + c.b().label(), "", html, professions));
            return;
        }
        String bad = slugs.contains(a) ? b : a;
        Optional<String> nearest = NearestName.among(bad, slugs);
        StringBuilder body = new StringBuilder("<article class=\"not-found\"><h1>Unknown profession</h1><p><code>")
                .append(Html.esc(bad)).append("</code> is not a profession in rehabkg.</p>");
        nearest.ifPresent(n -> body.append("<p class=\"suggestion\">Did you mean <a href=\"").append(Html.esc(cp))
                .append("/compare?a=").append(Html.esc(bad.equals(a) ? n : a)).append("&amp;b=").append(Html.esc(bad.equals(b) ? n : b))
                .append("\">").append(Html.esc(n)).append("</a>?</p>"));
        body.append("<p>Professions: ").append(String.join(", ", slugs.stream().map(Html::esc).toList())).append(".</p></article>");
        Html.send(response, HttpServletResponse.SC_NOT_FOUND, Html.page(cp, "Unknown profession", "", body.toString(), professions));
    }

    /** A profession given by slug or full rehabkg IRI. */
    private static String slug(String value, String dflt) {
        if (value == null || value.isBlank())
            return dflt;
        String v = value.strip();
        return v.startsWith(Vocab.NS) ? v.substring(Vocab.NS.length()) : v;
    }
}
