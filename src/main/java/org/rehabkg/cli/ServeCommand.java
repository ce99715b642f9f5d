package org.rehabkg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.rehabkg.graph.Finding;
import org.rehabkg.graph.KnowledgeGraph;
import org.rehabkg.graph.Validator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rehabkg serve}: loads and validates the graph, then serves it. */
@Command(name = "serve",
         description = "Load and validate the graph and serve it over SPARQL.",
         footer = { "", "Example:", "  rehabkg serve" })
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    GraphOptions graph;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        KnowledgeGraph kg = graph.load();
        List<Finding> findings = Validator.validate(kg);
        PrintWriter err = spec.commandLine().getErr();
        if (!findings.isEmpty()) {
            findings.forEach(f -> err.println(f.describe(kg.prefixes())));
            err.printf("rehabkg: %d violation(s); not serving invalid data%n", findings.size());
            return Main.DATA_ERROR;
        }
        err.printf("loaded %s: %d asserted + %d inferred triples, valid%n",
                kg.sourceTree().description(), kg.assertedTriples(), kg.inferredTriples());
        return Main.OK;
    }
}
