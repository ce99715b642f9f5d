package org.rehabkg.api;

import java.util.List;

/**
 * Where a statement comes from: the evidence graph that holds it, the source it cites, the section of
 * that source, the qualifier with which the source hedges it ("may", "often"; null when it states it
 * plainly, see docs/provenance.md, "Hedges"), the source's web page (null for the article, which has
 * none) and the dimensions the evidence graph bears on. Labels fall back to IRIs when the graph does
 * not carry them.
 *
 * @param graph       the evidence graph's IRI
 * @param graphLabel  its label, or null
 * @param source      the cited source's IRI, or null
 * @param sourceLabel its label, or null
 * @param section     the section of the source, or null
 * @param hedge       the source's qualifier, or null when it states the statement plainly
 * @param url         the source's web page, or null
 * @param dimensions  the dimensions the evidence graph bears on
 */
public record Provenance(String graph, String graphLabel, String source, String sourceLabel, String section, String hedge,
                        String url, List<Term> dimensions) {
    /** Copies the list, so that the reference cannot change. */
    public Provenance {
        dimensions = List.copyOf(dimensions);
    }

    /** A graph the index does not describe: only its IRI is known. */
    static Provenance unknown(String graph) {
        return new Provenance(graph, null, null, null, null, null, null, List.of());
    }

    /**
     * One short line: the evidence graph's label, which names source and section (and the hedge).
     *
     * @return the line
     */
    public String describe() {
        String line = graphLabel != null ? graphLabel : graph;
        return hedge == null || line.contains("(" + hedge + ")") ? line : line + " (" + hedge + ")";
    }

    /**
     * The cited source, or the evidence graph when it names none: what "how many sources" counts.
     *
     * @return an IRI
     */
    public String sourceKey() {
        return source != null ? source : graph;
    }
}
