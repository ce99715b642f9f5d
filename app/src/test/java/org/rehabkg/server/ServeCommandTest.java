package org.rehabkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabkg.cli.Main;

import picocli.CommandLine;

/** {@code rehabkg serve} refusals, run in-process: each returns before any port is bound. */
class ServeCommandTest {
    private static final Path FIXTURES = Path.of("core/src/test/resources/fixtures");

    @TempDir
    Path dir;

    record Run(int exit, String err) {}

    static Run serve(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        String[] all = new String[args.length + 1];
        all[0] = "serve";
        System.arraycopy(args, 0, all, 1, args.length);
        return new Run(cl.execute(all), err.toString());
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test
    void syntaxErrorExitsWithFileLineColumnAndNeverBindsThePort() throws IOException {
        int port = freePort();
        Run run = serve("--data", FIXTURES.resolve("syntax-turtle").toString(), "--port", Integer.toString(port));
        assertEquals(Main.DATA_ERROR, run.exit());
        assertTrue(run.err().startsWith("rehabkg: ontology/data.ttl:11:5: "), run.err());
        assertEquals(1, run.err().strip().lines().count(), "one line, no stack trace: " + run.err());
        assertNothingListensOn(port);
    }

    @Test
    void shapeViolationsExitWithTheFocusNodesAndNeverBindThePort() throws IOException {
        int port = freePort();
        Run run = serve("--data", FIXTURES.resolve("credential-bodies").toString(), "--port", Integer.toString(port));
        assertEquals(Main.DATA_ERROR, run.exit());
        assertTrue(run.err().contains("focus: rkg:npte  path: rkg:administeredBy"), run.err());
        assertTrue(run.err().contains("not serving invalid data"), run.err());
        assertNothingListensOn(port);
    }

    /** The port can be taken, so the refused start never bound it (nor left it bound). */
    static void assertNothingListensOn(int port) throws IOException {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertEquals(port, s.getLocalPort());
        }
    }

    @Test
    void updateWithoutPasswdIsAUsageError() {
        Run run = serve("--update", "--port", "0");
        assertEquals(Main.USAGE, run.exit());
        assertTrue(run.err().contains("--update: writes need a password file") && run.err().contains("--passwd FILE"), run.err());
    }

    @Test
    void openHostWithUpdateAndNoAuthIsAUsageError() {
        Run run = serve("--update", "--host", "0.0.0.0", "--port", "0");
        assertEquals(Main.USAGE, run.exit());
        assertTrue(run.err().contains("0.0.0.0"), run.err());
    }

    @Test
    void missingPasswdFileIsAUsageError() {
        Run run = serve("--update", "--passwd", dir.resolve("none").toString(), "--port", "0");
        assertEquals(Main.USAGE, run.exit());
        assertTrue(run.err().contains("no such readable file"), run.err());
    }
}
