package org.rehabkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ROBOT, the OBO release tool, on {@code rehabkg.owl} as {@code rehabkg release} writes it: its
 * {@code report} (default profile) finds no ERROR, and its {@code reason} (HermiT) finds the file
 * consistent with no unsatisfiable class.
 *
 * <p>ROBOT 1.9.7 is built on Jena 3.17 and the OWL API 4.5, rehabkg on Jena 6.2 (and its tests on
 * the OWL API 5.1), in the same Java packages; so ROBOT runs as its own java process, on the class
 * path that Maven resolves for {@code build/robot/pom.xml} (nothing of it enters the project's).
 */
class ReleaseRobotTest {
    /** What the report may still say below ERROR, each with why it remains (docs/release.md). */
    static final Map<String, String> ACCEPTED = Map.of(
            "missing_superclass", "INFO: rehabkg's top-level classes have no parent; it imports no upper ontology (BFO, COB)");

    @TempDir
    static Path dir;
    static Path owl;
    static String robotClassPath;

    @BeforeAll
    static void releaseAndResolveRobot() throws Exception {
        owl = Release.write(ServedDataset.load(Fixtures.REPOSITORY), ReleaseVersion.on(LocalDate.of(2026, 12, 6)), dir)
                .resolve(Release.OWL);
        Path classPath = dir.resolve("robot.classpath");
        run(List.of("mvn", "-B", "-q", "-f", "build/robot/pom.xml",
                "org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath",
                "-Dmdep.outputFile=" + classPath.toAbsolutePath()), "ROBOT's class path (build/robot/pom.xml)");
        robotClassPath = Files.readString(classPath).strip();
    }

    @Test
    void reportFindsNoErrorAndOnlyWhatIsExplained() throws Exception {
        Path report = dir.resolve("report.tsv");
        robot("report", "--input", owl.toString(), "--output", report.toString(), "--fail-on", "none");
        List<String> lines = Files.readAllLines(report);
        assertEquals("Level\tRule Name\tSubject\tProperty\tValue", lines.get(0));
        Map<String, Integer> byLevel = new TreeMap<>();
        Map<String, Integer> byRule = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            byLevel.merge(cells[0], 1, Integer::sum);
            byRule.merge(cells[0] + " " + cells[1], 1, Integer::sum);
            if (cells[0].equals("ERROR"))
                errors.add(line);
        }
        System.out.println("ROBOT report on the release: " + byLevel + " " + byRule);
        assertEquals(List.of(), errors, "ROBOT report ERRORs");
        for (String rule : byRule.keySet())
            assertTrue(ACCEPTED.containsKey(rule.substring(rule.indexOf(' ') + 1)),
                    rule + " is new: fix it or explain it in ACCEPTED and docs/release.md");
    }

    @Test
    void hermitThroughRobotFindsTheReleaseConsistent() throws Exception {
        // ROBOT's reason exits non-zero on an inconsistent ontology or an unsatisfiable class.
        String log = robot("reason", "--reasoner", "hermit", "--input", owl.toString(), "--output",
                dir.resolve("reasoned.owl").toString());
        assertTrue(Files.size(dir.resolve("reasoned.owl")) > Files.size(owl) / 2, log);
    }

    private static String robot(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(javaCommand(), "-cp", robotClassPath,
                "org.obolibrary.robot.CommandLineInterface"));
        command.addAll(List.of(args));
        return run(command, "robot " + args[0]);
    }

    /** The java running this test (a JDK >= 21, as the build requires); ROBOT 1.9.7 runs on it. */
    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static String run(List<String> command, String what) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "process", ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError(what + ": no answer in 5 minutes");
        }
        String output = Files.readString(log);
        assertEquals(0, p.exitValue(), what + " failed:\n" + output);
        return output;
    }
}
