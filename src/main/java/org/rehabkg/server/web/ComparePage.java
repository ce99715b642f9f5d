package org.rehabkg.server.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.vocabulary.RDF;
import org.rehabkg.graph.Vocab;
import org.rehabkg.query.Comparison;
import org.rehabkg.query.NearestName;
import org.rehabkg.query.QueryCatalog;
import org.rehabkg.query.RehabGraph;

/**
 * {@code /compare?a=occupational-therapy&b=physical-therapy}: two professions side by side along the
 * five dimensions, as the API compares them ({@link RehabGraph#compare}); {@link ComparisonHtml} draws
 * it. An unknown profession gets a 404 with the nearest one.
 */
final class ComparePage extends HttpServlet {
    static final String DEFAULT_A = "occupational-therapy";
    static final String DEFAULT_B = "physical-therapy";
    private static final Node PROFESSION = Vocab.rkg("Profession");

    private final GraphView view;
    private final Dataset dataset;
    private final QueryCatalog catalog;

    ComparePage(GraphView view, Dataset dataset, QueryCatalog catalog) {
        this.view = view;
        this.dataset = dataset;
        this.catalog = catalog;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String cp = request.getContextPath();
        String a = slug(request.getParameter("a"), DEFAULT_A);
        String b = slug(request.getParameter("b"), DEFAULT_B);
        String html = view.read(() -> {
            List<Node> professions = professions();
            List<String> slugs = professions.stream().map(p -> p.getURI().substring(Vocab.NS.length())).toList();
            for (String s : List.of(a, b))
                if (!slugs.contains(s))
                    return null;
            Comparison c = compare(Vocab.NS + a, Vocab.NS + b);
            return Html.page(cp, "Compare " + c.a().label() + " and " + c.b().label(), "", new ComparisonHtml(cp, view).render(c, professions));
        });
        if (html != null) {
            Html.send(response, HttpServletResponse.SC_OK, html);
            return;
        }
        String unknown = view.read(() -> {
            List<String> slugs = professions().stream().map(p -> p.getURI().substring(Vocab.NS.length())).toList();
            String bad = slugs.contains(a) ? b : a;
            Optional<String> nearest = NearestName.among(bad, slugs);
            StringBuilder body = new StringBuilder("<article class=\"not-found\"><h1>Unknown profession</h1><p><code>")
                    .append(Html.esc(bad)).append("</code> is not a profession in rehabkg.</p>");
            nearest.ifPresent(n -> body.append("<p class=\"suggestion\">Did you mean <a href=\"").append(Html.esc(cp))
                    .append("/compare?a=").append(Html.esc(bad.equals(a) ? n : a)).append("&amp;b=").append(Html.esc(bad.equals(b) ? n : b))
                    .append("\">").append(Html.esc(n)).append("</a>?</p>"));
            body.append("<p>Professions: ").append(String.join(", ", slugs.stream().map(Html::esc).toList())).append(".</p></article>");
            return Html.page(cp, "Unknown profession", "", body.toString());
        });
        Html.send(response, HttpServletResponse.SC_NOT_FOUND, unknown);
    }

    /** A profession given by slug or full rehabkg IRI. */
    private static String slug(String value, String dflt) {
        if (value == null || value.isBlank())
            return dflt;
        String v = value.strip();
        return v.startsWith(Vocab.NS) ? v.substring(Vocab.NS.length()) : v;
    }

    /**
     * A RehabGraph per request, inside the request's read transaction: its index of labels and sources
     * is then never older than the data, which SPARQL Update may change while the server runs.
     */
    private Comparison compare(String a, String b) {
        try (RehabGraph g = RehabGraph.over(dataset, catalog)) {
            return g.compare(a, b);
        }
    }

    private List<Node> professions() {
        return view.defaultGraph().find(Node.ANY, RDF.type.asNode(), PROFESSION).mapWith(t -> t.getSubject())
                   .filterKeep(GraphView::inNamespace).toList().stream().distinct().sorted(view.byLabel()).toList();
    }
}
