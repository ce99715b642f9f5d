package org.rehabkg.cli;


import org.rehabkg.graph.tdb.TdbMaintenance;

import picocli.CommandLine.Command;

/** {@code rehabkg compact --tdb DIR}: reclaims the space that updates left in a stopped TDB2 database. */
@Command(name = "compact")
public final class CompactCommand extends DatabaseVerb {
    @Override
    public Integer call() {
        TdbMaintenance.compact(tdb);
        err().println("compacted " + tdb);
        err().flush();
        return Main.OK;
    }
}
