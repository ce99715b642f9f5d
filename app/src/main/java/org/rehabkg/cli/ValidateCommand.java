package org.rehabkg.cli;

import java.io.PrintWriter;
import java.util.List;

import org.rehabkg.graph.Finding;
import org.rehabkg.graph.ServedDataset;
import org.rehabkg.graph.Validator;

import picocli.CommandLine.Command;

/** {@code rehabkg validate}: SHACL shapes and QC queries over the graph; exit 1 on any finding. */
@Command(name = "validate")
public final class ValidateCommand extends DataVerb {
    @Override
    public Integer call() {
        ServedDataset kg = graph.load();
        List<Finding> findings = Validator.validate(kg);
        PrintWriter out = out();
        for (Finding f : findings)
            out.println(f.describe(kg.prefixes()));
        PrintWriter err = err();
        if (findings.isEmpty()) {
            err.printf("valid: %d asserted + %d inferred triples, 0 violations%n", kg.assertedTriples(), kg.inferredTriples());
            return Main.OK;
        }
        err.printf("%d violation(s)%n", findings.size());
        return Main.DATA_ERROR;
    }
}
