package org.rehabkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.rehabkg.graph.Export;
import org.rehabkg.graph.ServedDataset;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code rehabkg export}: the whole graph (TBox and data) as one file. */
@Command(name = "export",
         description = { "Write the whole graph, TBox and data merged, as one file that Protégé and the OWL API open.",
                         "trig keeps the evidence graphs (provenance) as named graphs; the other formats hold one graph." },
         footer = { "", "Examples:", "  rehabkg export --format ttl -o rehabkg.ttl", "  rehabkg export --format trig --inferred" })
public final class ExportCommand implements Callable<Integer> {
    enum Format {
        TTL(RDFFormat.TURTLE_PRETTY), NT(RDFFormat.NTRIPLES), JSONLD(RDFFormat.JSONLD_PRETTY),
        RDFXML(RDFFormat.RDFXML_PRETTY), TRIG(RDFFormat.TRIG_PRETTY);

        final RDFFormat rdf;

        Format(RDFFormat rdf) {
            this.rdf = rdf;
        }
    }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "ttl",
            description = "ttl, nt, jsonld, rdfxml or trig. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--inferred", description = "Include the materialised entailments (and, in trig, their named graph).")
    boolean inferred;

    @Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;

    @Mixin
    GraphOptions graph;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Format f = parse(format);
        ServedDataset kg = graph.load();
        if (output == null) {
            Output.write(spec.commandLine().getOut(), out -> write(kg, f, out));
            return Main.OK;
        }
        try (OutputStream out = Files.newOutputStream(output)) {
            write(kg, f, out);
        } catch (IOException e) {
            throw new UserError("cannot write " + output + ": " + e.getMessage(), e);
        }
        spec.commandLine().getErr().printf("wrote %s (%s)%n", output, f.name().toLowerCase(Locale.ROOT));
        return Main.OK;
    }

    private void write(ServedDataset kg, Format f, OutputStream out) {
        if (f == Format.TRIG)
            RDFDataMgr.write(out, Export.dataset(kg, inferred), f.rdf);
        else
            RDFDataMgr.write(out, Export.merged(kg, inferred), f.rdf);
    }

    private Format parse(String name) {
        try {
            return Format.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "unknown --format '" + name + "' (ttl, nt, jsonld, rdfxml or trig)");
        }
    }
}
