package org.rehabkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.rehabkg.graph.ServedDataset;
import org.rehabkg.graph.tdb.TdbLoad;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rehabkg load --tdb DIR [FILE...]}: bulk load into a TDB2 database. */
@Command(name = "load")
public final class LoadCommand extends DataVerb {
    @Option(names = "--tdb", required = true, paramLabel = "DIR", description = "The TDB2 database folder (created if missing).")
    Path tdb;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "RDF files to load as they are (syntax from the file name).")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter err = err();
        long loaded;
        if (files.isEmpty()) {
            // The same rule as serve: invalid data is not loaded. Once loaded, serve --tdb reuses it.
            ServedDataset kg = graph.loadValid(err, "loading");
            loaded = TdbLoad.graph(tdb, kg, progress());
        } else {
            loaded = TdbLoad.files(tdb, files, progress());
        }
        err.printf("loaded %d triples and quads into %s%n", loaded, tdb);
        err.flush();
        return Main.OK;
    }
}
