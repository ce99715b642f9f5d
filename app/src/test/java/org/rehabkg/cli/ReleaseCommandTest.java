package org.rehabkg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseCommandTest {
    @Test
    void writesADatedFolderOnceAndRefusesToOverwriteIt(@TempDir Path dir) throws Exception {
        Cli.Result r = Cli.run("release", "--out", dir.toString(), "--date", "2026-12-06");
        assertEquals(0, r.exit(), r.toString());
        Path folder = dir.resolve("2026-12-06");
        assertEquals(folder.toString(), r.out().strip());
        assertTrue(r.err().contains("https://w3id.org/rehabkg/releases/2026-12-06/rehabkg.owl"), r.err());
        for (String file : new String[] { "rehabkg.owl", "rehabkg.ttl", "rehabkg.jsonld", "rehabkg.nq.gz", "SHA256SUMS", "RELEASE.md" })
            assertTrue(Files.size(folder.resolve(file)) > 0, file);
        byte[] owl = Files.readAllBytes(folder.resolve("rehabkg.owl"));

        Cli.Result again = Cli.run("release", "--out", dir.toString(), "--date", "2026-12-06");
        assertEquals(1, again.exit(), again.toString());
        assertTrue(again.err().contains("exists already"), again.err());
        assertArrayEquals(owl, Files.readAllBytes(folder.resolve("rehabkg.owl")), "the first release is untouched");
    }

    @Test
    void anOutThatIsAFileIsAClearErrorAndTheFileIsKept(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
        Cli.Result r = Cli.run("release", "--out", file.toString(), "--date", "2026-12-06");
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains("cannot write the release into " + file) && r.err().contains("NotDirectoryException"), r.err());
        assertEquals("mine", Files.readString(file));
    }

    @Test
    void aDateThatIsNotOneIsAUsageError(@TempDir Path dir) {
        Cli.Result r = Cli.run("release", "--out", dir.resolve("r").toString(), "--date", "2026-13-40");
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("is not a date"), r.err());
        assertFalse(Files.exists(dir.resolve("r")), "nothing written");
    }
}
