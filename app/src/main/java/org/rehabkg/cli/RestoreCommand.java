package org.rehabkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.rehabkg.graph.tdb.TdbLoad;
import org.rehabkg.graph.tdb.TdbStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code rehabkg restore --tdb DIR BACKUP}: a database from a backup, ready for {@code serve --tdb}. */
@Command(name = "restore")
public final class RestoreCommand extends DatabaseVerb {
    @Parameters(index = "0", paramLabel = "BACKUP", description = "The backup file (.nq.gz).")
    Path backup;

    @Override
    public Integer call() throws IOException {
        if (Files.exists(tdb) && !isEmptyFolder(tdb))
            throw new UserError(tdb + " is not empty; restore into a new folder");
        long quads = TdbLoad.files(tdb, List.of(backup), progress());
        PrintWriter err = err();
        TdbStore.markRestored(tdb, backup);
        err.printf("restored %d quads into %s; serve it with: rehabkg serve --tdb %s%n", quads, tdb, tdb);
        err.flush();
        return Main.OK;
    }

    private static boolean isEmptyFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir))
            return false;
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
