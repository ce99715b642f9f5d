package org.rehabkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** {@code rehabkg validate} in-process: exit code, findings on stdout, summary or error on stderr. */
class ValidateCommandTest {
    private static final Path FIXTURES = Path.of("core/src/test/resources/fixtures");

    private record Run(int exit, String out, String err) {}

    private static Run validate(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 1];
        all[0] = "validate";
        System.arraycopy(args, 0, all, 1, args.length);
        int exit = cl.execute(all);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void findingsExitOneAndNameFocusPathAndMessage() {
        Run run = validate("--data", FIXTURES.resolve("credential-bodies").toString());
        assertEquals(Main.DATA_ERROR, run.exit(), run.err());
        assertTrue(run.out().contains("focus: rkg:npte  path: rkg:administeredBy  message: a licensing examination needs rkg:administeredBy"),
                run.out());
        assertTrue(run.out().contains("[shacl:rkgsh:exam-administered-by]"), run.out());
        assertTrue(run.out().contains("focus: rkg:doctor-of-physical-therapy  path: rkg:administeredBy"), run.out());
        assertTrue(run.err().contains("4 violation(s)"), run.err());
    }

    @Test
    void shippedDataIsValid() {
        Run run = validate();
        assertEquals(Main.OK, run.exit(), run.out() + run.err());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("valid: ") && run.err().contains("0 violations"), run.err());
    }

    @Test
    void syntaxErrorIsOneLineWithFileLineColumn() {
        Run run = validate("--data", FIXTURES.resolve("syntax-turtle").toString());
        assertEquals(Main.DATA_ERROR, run.exit());
        assertTrue(run.err().startsWith("rehabkg: ontology/data.ttl:11:5: "), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }
}
