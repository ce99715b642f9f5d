package org.rehabkg.graph.tdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;

import org.rehabkg.graph.BadInputException;
/**
 * Backing up and compacting a TDB2 database with Jena's own operations, for a database no server is
 * using (TDB2 allows one process per database folder).
 */
public final class TdbMaintenance {
    private TdbMaintenance() {}

    /** Writes a gzipped N-Quads copy of the database under {@code DIR/Backups/} and returns its path. */
    public static Path backup(Path database) {
        return Path.of(DatabaseMgr.backup(open(database)));
    }

    /** Rewrites the database into a new generation and deletes the old one, reclaiming its space. */
    public static void compact(Path database) {
        DatabaseMgr.compact(open(database), true);
    }

    /** A TDB2 database folder holds its generations as {@code Data-NNNN} folders. */
    private static boolean isDatabase(Path dir) {
        if (!Files.isDirectory(dir))
            return false;
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.anyMatch(p -> p.getFileName().toString().startsWith("Data-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @throws IllegalArgumentException when the folder holds no TDB2 database or another process holds it
     */
    private static DatasetGraph open(Path database) {
        if (!isDatabase(database))
            throw new BadInputException(database + " is not a TDB2 database");
        try {
            return DatabaseMgr.connectDatasetGraph(database.toString());
        } catch (DBOpEnvException e) {
            throw new BadInputException(database + " is in use by another process; stop the server first", e);
        }
    }
}
