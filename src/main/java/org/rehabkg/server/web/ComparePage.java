package org.rehabkg.server.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.rehabkg.graph.Vocab;
import org.rehabkg.query.NearestName;

/**
 * {@code /compare?a=occupational-therapy&b=physical-therapy}: two professions side by side along the
 * five dimensions, three columns per dimension (only a, both, only b), every item with its sources.
 */
final class ComparePage extends HttpServlet {
    static final String DEFAULT_A = "occupational-therapy";
    static final String DEFAULT_B = "physical-therapy";
    private static final Node PROFESSION = Vocab.rkg("Profession");

    private final GraphView view;

    ComparePage(GraphView view) {
        this.view = view;
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
            Comparison c = Comparison.of(view, new Provenance(view), GraphView.iri(Vocab.NS + a), GraphView.iri(Vocab.NS + b));
            return Html.page(cp, "Compare " + view.label(c.a()) + " and " + view.label(c.b()), "", render(cp, c, professions));
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

    private List<Node> professions() {
        return view.defaultGraph().find(Node.ANY, RDF.type.asNode(), PROFESSION).mapWith(t -> t.getSubject())
                   .filterKeep(GraphView::inNamespace).toList().stream().distinct().sorted(view.byLabel()).toList();
    }

    private String render(String cp, Comparison c, List<Node> professions) {
        String la = view.label(c.a()), lb = view.label(c.b());
        StringBuilder h = new StringBuilder("<article class=\"compare\">\n<h1>")
                .append(Html.link(cp, view, c.a())).append(" and ").append(Html.link(cp, view, c.b())).append(" compared</h1>\n");
        h.append("<form class=\"pick\" method=\"get\" action=\"").append(Html.esc(cp)).append("/compare\">")
         .append(select("a", c.a(), professions)).append(" <span>and</span> ").append(select("b", c.b(), professions))
         .append(" <button type=\"submit\">Compare</button></form>\n")
         .append("<p class=\"hint\">What each profession is related to, dimension by dimension. “Both” means the two are "
                 + "stated to have the same relation to the same term. Every item names the source section it rests on.</p>\n");
        int n = 0;
        for (Comparison.Row row : c.rows()) {
            n++;
            h.append("<section class=\"dimension\" id=\"").append(Html.esc(row.dimension().getURI().substring(Vocab.NS.length()))).append("\">\n")
             .append("<h2>").append(n).append(". ").append(Html.link(cp, view, row.dimension())).append("</h2>\n");
            view.literal(row.dimension(), GraphView.DEFINITION)
                .ifPresent(d -> h.append("<p class=\"definition\">").append(Html.esc(d)).append("</p>\n"));
            h.append("<div class=\"columns\">\n")
             .append(column("only-a", "Only " + la, row.onlyA(), cp, true, ""))
             .append(column("shared", "Shared by both", row.shared(), cp, true, common(cp, row, shortName(c.a()), shortName(c.b()))))
             .append(column("only-b", "Only " + lb, row.onlyB(), cp, false, ""))
             .append("</div>\n</section>\n");
        }
        return h.append("</article>\n").toString();
    }

    /** The terms both reach through distinct items, under the shared column. */
    private String common(String cp, Comparison.Row row, String nameA, String nameB) {
        if (row.common().isEmpty())
            return "";
        StringBuilder b = new StringBuilder("<h4>Common ground through distinct items</h4>\n<ul class=\"common\">\n");
        for (Comparison.CommonGround g : row.common())
            b.append("<li>").append(Html.link(cp, view, g.term()))
             .append("<p class=\"via\">").append(Html.esc(nameA)).append(" via ").append(links(cp, g.viaA()))
             .append("; ").append(Html.esc(nameB)).append(" via ").append(links(cp, g.viaB())).append("</p>")
             .append(Citation.list(g.evidence().stream().map(e -> Citation.brief(cp, view, e)).toList()))
             .append("</li>\n");
        return b.append("</ul>\n").toString();
    }

    private String links(String cp, List<Node> nodes) {
        return String.join(", ", nodes.stream().map(n -> Html.link(cp, view, n)).toList());
    }

    /** "OT" rather than "occupational therapy" where the data gives an abbreviation. */
    private String shortName(Node profession) {
        return view.literal(profession, SKOS.notation.asNode()).orElseGet(() -> view.label(profession));
    }

    private String select(String name, Node selected, List<Node> professions) {
        StringBuilder s = new StringBuilder("<select name=\"").append(name).append("\" aria-label=\"profession ").append(name).append("\">");
        for (Node p : professions) {
            String slug = p.getURI().substring(Vocab.NS.length());
            s.append("<option value=\"").append(Html.esc(slug)).append("\"").append(p.equals(selected) ? " selected" : "").append(">")
             .append(Html.esc(view.label(p))).append("</option>");
        }
        return s.append("</select>").toString();
    }

    private String column(String cls, String title, List<Comparison.Item> items, String cp, boolean useA, String extra) {
        StringBuilder b = new StringBuilder("<div class=\"col ").append(cls).append("\"><h3>").append(Html.esc(title)).append("</h3>\n");
        if (items.isEmpty()) {
            b.append("<p class=\"none\">").append(extra.isEmpty() ? "nothing stated" : "nothing stated directly").append("</p>");
        } else {
            b.append("<ul>\n");
            for (Comparison.Item i : items) {
                b.append("<li><span class=\"rel\">").append(Html.esc(view.label(i.predicate()))).append("</span> ")
                 .append(Html.link(cp, view, i.object()));
                List<Evidence> evidence = i.shared()
                        ? Stream.concat(i.forA().stream(), i.forB().stream()).distinct().toList()
                        : (useA ? i.forA() : i.forB());
                b.append(Citation.list(evidence.stream().map(e -> Citation.brief(cp, view, e)).toList())).append("</li>\n");
            }
            b.append("</ul>\n");
        }
        return b.append(extra).append("</div>\n").toString();
    }
}
