package org.rehabkg.cli;

import java.nio.file.Path;

import org.rehabkg.graph.tdb.TdbMaintenance;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rehabkg backup --tdb DIR}: a gzipped N-Quads copy of a stopped TDB2 database. */
@Command(name = "backup",
         description = { "Write a backup (gzipped N-Quads) of a TDB2 database under DIR/Backups/ and print its path.",
                         "Stop the server first: TDB2 allows one process per database." },
         footer = { "", "Example:", "  rehabkg backup --tdb db" })
public final class BackupCommand extends Verb {
    @Option(names = "--tdb", required = true, paramLabel = "DIR", description = "The TDB2 database folder.")
    Path tdb;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println(TdbMaintenance.backup(tdb));
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
