package org.rehabkg.server.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue items 12 and 6 (the part that is quick): {@code bin/rehabkg serve} as a real process.
 * Broken Turtle or a SHACL violation: exit 1 with {@code file:line:col} or the focus node, and the
 * port given with {@code --port} is never bound (probed by connecting to it while the process
 * runs). A second server on a TDB2 folder in use is refused with one line, no stack trace.
 */
class ServeStartupIT {
    private static final Path FIXTURES = Path.of("core/src/test/resources/fixtures");

    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err, int connections) {}

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private Process start(String name, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("bin/rehabkg"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectOutput(tmp.resolve(name + ".out").toFile())
                .redirectError(tmp.resolve(name + ".err").toFile()).start();
    }

    /** Runs serve to its end, trying to connect to {@code port} every 20 ms meanwhile. */
    private Run serveUntilExit(int port, String... args) throws Exception {
        Process p = start("serve", args);
        int connections = 0;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);   // a safety net, not a timing assertion
        while (p.isAlive() && System.nanoTime() < deadline) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                connections++;
            } catch (IOException refused) {
                // not listening: as it should be
            }
            p.waitFor(20, TimeUnit.MILLISECONDS);
        }
        if (p.isAlive()) {
            p.destroyForcibly();
            throw new AssertionError("serve did not exit");
        }
        return new Run(p.exitValue(), Files.readString(tmp.resolve("serve.out")), Files.readString(tmp.resolve("serve.err")), connections);
    }

    @Test
    void brokenTurtleExitsNonZeroWithFileLineColumnAndNeverBindsThePort() throws Exception {
        int port = freePort();
        Run run = serveUntilExit(port, "serve", "--port", Integer.toString(port), "--data", FIXTURES.resolve("syntax-turtle").toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("ontology/data.ttl:11:5"), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace:\n" + run.err());
        assertEquals(0, run.connections(), "connections accepted on port " + port);
    }

    @Test
    void shaclViolationExitsNonZeroWithTheFocusNodeAndNeverBindsThePort() throws Exception {
        int port = freePort();
        Run run = serveUntilExit(port, "serve", "--port", Integer.toString(port), "--data", FIXTURES.resolve("undefined-reference").toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("rkg:stroke-survivors"), run.err());
        assertTrue(run.err().contains("not serving invalid data"), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace:\n" + run.err());
        assertEquals(0, run.connections(), "connections accepted on port " + port);
    }

    @Test
    void aSecondServerOnTheSameTdbFolderIsRefusedCleanly() throws Exception {
        Path db = tmp.resolve("db");
        Process first = start("first", "serve", "--port", "0", "--tdb", db.toString());
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);   // safety net
            while (!Files.readString(tmp.resolve("first.out")).contains("rehab/sparql")) {
                assertTrue(first.isAlive(), "the first server died: " + Files.readString(tmp.resolve("first.err")));
                assertTrue(System.nanoTime() < deadline, "the first server did not start");
                Thread.sleep(100);
            }
            Process second = start("second", "serve", "--port", "0", "--tdb", db.toString());
            assertTrue(second.waitFor(5, TimeUnit.MINUTES), "the second server kept running");
            String err = Files.readString(tmp.resolve("second.err"));
            assertNotEquals(0, second.exitValue(), err);
            assertTrue(err.startsWith("rehabkg: serve --tdb " + db + ": the TDB2 database in " + db + " is in use by another process"), err);
            assertFalse(err.contains("\tat ") || err.contains("rehabkg.debug"), "one line, no stack trace:\n" + err);
            assertTrue(first.isAlive(), "the first server still serves");
        } finally {
            first.destroy();
            first.waitFor(30, TimeUnit.SECONDS);
        }
    }

}
