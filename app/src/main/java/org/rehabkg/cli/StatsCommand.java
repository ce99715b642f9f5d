package org.rehabkg.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.rehabkg.api.GraphStats;
import org.rehabkg.api.RehabGraph;

import picocli.CommandLine.Command;

/** {@code rehabkg stats}: what the graph holds, in counts. */
@Command(name = "stats")
public final class StatsCommand extends AskVerb {
    @Override
    public Integer call() {
        GraphStats s = source.ask(RehabGraph::stats);
        PrintWriter out = out();
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
        return Main.OK;
    }
}
