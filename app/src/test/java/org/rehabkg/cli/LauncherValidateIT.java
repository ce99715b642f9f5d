package org.rehabkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/rehabkg validate} as a user runs it: a real process on the packaged jar (hence a
 * failsafe test, after {@code package}). Errors are one readable line on stderr, never a stack trace.
 */
class LauncherValidateIT {
    private static final Path FIXTURES = Path.of("core/src/test/resources/fixtures");

    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err) {}

    private Run rehabkg(String... args) throws IOException, InterruptedException {
        File out = tmp.resolve("out.txt").toFile();
        File err = tmp.resolve("err.txt").toFile();
        List<String> command = new java.util.ArrayList<>(List.of("bin/rehabkg"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(out).redirectError(err).start();
        // A safety net against a hung process, not a timing assertion.
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("bin/rehabkg " + String.join(" ", args) + " did not finish");
        }
        return new Run(p.exitValue(), Files.readString(out.toPath()), Files.readString(err.toPath()));
    }

    @Test
    void brokenTurtleExitsNonZeroWithFileLineColumn() throws Exception {
        Run run = rehabkg("validate", "--data", FIXTURES.resolve("syntax-turtle").toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("ontology/data.ttl:11:5: "), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), "no stack trace:\n" + run.err());
    }

    @Test
    void ruleViolationsExitNonZeroAndListFocusPathMessage() throws Exception {
        Run run = rehabkg("validate", "--data", FIXTURES.resolve("undefined-reference").toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.out().contains("focus: rkg:stroke-survivors  path: rkg:hasCondition  value: rkg:strok  message: reference to an undefined entity"),
                run.out());
        assertFalse(run.err().contains("Exception"), run.err());
    }
}
