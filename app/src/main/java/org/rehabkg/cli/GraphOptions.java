package org.rehabkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.rehabkg.graph.Finding;
import org.rehabkg.graph.ServedDataset;
import org.rehabkg.graph.DataFolder;
import org.rehabkg.graph.Validator;

import picocli.CommandLine.Option;

/** Where the graph comes from: the embedded one by default, or a folder holding {@code ontology/}. */
public final class GraphOptions {
    @Option(names = "--data", paramLabel = "DIR",
            description = "Load ontology/ (and queries/) from DIR instead of the embedded graph.")
    Path dataDir;

    DataFolder tree() {
        return dataDir == null ? DataFolder.embedded() : DataFolder.directory(dataDir);
    }

    ServedDataset load() {
        return dataDir == null ? ServedDataset.embedded() : ServedDataset.load(tree());
    }

    /**
     * Loads the graph and refuses invalid data: the findings go to {@code err} and a {@link UserError}
     * (exit 1) follows, so nothing is served or stored. The embedded graph's build-time snapshot was
     * validated by the build and is not checked again.
     *
     * @param action what would be done with the data, for the refusal ("serving", "loading")
     */
    ServedDataset loadValid(PrintWriter err, String action) {
        ServedDataset kg = load();
        List<Finding> findings = kg.validatedByBuild() ? List.of() : Validator.validate(kg);
        if (!findings.isEmpty()) {
            findings.forEach(f -> err.println(f.describe(kg.prefixes())));
            throw new UserError(findings.size() + " violation(s); not " + action + " invalid data");
        }
        err.printf("loaded %s: %d asserted + %d inferred triples, valid%s%n",
                kg.dataFolder().description(), kg.assertedTriples(), kg.inferredTriples(),
                kg.validatedByBuild() ? " (validated by the build)" : "");
        return kg;
    }
}
