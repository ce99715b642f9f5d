package org.rehabkg.cli;

import java.nio.file.Path;

import org.rehabkg.graph.tdb.TdbMaintenance;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rehabkg compact --tdb DIR}: reclaims the space that updates left in a stopped TDB2 database. */
@Command(name = "compact",
         description = { "Compact a TDB2 database (a new generation; the old one is deleted) to reclaim the space updates left.",
                         "Stop the server first: TDB2 allows one process per database." },
         footer = { "", "Example:", "  rehabkg compact --tdb db" })
public final class CompactCommand extends Verb {
    @Option(names = "--tdb", required = true, paramLabel = "DIR", description = "The TDB2 database folder.")
    Path tdb;

    @Override
    public Integer call() {
        TdbMaintenance.compact(tdb);
        spec.commandLine().getErr().println("compacted " + tdb);
        spec.commandLine().getErr().flush();
        return Main.OK;
    }
}
