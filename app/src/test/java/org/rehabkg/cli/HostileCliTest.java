package org.rehabkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 18 §1 and §4 on the command line: a write error is exit 1 with a message, bad numbers are
 * usage errors (2), no input hangs, and the query engine's guards hold here as in the server.
 */
class HostileCliTest {
    record Run(int exit, String err) {}

    /** {@link Main#run} with stdout going to {@code stdout}: what {@code bin/rehabkg ARGS > FILE} does. */
    static Run run(OutputStream stdout, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, stdout, err);
        return new Run(exit, err.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = { "export", "stats", "queries", "query core-focus", "compare OT PT", "lookup NPTE", "--help" })
    void aFullDiskIsExitOneWithAMessage(String verb) throws IOException {
        Path full = Path.of("/dev/full");
        if (!Files.exists(full))
            return;   // not Linux: nothing to write to that always fails
        try (OutputStream out = new FileOutputStream(full.toFile())) {
            Run r = run(out, verb.split(" "));
            assertEquals(1, r.exit(), r.err());
            assertTrue(r.err().contains("rehabkg: cannot write the output: No space left on device"), r.err());
        }
    }

    @Test
    void aWritableStdoutIsStillExitZero() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Run r = run(out, "queries");
        assertEquals(0, r.exit(), r.err());
        assertTrue(out.size() > 0);
    }

    @ParameterizedTest
    @ValueSource(strings = { "NaN", "Infinity", "-Infinity", "0", "-1", "1e300", "ten", "" })
    void aBadTimeoutIsAUsageError(String value) {
        for (String verb : new String[] { "query", "serve" }) {
            Run r = run(new ByteArrayOutputStream(), verb.equals("query")
                    ? new String[] { "query", "ASK {}", "--timeout", value } : new String[] { "serve", "--port", "0", "--timeout", value });
            assertEquals(2, r.exit(), verb + " --timeout '" + value + "': " + r.err());
            assertTrue(r.err().contains("--timeout"), r.err());
        }
    }

    @Test
    void aBacktrackingRegexEndsWithTheTimeout() {
        String q = "SELECT ?x { BIND(REGEX(\"" + "a".repeat(200) + "\", \"(.*a){12}b\") AS ?x) }";
        long start = System.nanoTime();
        Run r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run(new ByteArrayOutputStream(), "query", q, "--timeout", "1"));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("timed out after 1 s"), r.err());
        assertTrue(ms < 5_000, "took " + ms + " ms");
    }

    @Test
    void aStringTooLongToBuildIsExitOneWithTheReason() {
        StringBuilder q = new StringBuilder("SELECT (STRLEN(?s29) AS ?n) { VALUES ?s0 { \"a\" \"bb\" } ");
        for (int i = 1; i <= 29; i++)
            q.append("BIND(CONCAT(?s").append(i - 1).append(", ?s").append(i - 1).append(") AS ?s").append(i).append(") ");
        Run r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run(new ByteArrayOutputStream(), "query", q + "}"));
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().startsWith("rehabkg: query refused: CONCAT would build a string of"), r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = { "lookup", "compare", "query core-focus --param profession=", "recommend --condition" })
    void anEnormousNameIsAQuickUsageError(String verb) {
        String name = "a".repeat(500_000);
        String[] words = verb.split(" ");
        String[] args = java.util.Arrays.copyOf(words, words.length + (verb.equals("compare") ? 2 : words[words.length - 1].endsWith("=") ? 0 : 1));
        if (verb.equals("compare")) {
            args[1] = name;
            args[2] = "PT";
        } else if (words[words.length - 1].endsWith("="))
            args[args.length - 1] = words[words.length - 1] + name;
        else
            args[args.length - 1] = name;
        long start = System.nanoTime();
        Run r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> run(new ByteArrayOutputStream(), args));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(2, r.exit(), r.err().substring(0, Math.min(300, r.err().length())));
        assertTrue(r.err().contains("name too long (500000 characters; at most 200)"), r.err().substring(0, Math.min(300, r.err().length())));
        assertTrue(r.err().length() < 1000, "the message repeats the name");
        assertTrue(ms < 5_000, "took " + ms + " ms");
    }

    @Test
    void deeplyNestedTurtleIsAnErrorNotAHang(@TempDir Path dir) throws IOException {
        int depth = 50_000;
        String turtle = "<urn:x:s> <urn:x:p> " + "[ <urn:x:p> ".repeat(depth) + "\"end\"" + " ]".repeat(depth) + " .\n";
        Path file = Files.writeString(dir.resolve("deep.ttl"), turtle);
        Run r = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> run(new ByteArrayOutputStream(), "load", "--tdb", dir.resolve("db").toString(), file.toString()));
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("deep.ttl: nested too deeply to read"), r.err());
    }
}
