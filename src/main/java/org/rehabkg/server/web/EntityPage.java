package org.rehabkg.server.web;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL2;

/** The HTML page of one entity (see docs/web.md). Pure rendering of an {@link EntityDescription}. */
final class EntityPage {
    private EntityPage() {}

    static String render(String cp, GraphView view, EntityDescription d) {
        StringBuilder b = new StringBuilder();
        b.append("<article class=\"entity\">\n<h1>").append(Html.esc(d.label())).append("</h1>\n")
         .append("<p class=\"iri\"><code>").append(Html.esc(d.iri().getURI())).append("</code>");
        // owl:NamedIndividual is there for OWL tools; to a reader it says nothing (the RDF keeps it).
        List<Node> types = d.types().stream().filter(t -> !t.equals(OWL2.NamedIndividual.asNode())).toList();
        if (!types.isEmpty()) {
            b.append(" · ");
            appendJoined(b, types.stream().map(t -> Html.link(cp, view, t)).toList());
        }
        b.append("</p>\n");
        d.definition().ifPresent(def -> b.append("<p class=\"definition\">").append(Html.esc(def)).append("</p>\n"));
        b.append("<p class=\"formats\">This description as ");
        appendJoined(b, RdfFormats.ALL.stream()
                .map(f -> "<a href=\"?format=" + Html.esc(f.name()) + "\">" + Html.esc(f.title()) + "</a>").toList());
        b.append(".</p>\n");

        if (!d.mappings().isEmpty()) {
            b.append("<section class=\"mappings\"><h2>Same or related elsewhere</h2><ul>\n");
            for (Node m : d.mappings())
                b.append("<li>").append(Html.link(cp, m, view.shortName(m))).append("</li>\n");
            b.append("</ul></section>\n");
        }
        String svg = NeighbourhoodSvg.render(cp, view, d);
        if (!svg.isEmpty())
            b.append("<section class=\"picture\"><h2>Neighbourhood</h2>\n").append(svg).append("</section>\n");

        if (!d.outgoing().isEmpty()) {
            b.append("<section class=\"relations outgoing\"><h2>").append(Html.esc(d.label())).append(" → …</h2>\n")
             .append("<table><thead><tr><th>relation</th><th>to</th><th>source</th></tr></thead><tbody>\n");
            for (Statement s : d.outgoing())
                b.append("<tr><td>").append(Html.link(cp, view, s.predicate())).append("</td><td>")
                 .append(Html.link(cp, view, s.object())).append("</td><td>").append(Citation.cell(cp, view, s)).append("</td></tr>\n");
            b.append("</tbody></table></section>\n");
        }
        if (!d.incoming().isEmpty()) {
            b.append("<section class=\"relations incoming\"><h2>… → ").append(Html.esc(d.label())).append("</h2>\n")
             .append("<table><thead><tr><th>from</th><th>relation</th><th>source</th></tr></thead><tbody>\n");
            for (Statement s : d.incoming())
                b.append("<tr><td>").append(Html.link(cp, view, s.subject())).append("</td><td>")
                 .append(Html.link(cp, view, s.predicate())).append("</td><td>").append(Citation.cell(cp, view, s)).append("</td></tr>\n");
            b.append("</tbody></table></section>\n");
        }
        if (!d.graphContents().isEmpty()) {
            b.append("<section class=\"graph-contents\"><h2>Statements resting on this source section</h2>\n")
             .append("<table><thead><tr><th>subject</th><th>relation</th><th>object</th></tr></thead><tbody>\n");
            for (Triple t : d.graphContents())
                b.append("<tr><td>").append(Html.link(cp, view, t.getSubject())).append("</td><td>")
                 .append(Html.link(cp, view, t.getPredicate())).append("</td><td>").append(Html.link(cp, view, t.getObject()))
                 .append("</td></tr>\n");
            b.append("</tbody></table></section>\n");
        }
        if (!d.attributes().isEmpty()) {
            b.append("<section class=\"attributes\"><h2>Other facts</h2>\n<table><tbody>\n");
            for (Statement s : d.attributes()) {
                String lang = s.object().getLiteralLanguage();
                b.append("<tr><th>").append(Html.link(cp, view, s.predicate())).append("</th><td")
                 .append(lang.isEmpty() ? "" : " lang=\"" + Html.esc(lang) + "\"").append(">")
                 .append(Html.esc(s.object().getLiteralLexicalForm())).append("</td></tr>\n");
            }
            b.append("</tbody></table></section>\n");
        }
        b.append("</article>\n");
        return b.toString();
    }

    private static void appendJoined(StringBuilder b, List<String> parts) {
        b.append(String.join(", ", parts));
    }
}
