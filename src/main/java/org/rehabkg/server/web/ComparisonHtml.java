package org.rehabkg.server.web;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.SKOS;
import org.rehabkg.graph.Vocab;
import org.rehabkg.query.Comparison;
import org.rehabkg.query.SourceRef;
import org.rehabkg.query.Term;

/**
 * The body of the comparison page: a {@link Comparison} of the API, three columns per dimension (only
 * a, both, only b) with the common ground under "both", every item linked to its page and citing its
 * sources. Runs inside the request's read transaction.
 */
final class ComparisonHtml {
    private final String cp;
    private final GraphView view;
    private final Provenance provenance;

    ComparisonHtml(String contextPath, GraphView view) {
        this.cp = contextPath;
        this.view = view;
        this.provenance = new Provenance(view);
    }

    String render(Comparison c, List<Node> professions) {
        StringBuilder h = new StringBuilder("<article class=\"compare\">\n<h1>")
                .append(link(c.a())).append(" and ").append(link(c.b())).append(" compared</h1>\n");
        h.append("<form class=\"pick\" method=\"get\" action=\"").append(Html.esc(cp)).append("/compare\">")
         .append(select("a", c.a(), professions)).append(" <span>and</span> ").append(select("b", c.b(), professions))
         .append(" <button type=\"submit\">Compare</button></form>\n")
         .append("<p class=\"hint\">What each profession is related to, dimension by dimension. “Both” means the two are "
                 + "stated to have the same term under that dimension. Every item names the source section it rests on.</p>\n");
        String nameA = shortName(c.a()), nameB = shortName(c.b());
        for (Comparison.Dimension d : c.dimensions()) {
            Node dim = GraphView.iri(d.dimension().iri());
            h.append("<section class=\"dimension\" id=\"").append(Html.esc(d.dimension().iri().substring(Vocab.NS.length()))).append("\">\n")
             .append("<h2>").append(d.order()).append(". ").append(link(d.dimension())).append("</h2>\n");
            view.literal(dim, GraphView.DEFINITION)
                .ifPresent(def -> h.append("<p class=\"definition\">").append(Html.esc(def)).append("</p>\n"));
            h.append("<div class=\"columns\">\n")
             .append(column("only-a", "Only " + c.a().label(), d.onlyA(), ""))
             .append(column("shared", "Shared by both", d.shared(), common(d.commonGround(), nameA, nameB)))
             .append(column("only-b", "Only " + c.b().label(), d.onlyB(), ""))
             .append("</div>\n</section>\n");
        }
        return h.append("</article>\n").toString();
    }

    private String column(String cls, String title, List<Comparison.Item> items, String extra) {
        StringBuilder b = new StringBuilder("<div class=\"col ").append(cls).append("\"><h3>").append(Html.esc(title)).append("</h3>\n");
        if (items.isEmpty()) {
            b.append("<p class=\"none\">").append(extra.isEmpty() ? "nothing stated" : "nothing stated directly").append("</p>");
        } else {
            b.append("<ul>\n");
            for (Comparison.Item i : items)
                b.append("<li><span class=\"rel\">").append(Html.esc(labels(i.relations()))).append("</span> ")
                 .append(link(i.item())).append(citations(i.sources())).append("</li>\n");
            b.append("</ul>\n");
        }
        return b.append(extra).append("</div>\n").toString();
    }

    /** The terms both reach through distinct items, under the shared column. */
    private String common(List<Comparison.CommonGround> grounds, String nameA, String nameB) {
        if (grounds.isEmpty())
            return "";
        StringBuilder b = new StringBuilder("<h4>Common ground through distinct items</h4>\n<ul class=\"common\">\n");
        for (Comparison.CommonGround g : grounds)
            b.append("<li>").append(link(g.term()))
             .append("<p class=\"via\">").append(Html.esc(nameA)).append(" via ").append(links(g.viaA()))
             .append("; ").append(Html.esc(nameB)).append(" via ").append(links(g.viaB())).append("</p>")
             .append(citations(g.sources())).append("</li>\n");
        return b.append("</ul>\n").toString();
    }

    /** Each source as the entity pages cite it: the evidence graph, its section and the source's web page. */
    private String citations(List<SourceRef> sources) {
        return Citation.list(sources.stream()
                .flatMap(s -> provenance.evidence(GraphView.iri(s.graph())).stream())
                .map(e -> Citation.brief(cp, view, e)).toList());
    }

    private String select(String name, Term selected, List<Node> professions) {
        StringBuilder s = new StringBuilder("<select name=\"").append(name).append("\" aria-label=\"profession ").append(name).append("\">");
        for (Node p : professions) {
            String slug = p.getURI().substring(Vocab.NS.length());
            s.append("<option value=\"").append(Html.esc(slug)).append("\"").append(p.getURI().equals(selected.iri()) ? " selected" : "")
             .append(">").append(Html.esc(view.label(p))).append("</option>");
        }
        return s.append("</select>").toString();
    }

    /** "OT" rather than "occupational therapy" where the data gives an abbreviation. */
    private String shortName(Term profession) {
        return view.literal(GraphView.iri(profession.iri()), SKOS.notation.asNode()).orElse(profession.label());
    }

    private String link(Term t) {
        return Html.link(cp, GraphView.iri(t.iri()), t.label());
    }

    private String links(List<Term> terms) {
        return String.join(", ", terms.stream().map(this::link).toList());
    }

    private static String labels(List<Term> terms) {
        return String.join(", ", terms.stream().map(Term::label).toList());
    }
}
