package org.example.consumer;

import java.nio.file.Path;

import org.rehabkg.api.Comparison;
import org.rehabkg.api.RehabGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What an application does with rehabkg: open a graph, ask it a question, log the answer. */
public final class CompareProfessions {
    private static final Logger LOG = LoggerFactory.getLogger(CompareProfessions.class);

    private CompareProfessions() {}

    /** The number of dimensions on which {@code a} and {@code b} are compared in {@code graph}. */
    public static int dimensions(RehabGraph graph, String a, String b) {
        Comparison c = graph.compare(a, b);
        LOG.info("compared {} with {}: {} dimensions", a, b, c.dimensions().size());
        return c.dimensions().size();
    }

    public static void main(String[] args) {
        try (RehabGraph graph = args.length > 0 ? RehabGraph.tdb(Path.of(args[0])) : RehabGraph.embedded()) {
            System.out.println(dimensions(graph, "OT", "PT"));
        }
    }
}
