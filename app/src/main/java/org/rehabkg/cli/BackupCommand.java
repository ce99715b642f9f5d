package org.rehabkg.cli;


import org.rehabkg.graph.tdb.TdbMaintenance;

import picocli.CommandLine.Command;

/** {@code rehabkg backup --tdb DIR}: a gzipped N-Quads copy of a stopped TDB2 database. */
@Command(name = "backup")
public final class BackupCommand extends DatabaseVerb {
    @Override
    public Integer call() {
        out().println(TdbMaintenance.backup(tdb));
        out().flush();
        return Main.OK;
    }
}
