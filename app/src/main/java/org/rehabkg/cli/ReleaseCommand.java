package org.rehabkg.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.rehabkg.graph.ServedDataset;
import org.rehabkg.graph.Release;
import org.rehabkg.graph.ReleaseVersion;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rehabkg release}: a dated release folder that OBO tools (ROBOT, OLS) load. */
@Command(name = "release")
public final class ReleaseCommand extends DataVerb {
    @Option(names = "--out", paramLabel = "DIR", defaultValue = "release",
            description = "The folder that holds the releases. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = IsoDate.class,
            description = "The release date, which names it. Default: today (UTC).")
    LocalDate date;

    @Override
    public Integer call() {
        ReleaseVersion version = ReleaseVersion.on(date != null ? date : LocalDate.now(ZoneOffset.UTC));
        ServedDataset kg = graph.loadValid(err(), "releasing");
        Path folder;
        try {
            folder = Release.write(kg, version, out);
        } catch (FileAlreadyExistsException e) {
            throw new UserError(e.getFile() + " exists already: a release is never overwritten (pick another --date or --out)", e);
        } catch (IOException e) {
            throw new UserError("cannot write the release into " + out + ": " + e, e);
        }
        err().printf("wrote release %s (version IRI %s)%n", version.name(), version.versionIri());
        out().println(folder);
        return Main.OK;
    }
}
