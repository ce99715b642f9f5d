package org.rehabkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** User mistakes are one line; anything else is a bug, with its trace under --verbose. */
class ErrorReportTest {
    private static void oneLineNoTrace(Cli.Result r) {
        assertEquals(1, r.err().lines().count(), r.toString());
        assertFalse(r.err().contains("\tat ") || r.err().contains("internal error"), r.toString());
    }

    @Test
    void anAmbiguousNameIsAUsageError() {
        Cli.Result r = Cli.run("compare", "OT", "physical therap");
        assertEquals(2, r.exit(), r.toString());
        oneLineNoTrace(r);
        assertTrue(r.err().startsWith("rehabkg: ambiguous profession 'physical therap'"), r.err());
    }

    @Test
    void aGuessedNameIsSaid() {
        Cli.Result r = Cli.run("compare", "OT", "physio", "--format", "csv");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.err().contains("taking 'physio' as physical therapy"), r.err());
    }

    @Test
    void anEndpointThatCannotBeReachedIsOneLine() {
        Cli.Result r = Cli.run("query", "ASK {}", "--endpoint", "http://127.0.0.1:1/rehab/sparql");
        assertEquals(1, r.exit(), r.toString());
        oneLineNoTrace(r);
        assertTrue(r.err().startsWith("rehabkg: the SPARQL endpoint http://127.0.0.1:1/rehab/sparql failed: "), r.err());
    }

    @Test
    void aFolderWithoutAStoreGetsTheCommandThatMakesOne(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "not a database");
        Cli.Result r = Cli.run("query", "ASK {}", "--tdb", dir.toString());
        assertEquals(1, r.exit(), r.toString());
        oneLineNoTrace(r);
        assertTrue(r.err().contains("make one with: rehabkg load --tdb " + dir), r.err());
    }

    @Test
    void aBadParameterValueIsOneLine() {
        Cli.Result r = Cli.run("query", "core-focus", "--param", "profession=<not an iri");
        assertEquals(1, r.exit(), r.toString());
        oneLineNoTrace(r);
    }

    @Test
    void anyOtherExceptionIsABugWithItsTraceUnderVerbose() {
        String quiet = report(new IllegalArgumentException("bad data"), "stats");
        assertEquals(2, quiet.lines().count(), quiet);
        assertTrue(quiet.startsWith("rehabkg: internal error (a bug in rehabkg; please report it): "
                + "java.lang.IllegalArgumentException: bad data"), quiet);
        assertTrue(quiet.contains("rehabkg --verbose"), quiet);

        String verbose = report(new IllegalArgumentException("bad data"), "--verbose", "stats");
        assertTrue(verbose.contains("\tat org.rehabkg.cli.ErrorReportTest"), verbose);
    }

    @Test
    void userErrorsStayOneLineUnderVerbose() {
        String r = report(new UserError("no such file: x.ttl"), "--verbose", "stats");
        assertEquals("rehabkg: no such file: x.ttl", r.strip());
    }

    private static String report(Exception e, String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        assertEquals(Main.DATA_ERROR, Main.reportError(e, cl, cl.parseArgs(args)));
        return err.toString();
    }
}
