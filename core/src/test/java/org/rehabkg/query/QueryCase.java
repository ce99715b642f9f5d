package org.rehabkg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One run of a named query whose answer is kept next to it in {@code queries/}:
 * <ul>
 * <li>{@code <id>.expected.tsv} (or {@code .ttl} for CONSTRUCT/DESCRIBE): the query run without parameters;</li>
 * <li>{@code <id>.<case>.params} with {@code <id>.<case>.expected.tsv|ttl}: the query run with the bindings
 * in the params file, one {@code name=value} per line (values as on the command line's {@code --param});
 * blank lines and lines starting with {@code #} are ignored.</li>
 * </ul>
 */
record QueryCase(String queryId, String name, Map<String, String> params, Optional<Path> expected) {
    static final String PARAMS = ".params";
    static final List<String> EXPECTED = List.of(".expected.tsv", ".expected.ttl");

    /** The default case and every params case of a query; {@code base} is {@code queries/<id>}. */
    static List<QueryCase> of(String queryId, Path base) {
        List<QueryCase> cases = new ArrayList<>();
        cases.add(new QueryCase(queryId, "without params", Map.of(), expectedFile(base.toString())));
        String prefix = base.getFileName() + ".";
        try (Stream<Path> siblings = Files.list(base.getParent())) {
            siblings.map(p -> p.getFileName().toString())
                    .filter(f -> f.startsWith(prefix) && f.endsWith(PARAMS))
                    .sorted()
                    .forEach(f -> {
                        String caseName = f.substring(prefix.length(), f.length() - PARAMS.length());
                        Path paramsFile = base.resolveSibling(f);
                        cases.add(new QueryCase(queryId, caseName, readParams(paramsFile),
                                                expectedFile(base + "." + caseName)));
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    /** {@code stem.expected.tsv} or {@code stem.expected.ttl}, whichever exists. */
    static Optional<Path> expectedFile(String stem) {
        return EXPECTED.stream().map(suffix -> Path.of(stem + suffix)).filter(Files::isRegularFile).findFirst();
    }

    static Map<String, String> readParams(Path file) {
        Map<String, String> params = new LinkedHashMap<>();
        try {
            for (String raw : Files.readAllLines(file)) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#"))
                    continue;
                int eq = line.indexOf('=');
                if (eq <= 0)
                    throw new IllegalArgumentException(file + ": '" + line + "' should read name=value");
                params.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return params;
    }

    String displayName() {
        return queryId + " (" + name + (params.isEmpty() ? "" : ": " + params) + ")";
    }
}
