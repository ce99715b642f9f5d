package org.rehabkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rehabkg.api.Comparison;
import org.rehabkg.api.Share;

/**
 * How {@code rehabkg compare} prints a {@link Comparison}: a markdown report, CSV rows, or JSON, all
 * in the open world's words ({@link Share}): an item is stated for both, or stated for one and not
 * stated for the other in rehabkg's sources; only a contrast a source states is called a difference.
 * Each dimension shows its coverage (sources and items per profession), its stated contrasts, its
 * items and the common ground (a list in markdown, rows with side {@code common_ground} and the items
 * leading to it in {@code via} in CSV).
 */
final class ComparisonFormat {
    private ComparisonFormat() {}

    /** The preamble of the markdown report: what "not stated" means. */
    static final String OPEN_WORLD_NOTE = "Open world: \"not stated for X\" means that rehabkg's sources do not say it, "
            + "not that X does not do it. A difference is called one here when a source states it.";

    static void write(ReportVerb.Format format, Comparison c, String shortA, String shortB, PrintWriter out) {
        switch (format) {
            case MARKDOWN -> markdown(c, shortA, shortB, out);
            case CSV -> csv(c, shortA, shortB, out);
            // Qualified: JSON is also the name of a format.
            case JSON -> Output.write(out, os -> org.apache.jena.atlas.json.JSON.write(os, Json.comparison(c, shortA, shortB)));
        }
        out.flush();
    }

    private static void markdown(Comparison c, String shortA, String shortB, PrintWriter out) {
        out.printf("# %s (%s) and %s (%s) compared%n%n%s%n", c.a().label(), shortA, c.b().label(), shortB, OPEN_WORLD_NOTE);
        for (Comparison.Dimension d : c.dimensions()) {
            out.printf("%n## %d. %s%n%n", d.order(), d.dimension().label());
            out.printf("Coverage: %s%n", coverage(d.coverage(), shortA, shortB));
            for (Comparison.StatedContrast s : d.contrasts())
                out.printf("%nDifference stated by a source: %s%s [%s]%n", s.contrast().label(),
                        s.definition() == null ? "" : " — " + s.definition(), Text.sources(s.sources()));
            if (d.statedForBoth().isEmpty() && d.statedForANotB().isEmpty() && d.statedForBNotA().isEmpty()) {
                out.printf("%nNothing stated for either profession in rehabkg's sources.%n");
                continue;
            }
            out.println();
            out.println("| | item | relation | sources |");
            out.println("|---|---|---|---|");
            for (Share share : Share.values())
                rows(out, share.describe(shortA, shortB), d.items(share));
            if (d.statedForBoth().isEmpty())
                out.printf("%nNothing in this dimension is stated for both.%n");
            if (!d.commonGround().isEmpty()) {
                out.printf("%nCommon ground through items stated for one profession:%n%n");
                for (Comparison.CommonGround g : d.commonGround())
                    out.printf("- %s (%s): %s — %s%n", g.term().label(), Text.labels(g.relations()),
                            via(g, shortA, shortB), Text.sources(g.sources()));
            }
        }
    }

    /** "OT: 2 sources, 7 items; PT: 1 source, 4 items". */
    private static String coverage(Comparison.Coverage c, String shortA, String shortB) {
        return shortA + ": " + count(c.sourcesA(), "source") + ", " + count(c.itemsA(), "item") + "; "
               + shortB + ": " + count(c.sourcesB(), "source") + ", " + count(c.itemsB(), "item");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
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

    /** The CSV columns; {@code side} is a code, {@code share} the same in words. */
    static final String[] CSV_HEADER = { "dimension_order", "dimension", "side", "share", "profession", "item", "item_iri",
                                         "relations", "sources", "via", "source_count", "item_count" };

    private static void csv(Comparison c, String shortA, String shortB, PrintWriter out) {
        // Not closed: closing the printer would close the command's output.
        try {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get());
            String both = c.a().label() + "; " + c.b().label();
            for (Comparison.Dimension d : c.dimensions()) {
                String order = Integer.toString(d.order()), dim = d.dimension().label();
                Comparison.Coverage cov = d.coverage();
                csv.printRecord(order, dim, "coverage", "", c.a().label(), "", "", "", "", "", cov.sourcesA(), cov.itemsA());
                csv.printRecord(order, dim, "coverage", "", c.b().label(), "", "", "", "", "", cov.sourcesB(), cov.itemsB());
                for (Comparison.StatedContrast s : d.contrasts())
                    csv.printRecord(order, dim, "stated_contrast", "difference stated by a source", both, s.contrast().label(),
                            s.contrast().iri(), "", Text.sources(s.sources()), "", "", "");
                for (Share share : Share.values()) {
                    String profession = switch (share) {
                        case BOTH -> both;
                        case A_NOT_B -> c.a().label();
                        case B_NOT_A -> c.b().label();
                    };
                    for (Comparison.Item i : d.items(share))
                        csv.printRecord(order, dim, side(share), share.describe(shortA, shortB), profession, i.item().label(),
                                i.item().iri(), Text.labels(i.relations()), Text.sources(i.sources()), "", "", "");
                }
                for (Comparison.CommonGround g : d.commonGround())
                    csv.printRecord(order, dim, "common_ground", "", both, g.term().label(), g.term().iri(), Text.labels(g.relations()),
                            Text.sources(g.sources()), via(g, c.a().label(), c.b().label()), "", "");
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String side(Share share) {
        return switch (share) {
            case BOTH -> "both";
            case A_NOT_B -> "a_not_b";
            case B_NOT_A -> "b_not_a";
        };
    }
}
