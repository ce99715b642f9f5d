package org.rehabkg.server.web;

import java.util.List;
import java.util.function.Function;

import org.rehabkg.api.EntityCard;
import org.rehabkg.api.GuidelineRecommendation;
import org.rehabkg.api.Statement;
import org.rehabkg.api.Term;

/**
 * The HTML page of one entity (see docs/web.md). Pure rendering of the API's {@link EntityCard} and, for a
 * condition, its {@link GuidelineRecommendation}s.
 */
final class EntityPage {
    private EntityPage() {}

    /**
     * @param shortName the prefixed name of an external IRI ({@code mesh:D009783}), for the mappings
     * @param guidelines the guideline recommendations about the entity as a condition (none for anything else)
     */
    static String render(String cp, EntityCard d, java.util.function.Function<String, String> shortName,
                         List<GuidelineRecommendation> guidelines) {
        StringBuilder b = new StringBuilder();
        String label = d.entity().label();
        b.append("<article class=\"entity\">\n<h1>").append(Html.esc(label)).append("</h1>\n")
         .append("<p class=\"iri\"><code>").append(Html.esc(d.entity().iri())).append("</code>");
        if (!d.types().isEmpty()) {
            b.append(" · ");
            appendJoined(b, d.types().stream().map(t -> Html.link(cp, t)).toList());
        }
        b.append("</p>\n");
        if (d.definition() != null)
            b.append("<p class=\"definition\">").append(Html.esc(d.definition())).append("</p>\n");
        b.append("<p class=\"formats\">This description as ");
        appendJoined(b, RdfFormats.ALL.stream()
                .map(f -> "<a href=\"?format=" + Html.esc(f.name()) + "\">" + Html.esc(f.title()) + "</a>").toList());
        b.append(".</p>\n");

        if (!d.mappings().isEmpty()) {
            b.append("<section class=\"mappings\"><h2>Same or related elsewhere</h2><ul>\n");
            for (Term m : d.mappings())
                b.append("<li>").append(Html.link(cp, m.iri(), shortName.apply(m.iri()))).append("</li>\n");
            b.append("</ul></section>\n");
        }
        b.append(GuidelineSection.render(cp, label, guidelines));
        List<Statement> outgoing = d.outgoing(), incoming = d.incoming();
        String svg = NeighbourhoodSvg.render(cp, label, outgoing, incoming);
        if (!svg.isEmpty())
            b.append("<section class=\"picture\"><h2>Neighbourhood</h2>\n").append(svg).append("</section>\n");

        relations(b, cp, "outgoing", Html.esc(label) + " → …", "relation", "to", outgoing, Statement::property, Statement::object);
        relations(b, cp, "incoming", "… → " + Html.esc(label), "from", "relation", incoming, Statement::subject, Statement::property);
        if (!d.graphContents().isEmpty()) {
            b.append("<section class=\"graph-contents\"><h2>Statements resting on this source section</h2>\n")
             .append("<table><thead><tr><th>subject</th><th>relation</th><th>object</th></tr></thead><tbody>\n");
            for (Statement t : d.graphContents())
                b.append("<tr><td>").append(Html.link(cp, t.subject())).append("</td><td>")
                 .append(Html.link(cp, t.property())).append("</td><td>").append(Html.link(cp, t.object()))
                 .append("</td></tr>\n");
            b.append("</tbody></table></section>\n");
        }
        if (!d.attributes().isEmpty()) {
            b.append("<section class=\"attributes\"><h2>Other facts</h2>\n<table><tbody>\n");
            for (EntityCard.Attribute a : d.attributes())
                b.append("<tr><th>").append(Html.link(cp, a.property())).append("</th><td")
                 .append(a.language().isEmpty() ? "" : " lang=\"" + Html.esc(a.language()) + "\"").append(">")
                 .append(Html.esc(a.value())).append("</td></tr>\n");
            b.append("</tbody></table></section>\n");
        }
        b.append("</article>\n");
        return b.toString();
    }

    /** The entity's relations in one direction: two linked columns, then each statement's sources; nothing without any. */
    private static void relations(StringBuilder b, String cp, String direction, String heading, String firstColumn,
                                  String secondColumn, List<Statement> statements, Function<Statement, Term> first,
                                  Function<Statement, Term> second) {
        if (statements.isEmpty())
            return;
        b.append("<section class=\"relations ").append(direction).append("\"><h2>").append(heading).append("</h2>\n")
         .append("<table><thead><tr><th>").append(firstColumn).append("</th><th>").append(secondColumn)
         .append("</th><th>source</th></tr></thead><tbody>\n");
        for (Statement s : statements)
            b.append("<tr><td>").append(Html.link(cp, first.apply(s))).append("</td><td>")
             .append(Html.link(cp, second.apply(s))).append("</td><td>").append(Citation.cell(cp, s)).append("</td></tr>\n");
        b.append("</tbody></table></section>\n");
    }

    private static void appendJoined(StringBuilder b, List<String> parts) {
        b.append(String.join(", ", parts));
    }
}
