package org.rehabkg.cli;

import java.io.PrintWriter;
import java.util.List;

import org.rehabkg.query.Comparison;

/**
 * How {@code rehabkg compare} prints a {@link Comparison}: a markdown report, CSV rows, or JSON. Common
 * ground follows the items of its dimension: a list in markdown, rows with side {@code common_ground}
 * (and the items leading to it in {@code via}) in CSV.
 */
enum ComparisonFormat {
    MARKDOWN, CSV, JSON;

    void write(Comparison c, String shortA, String shortB, PrintWriter out) {
        switch (this) {
            case MARKDOWN -> markdown(c, shortA, shortB, out);
            case CSV -> csv(c, out);
            // Qualified: JSON is also the name of this constant.
            case JSON -> Output.write(out, os -> org.apache.jena.atlas.json.JSON.write(os, Json.comparison(c)));
        }
        out.flush();
    }

    private static void markdown(Comparison c, String shortA, String shortB, PrintWriter out) {
        out.printf("# %s (%s) and %s (%s) compared%n", c.a().label(), shortA, c.b().label(), shortB);
        for (Comparison.Dimension d : c.dimensions()) {
            out.printf("%n## %d. %s%n%n", d.order(), d.dimension().label());
            if (d.shared().isEmpty() && d.onlyA().isEmpty() && d.onlyB().isEmpty()) {
                out.println("Nothing stated for either profession.");
                continue;
            }
            out.println("| | item | relation | sources |");
            out.println("|---|---|---|---|");
            rows(out, "both", d.shared());
            rows(out, shortA + " only", d.onlyA());
            rows(out, shortB + " only", d.onlyB());
            if (d.shared().isEmpty())
                out.printf("%nNothing in this dimension is stated for both.%n");
            if (!d.commonGround().isEmpty()) {
                out.printf("%nCommon ground through distinct items:%n%n");
                for (Comparison.CommonGround g : d.commonGround())
                    out.printf("- %s (%s): %s — %s%n", g.term().label(), Text.labels(g.relations()),
                            via(g, shortA, shortB), Text.sources(g.sources()));
            }
        }
    }

    /** "OT via daily activities and independence; PT via mobility, strength and function". */
    private static String via(Comparison.CommonGround g, String shortA, String shortB) {
        return shortA + " via " + Text.labels(g.viaA()) + "; " + shortB + " via " + Text.labels(g.viaB());
    }

    private static void rows(PrintWriter out, String who, List<Comparison.Item> items) {
        for (Comparison.Item i : items)
            out.printf("| %s | %s | %s | %s |%n", cell(who), cell(i.item().label()), cell(Text.labels(i.relations())),
                    cell(Text.sources(i.sources())));
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static void csv(Comparison c, PrintWriter out) {
        out.print(csvRow("dimension_order", "dimension", "side", "profession", "item", "item_iri", "relations", "sources", "via"));
        for (Comparison.Dimension d : c.dimensions()) {
            String order = Integer.toString(d.order());
            for (Comparison.Item i : d.shared())
                out.print(csvRow(order, d.dimension().label(), "shared", c.a().label() + "; " + c.b().label(), i.item().label(),
                        i.item().iri(), Text.labels(i.relations()), Text.sources(i.sources()), ""));
            for (Comparison.Item i : d.onlyA())
                out.print(csvRow(order, d.dimension().label(), "only_a", c.a().label(), i.item().label(), i.item().iri(),
                        Text.labels(i.relations()), Text.sources(i.sources()), ""));
            for (Comparison.Item i : d.onlyB())
                out.print(csvRow(order, d.dimension().label(), "only_b", c.b().label(), i.item().label(), i.item().iri(),
                        Text.labels(i.relations()), Text.sources(i.sources()), ""));
            for (Comparison.CommonGround g : d.commonGround())
                out.print(csvRow(order, d.dimension().label(), "common_ground", c.a().label() + "; " + c.b().label(), g.term().label(),
                        g.term().iri(), Text.labels(g.relations()), Text.sources(g.sources()), via(g, c.a().label(), c.b().label())));
        }
    }

    /** One RFC 4180 record: fields quoted when they hold a comma, quote or line break; CRLF ends it. */
    static String csvRow(String... fields) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < fields.length; k++) {
            if (k > 0)
                b.append(',');
            String f = fields[k] == null ? "" : fields[k];
            if (f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r"))
                b.append('"').append(f.replace("\"", "\"\"")).append('"');
            else
                b.append(f);
        }
        return b.append("\r\n").toString();
    }
}
