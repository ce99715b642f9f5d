package org.rehabkg.cli;

import java.nio.file.Path;
import java.util.function.Function;

import org.rehabkg.graph.tdb.TdbStore;
import org.rehabkg.api.RehabGraph;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Which graph a read-only verb asks: the embedded one (default), a folder ({@code --data}), a TDB2
 * database made by {@code rehabkg load} ({@code --tdb}) or a SPARQL 1.1 endpoint ({@code --endpoint}).
 */
public final class QueriedGraphOptions {
    @Mixin
    GraphOptions graph;

    @Option(names = "--tdb", paramLabel = "DIR", description = "Ask the TDB2 database in DIR (made by: rehabkg load --tdb DIR).")
    Path tdb;

    @Option(names = "--endpoint", paramLabel = "URL", description = "Ask this SPARQL 1.1 query endpoint instead of the embedded graph.")
    String endpoint;

    @Spec(Spec.Target.MIXEE)
    CommandSpec verb;

    /** Opens the graph, asks it one question and closes it: the answers are plain records. */
    <T> T ask(Function<RehabGraph, T> question) {
        try (RehabGraph g = open()) {
            return question.apply(g);
        }
    }

    RehabGraph open() {
        int chosen = (graph.dataDir != null ? 1 : 0) + (tdb != null ? 1 : 0) + (endpoint != null ? 1 : 0);
        if (chosen > 1)
            throw new ParameterException(verb.commandLine(), "give at most one of --data, --tdb and --endpoint");
        if (endpoint != null)
            return RehabGraph.remote(endpoint);
        if (tdb != null) {
            if (!TdbStore.isStore(tdb))
                throw new UserError("no rehabkg TDB2 store at " + tdb + " (make one with: rehabkg load --tdb " + tdb + ")");
            return RehabGraph.tdb(tdb);
        }
        return RehabGraph.of(graph.load());
    }
}
