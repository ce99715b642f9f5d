package org.rehabkg.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.rehabkg.query.GraphStats;
import org.rehabkg.query.RehabGraph;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rehabkg stats}: what the graph holds, in counts. */
@Command(name = "stats",
         description = "Count the entities per class, the statements with provenance, and the mappings per external scheme.",
         footer = { "", "Example:", "  rehabkg stats" })
public final class StatsCommand implements Callable<Integer> {
    @Mixin
    SourceOptions source;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (RehabGraph g = source.open()) {
            GraphStats s = g.stats();
            PrintWriter out = spec.commandLine().getOut();
            out.println("entities per class:");
            s.classes().forEach(c -> out.printf("  %6d  %s%n", c.count(), c.type().label()));
            out.printf("statements with provenance: %d (%d placements in %d evidence graphs, citing %d sources)%n",
                    s.sourcedStatements(), s.placements(), s.evidenceGraphs(), s.sources());
            if (s.mappings().isEmpty()) {
                out.println("mappings per scheme: none");
            } else {
                out.println("mappings per scheme:");
                Map<String, List<GraphStats.MappingCount>> byScheme = new TreeMap<>();
                s.mappings().forEach(m -> byScheme.computeIfAbsent(m.scheme(), k -> new ArrayList<>()).add(m));
                byScheme.forEach((scheme, counts) -> out.printf("  %6d  %s  (%s)%n",
                        counts.stream().mapToLong(GraphStats.MappingCount::count).sum(), scheme,
                        counts.stream().map(m -> m.count() + " " + m.property().label()).collect(Collectors.joining(", "))));
            }
            out.flush();
        }
        return Main.OK;
    }
}
