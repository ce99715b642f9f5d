package org.rehabkg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The one-way dependencies of docs/design.md: cli and server use query and graph; query uses graph;
 * graph and query know nothing of the command line or the server, and server nothing of cli.
 */
class PackageDependenciesTest {
    static final Path MAIN = Path.of("src/main/java/org/rehabkg");
    static final Pattern REFERENCE = Pattern.compile("\\borg\\.rehabkg\\.(\\w+)\\.");
    /** package → the rehabkg packages it must not refer to */
    static final Map<String, List<String>> FORBIDDEN = Map.of(
            "graph", List.of("query", "cli", "server"),
            "query", List.of("cli", "server"),
            "server", List.of("cli"));

    @Test
    void dependenciesPointOneWay() throws IOException {
        List<String> violations = new ArrayList<>();
        for (var rule : FORBIDDEN.entrySet()) {
            try (Stream<Path> files = Files.walk(MAIN.resolve(rule.getKey()))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = REFERENCE.matcher(Files.readString(file));
                    while (m.find())
                        if (rule.getValue().contains(m.group(1)))
                            violations.add(MAIN.relativize(file) + " refers to org.rehabkg." + m.group(1));
                }
            }
        }
        assertEquals(List.of(), violations);
    }
}
