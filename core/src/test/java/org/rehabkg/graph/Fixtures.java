package org.rehabkg.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.shared.PrefixMapping;

/**
 * The small source trees under {@code core/src/test/resources/fixtures}: each is a folder with
 * {@code ontology/} and either {@code expected.tsv} (the findings it must produce) or
 * {@code expected-error.txt} (the {@code file:line:col} its load must fail at).
 */
final class Fixtures {
    static final Path ROOT = Path.of("core/src/test/resources/fixtures");

    /** The repository checkout: its shapes and QC queries are the rules under test. */
    static final DataFolder REPOSITORY = DataFolder.directory(Path.of("."));

    /** How findings are written in {@code expected.tsv}. */
    static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("rkg", Vocab.NS)
            .setNsPrefix("rkgg", Vocab.GRAPH_NS)
            .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
            .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
            .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
            .lock();

    private Fixtures() {}

    /** Fixture folders that have {@code file}, sorted by name. */
    static List<Path> having(String file) {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(d -> Files.exists(d.resolve(file))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Non-comment, non-blank lines of a fixture file. */
    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A finding as {@code expected.tsv} writes it: rule, focus, path ("-" when the rule has none). */
    static String row(Finding f) {
        String path = f.path() == null || f.path().isEmpty() ? "-" : f.path();
        return f.rule() + "\t" + Finding.show(f.focus(), PREFIXES) + "\t" + path;
    }
}
