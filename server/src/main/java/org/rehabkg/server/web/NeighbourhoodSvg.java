package org.rehabkg.server.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rehabkg.api.Statement;
import org.rehabkg.api.Term;

/**
 * The neighbourhood of an entity as an inline SVG: the entity in the middle, every related term in
 * two columns around it, arrows in the direction of the relation. The layout depends only on the sorted
 * statements, so the same data always gives the same picture; there is no script.
 */
final class NeighbourhoodSvg {
    /** Beyond this many neighbours the circle gets unreadable; the tables below still list them all. */
    static final int MAX_NEIGHBOURS = 48;
    private static final int WIDTH = 1000;
    /** Vertical room for one neighbour: its label and, below it, the relation. */
    private static final int ROW = 34;
    /** Horizontal distance of the columns from the centre, leaving about 250 px for labels. */
    private static final int ARC = 215;
    private static final int LABEL_CHARS = 36;

    private NeighbourhoodSvg() {}

    private record Neighbour(Term term, boolean outgoing, List<String> predicates) {}

    /** @param outgoing and {@code incoming}: the entity's statements, sorted as the tables show them */
    static String render(String contextPath, String entityLabel, List<Statement> outgoing, List<Statement> incoming) {
        Map<String, Neighbour> byKey = new LinkedHashMap<>();
        collect(byKey, outgoing, true);
        collect(byKey, incoming, false);
        List<Neighbour> all = new ArrayList<>(byKey.values());
        if (all.isEmpty())
            return "";
        // rehabkg's own terms before external codes (the mappings), so that a well-mapped entity's
        // picture still shows its relations when it is cut at MAX_NEIGHBOURS; a stable sort keeps the
        // statements' order within each group.
        all.sort(Comparator.comparing((Neighbour nb) -> !GraphView.inNamespace(nb.term().iri())));
        List<Neighbour> shown = all.subList(0, Math.min(all.size(), MAX_NEIGHBOURS));
        int n = shown.size();
        // Neighbours sit in two columns, right then left, on the arcs of an ellipse around the entity:
        // labels then read horizontally and never cross, which a full circle cannot promise at the top
        // and bottom. Order follows the sorted statements, so each relation's terms stay together.
        int right = (n + 1) / 2;
        int rows = Math.max(right, 3);
        double top = 30, height = top * 2 + rows * ROW;
        double cx = WIDTH / 2.0, cy = height / 2.0;
        double halfSpan = rows * ROW / 2.0;

        StringBuilder b = new StringBuilder();
        b.append("<svg class=\"neighbourhood\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(f(height))
         .append("\" xmlns=\"http://www.w3.org/2000/svg\" aria-labelledby=\"nb-title\">\n")
         .append("<title id=\"nb-title\">").append(Html.esc(entityLabel)).append(" and the ").append(n).append(" terms it is related to</title>\n")
         .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">")
         .append("<path d=\"M0,0 L10,5 L0,10 z\" class=\"arrowhead\"/></marker></defs>\n");
        for (int i = 0; i < n; i++) {
            Neighbour nb = shown.get(i);
            boolean onRight = i < right;
            int row = onRight ? i : i - right;
            int rowsOnSide = onRight ? right : n - right;
            double y = cy - rowsOnSide * ROW / 2.0 + (row + 0.5) * ROW;
            double dy = (y - cy) / (halfSpan * 1.15);
            double x = cx + (onRight ? 1 : -1) * ARC * Math.sqrt(1 - dy * dy);
            // The arrow runs between the edge of the centre ellipse and the dot, stopping short of both.
            double angle = Math.atan2(y - cy, x - cx);
            double x1 = cx + 150 * Math.cos(angle), y1 = cy + 22 * Math.sin(angle);
            double len = Math.hypot(x - x1, y - y1);
            double x2 = x - (x - x1) * 9 / len, y2 = y - (y - y1) * 9 / len;
            String marker = nb.outgoing() ? "marker-end" : "marker-start";
            b.append("<line class=\"").append(nb.outgoing() ? "out" : "in").append("\" x1=\"").append(f(x1)).append("\" y1=\"").append(f(y1))
             .append("\" x2=\"").append(f(x2)).append("\" y2=\"").append(f(y2)).append("\" ").append(marker).append("=\"url(#arrow)\"/>\n");
            String anchor = onRight ? "start" : "end";
            double tx = x + (onRight ? 11 : -11);
            String label = nb.term().label();
            String href = Html.href(contextPath, nb.term().iri());
            b.append("<g class=\"node\">");
            if (href != null)
                b.append("<a href=\"").append(Html.esc(href)).append("\">");
            b.append("<title>").append(Html.esc(label + " (" + String.join(", ", nb.predicates()) + ")")).append("</title>")
             .append("<circle cx=\"").append(f(x)).append("\" cy=\"").append(f(y)).append("\" r=\"7\"/>")
             .append("<text x=\"").append(f(tx)).append("\" y=\"").append(f(y + 1)).append("\" text-anchor=\"").append(anchor).append("\">")
             .append(Html.esc(shorten(label))).append("</text>")
             .append("<text class=\"predicate\" x=\"").append(f(tx)).append("\" y=\"").append(f(y + 14)).append("\" text-anchor=\"").append(anchor).append("\">")
             .append(Html.esc(shorten((nb.outgoing() ? "" : "← ") + String.join(", ", nb.predicates())))).append("</text>");
            if (href != null)
                b.append("</a>");
            b.append("</g>\n");
        }
        b.append("<g class=\"centre\"><ellipse cx=\"").append(f(cx)).append("\" cy=\"").append(f(cy)).append("\" rx=\"150\" ry=\"22\"/>")
         .append("<text x=\"").append(f(cx)).append("\" y=\"").append(f(cy + 5)).append("\" text-anchor=\"middle\">")
         .append(Html.esc(shorten(entityLabel))).append("</text></g>\n");
        b.append("</svg>\n");
        if (all.size() > n)
            b.append("<p class=\"hint\">The picture shows the first ").append(n).append(" of ").append(all.size())
             .append(" related terms; the tables list them all.</p>\n");
        return b.toString();
    }

    private static void collect(Map<String, Neighbour> byKey, List<Statement> statements, boolean outgoing) {
        for (Statement s : statements) {
            Term other = outgoing ? s.object() : s.subject();
            if (other.iri() == null)
                continue;
            Neighbour nb = byKey.computeIfAbsent((outgoing ? ">" : "<") + other.iri(),
                    k -> new Neighbour(other, outgoing, new ArrayList<>()));
            String p = s.property().label();
            if (!nb.predicates().contains(p))
                nb.predicates().add(p);
        }
    }

    private static String shorten(String s) {
        return s.length() <= LABEL_CHARS ? s : s.substring(0, LABEL_CHARS - 1) + "…";
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
