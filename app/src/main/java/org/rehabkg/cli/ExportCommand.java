package org.rehabkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.riot.RDFDataMgr;
import org.rehabkg.graph.Export;
import org.rehabkg.graph.ServedDataset;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rehabkg export}: the whole graph (TBox and data) as one file. */
@Command(name = "export")
public final class ExportCommand extends DataVerb {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "ttl", converter = RdfSyntax.Converter.class,
            description = "${COMPLETION-CANDIDATES}, or another name Jena gives one (turtle, json-ld …). Default: ${DEFAULT-VALUE}.")
    RdfSyntax format;

    @Option(names = "--inferred", description = "Include the materialised entailments (and, in trig, their named graph).")
    boolean inferred;

    @Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;

    @Override
    public Integer call() throws IOException {
        ServedDataset kg = graph.load();
        if (output == null) {
            Output.write(out(), out -> write(kg, out));
            return Main.OK;
        }
        try (OutputStream out = Files.newOutputStream(output)) {
            write(kg, out);
        } catch (IOException e) {
            throw new UserError("cannot write " + output + ": " + e.getMessage(), e);
        }
        err().printf("wrote %s (%s)%n", output, format);
        return Main.OK;
    }

    private void write(ServedDataset kg, OutputStream out) {
        if (format.namedGraphs())
            RDFDataMgr.write(out, Export.dataset(kg, inferred), format.lang());
        else
            RDFDataMgr.write(out, Export.merged(kg, inferred), format.lang());
    }
}
