package org.rehabkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;

/** {@code bin/rehabkg} as a real process, on the jar that {@code package} built. */
class LauncherIT {
    record Run(int exit, String out, String err, String rawErr) {}

    static Run launch(String... args) throws IOException, InterruptedException {
        return launch(java.util.Map.of(), args);
    }

    /** With these environment variables added. */
    static Run launch(java.util.Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bin/rehabkg"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().putAll(env);
        Process p = pb.start();
        // Read both streams fully before waiting, so a full pipe cannot block the process.
        var out = p.getInputStream();
        var err = p.getErrorStream();
        byte[] outBytes = out.readAllBytes();
        byte[] errBytes = err.readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "bin/rehabkg finished");
        // The launcher's own note when it rebuilds a stale jar, and JDK warnings, are not the verb's output.
        String errText = new String(errBytes, StandardCharsets.UTF_8).lines()
                .filter(l -> !l.startsWith("rehabkg: building the jar") && !l.startsWith("WARNING"))
                .map(l -> l + "\n").collect(java.util.stream.Collectors.joining());
        return new Run(p.exitValue(), new String(outBytes, StandardCharsets.UTF_8), errText,
                       new String(errBytes, StandardCharsets.UTF_8));
    }

    /** JDK 24 and later warn when a library uses sun.misc.Unsafe; none of the shipped ones may. */
    @Test
    void noJdkWarningsOnANewJdk() throws Exception {
        Run r = launch("stats");
        assertEquals(0, r.exit(), r.err());
        assertFalse(r.rawErr().contains("sun.misc.Unsafe"), r.rawErr());
    }

    @Test
    void query() throws Exception {
        Run r = launch("query", "SELECT ?p WHERE { ?p a <https://w3id.org/rehabkg/Profession> }", "--results", "csv");
        assertEquals(0, r.exit(), r.err());
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_CSV);
        List<String> professions = new ArrayList<>();
        rs.forEachRemaining(row -> professions.add(row.get("p").toString()));
        assertTrue(professions.contains("https://w3id.org/rehabkg/occupational-therapy"), professions.toString());
    }

    @Test
    void compareOtPt() throws Exception {
        Run r = launch("compare", "OT", "PT");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("# occupational therapy (OT) and physical therapy (PT) compared"), r.out());
        assertEquals(5, r.out().lines().filter(l -> l.startsWith("## ")).count());
    }

    @Test
    void aMistypedProfessionIsOneLineAndExitTwo() throws Exception {
        Run r = launch("compare", "OT", "fisical therapee");
        assertEquals(2, r.exit(), r.err());
        assertEquals(List.of("rehabkg: unknown profession 'fisical therapee'; did you mean 'physical therapy'?"),
                r.err().lines().toList());
        assertEquals("", r.out());
    }

    @Test
    void aBadQueryIsOneLineAndExitOne() throws Exception {
        Run r = launch("query", "SELECT ?x WHERE { ?x");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().startsWith("rehabkg: malformed query"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    /** Issue 18 §1: the heap is bounded by default, REHABKG_HEAP overrides it, nonsense is refused. */
    @Test
    void theHeapIsBounded() throws Exception {
        Run byDefault = launch(java.util.Map.of("REHABKG_JAVA_OPTS", "-XX:+PrintFlagsFinal"), "--version");
        assertEquals(0, byDefault.exit(), byDefault.err());
        assertTrue(byDefault.out().matches("(?s).*\\bMaxHeapSize\\s+= 536870912\\b.*"), "MaxHeapSize is not 512 MiB");
        Run chosen = launch(java.util.Map.of("REHABKG_JAVA_OPTS", "-XX:+PrintFlagsFinal", "REHABKG_HEAP", "768m"), "--version");
        assertTrue(chosen.out().matches("(?s).*\\bMaxHeapSize\\s+= 805306368\\b.*"), "MaxHeapSize is not 768 MiB");
        Run bad = launch(java.util.Map.of("REHABKG_HEAP", "lots"), "--version");
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("REHABKG_HEAP=lots is not a size"), bad.err());
    }

    /**
     * Issue 18: REHABKG_MEMORY bounds the process: the heap is what the 256 MiB reserve leaves, and
     * what lives outside the heap is capped; a bound too small for the reserve is refused.
     */
    @Test
    void theMemoryBoundCoversWhatLivesOutsideTheHeap() throws Exception {
        Run gig = launch(java.util.Map.of("REHABKG_JAVA_OPTS", "-XX:+PrintFlagsFinal", "REHABKG_MEMORY", "1g"), "--version");
        assertEquals(0, gig.exit(), gig.err());
        for (String flag : List.of("MaxHeapSize\\s+= 805306368", "MaxMetaspaceSize\\s+= 67108864",
                                   "ReservedCodeCacheSize\\s+= 67108864", "MaxDirectMemorySize\\s+= 33554432"))
            assertTrue(gig.out().matches("(?s).*\\b" + flag + "\\b.*"), flag);
        Run small = launch(java.util.Map.of("REHABKG_MEMORY", "300m"), "--version");
        assertEquals(1, small.exit());
        assertTrue(small.err().contains("REHABKG_MEMORY=300m is too small"), small.err());
        Run both = launch(java.util.Map.of("REHABKG_MEMORY", "1g", "REHABKG_HEAP", "900m"), "--version");
        assertEquals(1, both.exit());
        assertTrue(both.err().contains("does not fit in REHABKG_MEMORY=1g"), both.err());
    }

    /** Issue 18 §4: {@code bin/rehabkg export > /dev/full} is exit 1 with a message, not 0. */
    @Test
    void aFullDiskIsExitOne() throws Exception {
        java.io.File full = new java.io.File("/dev/full");
        if (!full.exists())
            return;
        Process p = new ProcessBuilder("bin/rehabkg", "export").redirectOutput(full)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(1, p.exitValue(), err);
        assertTrue(err.contains("rehabkg: cannot write the output: No space left on device"), err);
    }
}
