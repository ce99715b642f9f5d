package org.rehabkg.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * Generates the mapping triples from the SSSOM files, the one place where mappings are written
 * ({@code ontology/mappings/<prefix>.sssom.tsv}, see docs/mappings.md): each row becomes one triple
 * in the evidence graph {@code rkgg:mappings-<prefix>}, a {@code sssom:NoTermFound} row the triple
 * {@code subject rkg:noCodeIn rkg:scheme-<prefix>}.
 *
 * <p>CURIEs are expanded with the project's one prefix map, {@code ontology/context.jsonld}; the
 * tests check that every set's own {@code curie_map} agrees with it. The YAML metadata block
 * ({@code #} lines) describes the set and adds no triple. A row that cannot be turned into a
 * triple stops the load with its file and line, as a syntax error in a Turtle file does.
 */
public final class SssomMappings {
    public static final String FOLDER = MappingSets.FOLDER;
    public static final String SUFFIX = MappingSets.SUFFIX;
    public static final String CONTEXT_FILE = "ontology/context.jsonld";
    static final String NO_TERM_FOUND = "sssom:NoTermFound";

    private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    /** The SKOS mapping relations, the only predicates a mapping may have (docs/mappings.md, Model). */
    private static final Set<String> PREDICATES = Set.of(
            SKOS + "exactMatch", SKOS + "closeMatch", SKOS + "broadMatch", SKOS + "narrowMatch", SKOS + "relatedMatch");
    private static final List<String> COLUMNS = List.of("subject_id", "predicate_id", "object_id");
    private static final Node NO_CODE_IN = Vocab.rkg("noCodeIn");

    private static final CSVFormat TSV = CSVFormat.TDF.builder()
            .setCommentMarker('#')
            .setHeader()
            .setSkipHeaderRecord(true)
            // SSSOM/TSV has no quoting: a comment may start with a quotation mark.
            .setQuote(null)
            .setIgnoreEmptyLines(true)
            .get();

    private SssomMappings() {}

    /** The SSSOM files of a tree, as paths relative to it, sorted. */
    public static List<Path> files(DataFolder tree) {
        return tree.files(FOLDER, SUFFIX);
    }

    /** "mesh" for {@code mesh.sssom.tsv}: the scheme's CURIE prefix, which names its scheme and evidence graph. */
    public static String schemePrefix(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - SUFFIX.length());
    }

    /** The evidence graph holding the mappings of a scheme: {@code rkgg:mappings-<prefix>}. */
    public static Node graphOf(String schemePrefix) {
        return NodeFactory.createURI(MAPPING_GRAPH_PREFIX + schemePrefix);
    }

    private static final String MAPPING_GRAPH_PREFIX = Vocab.GRAPH_NS + "mappings-";

    /**
     * Sends the mapping triples of every SSSOM file of {@code tree} to {@code dest} as quads, and the
     * prefix of each scheme (so exports and messages can write its codes as CURIEs).
     *
     * @throws LoadException at the first row that is not a mapping, with its file and line
     */
    public static void generate(DataFolder tree, StreamRDF dest) {
        List<Path> files = files(tree);
        if (files.isEmpty())
            return;
        Map<String, String> prefixes = context(tree);
        for (Path file : files)
            generate(tree, file, prefixes, dest);
    }

    private static void generate(DataFolder tree, Path file, Map<String, String> prefixes, StreamRDF dest) {
        String name = tree.displayName(file);
        String scheme = schemePrefix(file);
        if (!prefixes.containsKey(scheme))
            throw new LoadException(name, 0, 0, "the file name names the scheme prefix '" + scheme + "', which " + CONTEXT_FILE + " does not declare");
        dest.prefix(scheme, prefixes.get(scheme));
        Node graph = graphOf(scheme);
        Node noCodeScheme = Vocab.rkg("scheme-" + scheme);
        try (Reader in = Files.newBufferedReader(tree.resolve(file), StandardCharsets.UTF_8);
             CSVParser rows = TSV.parse(in)) {
            for (String column : COLUMNS)
                if (!rows.getHeaderMap().containsKey(column))
                    throw new LoadException(name, 0, 0, "no column '" + column + "' in the header row");
            for (CSVRecord row : rows) {
                Row r = new Row(name, rows.getCurrentLineNumber(), row);
                Node subject = r.iri("subject_id", prefixes);
                if (NO_TERM_FOUND.equals(r.value("object_id"))) {
                    dest.quad(Quad.create(graph, subject, NO_CODE_IN, noCodeScheme));
                    continue;
                }
                Node predicate = r.iri("predicate_id", prefixes);
                if (!PREDICATES.contains(predicate.getURI()))
                    throw r.error("predicate_id " + r.value("predicate_id") + " is not a SKOS mapping relation (skos:exactMatch, closeMatch, broadMatch, narrowMatch or relatedMatch)");
                dest.quad(Quad.create(graph, subject, predicate, r.iri("object_id", prefixes)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // Commons CSV: a row with more cells than the header, or a malformed header.
            throw new LoadException(name, 0, 0, e.getMessage());
        }
    }

    /** One data row, with what an error message needs to point at it. */
    private record Row(String file, long line, CSVRecord record) {
        String value(String column) {
            String v = record.isSet(column) ? record.get(column).strip() : "";
            if (v.isEmpty())
                throw error("empty " + column);
            return v;
        }

        Node iri(String column, Map<String, String> prefixes) {
            String curie = value(column);
            int colon = curie.indexOf(':');
            String namespace = colon < 0 ? null : prefixes.get(curie.substring(0, colon));
            if (namespace == null)
                throw error(column + " " + curie + " is not a CURIE with a prefix declared in " + CONTEXT_FILE);
            return NodeFactory.createURI(namespace + curie.substring(colon + 1));
        }

        LoadException error(String message) {
            return new LoadException(file, line, 0, message);
        }
    }

    /**
     * Wraps the destination of a Turtle/TriG file so that a triple written into a mapping graph
     * ({@code rkgg:mappings-<prefix>}) stops the load: those graphs are generated from the SSSOM
     * files only, so a hand-written mapping, or a TriG copy left from before the generator (for
     * example in a build's {@code target/classes}), cannot slip in beside them.
     */
    static StreamRDF refusingMappingGraphs(String file, StreamRDF dest) {
        return new StreamRDFWrapper(dest) {
            @Override
            public void quad(Quad quad) {
                Node g = quad.getGraph();
                if (g != null && g.isURI() && g.getURI().startsWith(MAPPING_GRAPH_PREFIX))
                    throw new LoadException(file, 0, 0, "writes into " + g.getURI() + ", a graph generated from "
                            + FOLDER + "/" + g.getURI().substring(MAPPING_GRAPH_PREFIX.length()) + SUFFIX
                            + ": put the mapping in that file (a TriG copy from before the generator: delete it; in a build, mvn clean)");
                super.quad(quad);
            }
        };
    }

    /** The prefix map, {@code ontology/context.jsonld}: prefix → namespace. */
    static Map<String, String> context(DataFolder tree) {
        Path file = Path.of(CONTEXT_FILE);
        if (!Files.isRegularFile(tree.resolve(file)))
            throw new LoadException(CONTEXT_FILE, 0, 0, "missing: the SSSOM files' CURIEs are expanded with it");
        try (InputStream in = Files.newInputStream(tree.resolve(file))) {
            JsonObject context = JSON.parse(in).getObj("@context");
            if (context == null)
                throw new LoadException(CONTEXT_FILE, 0, 0, "no @context object");
            Map<String, String> map = new LinkedHashMap<>();
            for (String prefix : context.keys())
                map.put(prefix, context.getString(prefix));
            return map;
        } catch (JsonException e) {
            throw new LoadException(CONTEXT_FILE, 0, 0, "not a JSON-LD context: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CONTEXT_FILE, e);
        }
    }
}
