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
 * The layout of an entity's neighbourhood, drawn as an inline SVG by {@code neighbourhood.jte}: the entity
 * in the middle, every related term in two columns around it, arrows in the direction of the relation.
 * The layout depends only on the sorted statements, so the same data always gives the same picture.
 */
final class NeighbourhoodSvg {
    /** Beyond this many neighbours the circle gets unreadable; the tables below still list them all. */
    static final int MAX_NEIGHBOURS = 48;
    static final int WIDTH = 1000;
    /** Vertical room for one neighbour: its label and, below it, the relation. */
    private static final int ROW = 34;
    /** Horizontal distance of the columns from the centre, leaving about 250 px for labels. */
    private static final int ARC = 215;
    private static final int LABEL_CHARS = 36;

    private NeighbourhoodSvg() {}

    private record Neighbour(Term term, boolean outgoing, List<String> predicates) {}

    /** One neighbour placed: the arrow from the centre, the dot and where its two lines of text go. */
    record Dot(Term term, boolean outgoing, String predicates, String x1, String y1, String x2, String y2,
               String x, String y, String tx, String labelY, String predicateY, String anchor) {}

    /** The whole picture: its height, the centre and the neighbours shown, of {@code total} related terms. */
    record Picture(String label, String height, String cx, String cy, String textY, List<Dot> dots, int total) {}

    /**
     * @param outgoing and {@code incoming}: the entity's statements, sorted as the tables show them
     * @return the picture, or null when the entity has no neighbour to draw
     */
    static Picture layout(String entityLabel, List<Statement> outgoing, List<Statement> incoming) {
        Map<String, Neighbour> byKey = new LinkedHashMap<>();
        collect(byKey, outgoing, true);
        collect(byKey, incoming, false);
        List<Neighbour> all = new ArrayList<>(byKey.values());
        if (all.isEmpty())
            return null;
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

        List<Dot> dots = new ArrayList<>();
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
            double tx = x + (onRight ? 11 : -11);
            dots.add(new Dot(nb.term(), nb.outgoing(), String.join(", ", nb.predicates()), f(x1), f(y1), f(x2), f(y2),
                    f(x), f(y), f(tx), f(y + 1), f(y + 14), onRight ? "start" : "end"));
        }
        return new Picture(entityLabel, f(height), f(cx), f(cy), f(cy + 5), dots, all.size());
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

    /** A label cut to fit beside its dot. */
    static String shorten(String s) {
        return s.length() <= LABEL_CHARS ? s : s.substring(0, LABEL_CHARS - 1) + "…";
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
