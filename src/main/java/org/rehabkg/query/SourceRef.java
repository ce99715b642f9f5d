package org.rehabkg.query;

/**
 * Where a statement comes from: the evidence graph that holds it, the source it cites and the
 * section of that source. Labels fall back to IRIs when the graph does not carry them.
 */
public record SourceRef(String graph, String graphLabel, String source, String sourceLabel, String section) {

    /** One short line: the evidence graph's label, which names source and section. */
    public String describe() {
        return graphLabel != null ? graphLabel : graph;
    }
}
