package org.rehabkg.cli;


import org.rehabkg.graph.tdb.TdbMaintenance;

import picocli.CommandLine.Command;

/** {@code rehabkg backup --tdb DIR}: a gzipped N-Quads copy of a stopped TDB2 database. */
@Command(name = "backup",
         description = { "Write a backup (gzipped N-Quads) of a TDB2 database under DIR/Backups/ and print its path.",
                         "Stop the server first: TDB2 allows one process per database." },
         footer = { "", "Example:", "  rehabkg backup --tdb db" })
public final class BackupCommand extends DatabaseVerb {
    @Override
    public Integer call() {
        out().println(TdbMaintenance.backup(tdb));
        out().flush();
        return Main.OK;
    }
}
