package org.rehabkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The libraries the application runs with are the reviewed ones in build/runtime-dependencies.txt.
 * Maven picks one version per library by nearness in the whole graph, test dependencies included,
 * so adding or bumping a test library can change what ships (it did: commons-io 2.7 and caffeine
 * 2.8.1 from the OWL API); the enforcer's convergence rules skip test-scope paths and miss it.
 * After a deliberate change, review target/runtime-dependencies.txt and copy its entries over.
 */
class RuntimeDependenciesTest {
    static final Path RESOLVED = Path.of("app/target/runtime-dependencies.txt"); // maven-dependency-plugin:list
    static final Path REVIEWED = Path.of("build/runtime-dependencies.txt");

    @Test
    void theApplicationRunsWithTheReviewedLibraries() throws IOException {
        assertTrue(Files.exists(RESOLVED), RESOLVED + " is written by the build (generate-test-resources)");
        List<String> resolved = Files.readAllLines(RESOLVED).stream()
                .filter(line -> line.startsWith("   "))
                .map(RuntimeDependenciesTest::coordinates).sorted().toList();
        List<String> reviewed = Files.readAllLines(REVIEWED).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).sorted().toList();
        assertEquals(String.join("\n", reviewed), String.join("\n", resolved),
                "runtime libraries differ from " + REVIEWED + " (see the class comment)");
    }

    /** {@code   g:a:jar[:classifier]:version:scope -- module m} → {@code g:a[:classifier]:version}. */
    static String coordinates(String line) {
        String[] f = line.strip().split(" ")[0].split(":");
        String classifier = f.length == 6 ? ":" + f[3] : "";
        return f[0] + ":" + f[1] + classifier + ":" + f[f.length - 2];
    }
}
