package org.rehabkg.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.incenp.obofoundry.sssom.SSSOMFormatException;
import org.incenp.obofoundry.sssom.TSVReader;
import org.incenp.obofoundry.sssom.model.MappingSet;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Shared access to the repository's mapping files for the mapping tests (run from the project folder). */
public final class MappingFiles {
    public static final Path ROOT = Path.of("").toAbsolutePath();
    public static final Path MAPPINGS = ROOT.resolve("ontology/mappings");
    public static final Path CONTEXT = ROOT.resolve("ontology/context.jsonld");
    public static final String SUFFIX = ".sssom.tsv";

    private static ServedDataset graph;

    private MappingFiles() {}

    /** The SSSOM files, sorted. */
    public static List<Path> sssomFiles() {
        try (Stream<Path> s = Files.list(MAPPINGS)) {
            return s.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "mesh" for mesh.sssom.tsv: the scheme prefix, which names the evidence graph rkgg:mappings-mesh. */
    public static String prefixOf(Path sssom) {
        String name = sssom.getFileName().toString();
        return name.substring(0, name.length() - SUFFIX.length());
    }

    /** Parses with sssom-java's TSV reader (which expands CURIEs and checks the metadata against the SSSOM model). */
    public static MappingSet read(Path sssom) {
        try {
            return new TSVReader(sssom.toFile()).read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SSSOMFormatException e) {
            throw new AssertionError(sssom.getFileName() + ": not valid SSSOM: " + e.getMessage(), e);
        }
    }

    /** The canonical prefix map, ontology/context.jsonld. */
    public static Map<String, String> context() {
        try {
            JsonNode ctx = new ObjectMapper().readTree(CONTEXT.toFile()).get("@context");
            Map<String, String> map = new TreeMap<>();
            ctx.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository's graph, loaded once. */
    public static synchronized ServedDataset graph() {
        if (graph == null)
            graph = ServedDataset.load(DataFolder.directory(ROOT));
        return graph;
    }
}
