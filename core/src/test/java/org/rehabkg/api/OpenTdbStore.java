package org.rehabkg.api;

import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * Run in a second JVM by {@link LifecycleTest}: opens the TDB2 folder given as argument and reads
 * from it, so that exit 0 means the first process released it.
 */
public final class OpenTdbStore {
    private OpenTdbStore() {}

    public static void main(String[] args) {
        Dataset ds = TDB2Factory.connectDataset(args[0]);
        long n = Txn.calculateRead(ds, () -> ds.asDatasetGraph().stream().limit(1).count());
        System.out.println("read " + n);
    }
}
