package org.rehabkg.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * A release the OBO toolchain (ROBOT, ODK, OLS) loads: one folder per {@link ReleaseVersion} holding
 * the merged ontology and data as OWL (RDF/XML), the same graph in Turtle and JSON-LD, the dataset
 * with its evidence graphs as gzipped N-Quads, the SSSOM mapping sets, SHA-256 checksums and a
 * short note.
 *
 * <p>What OBO tools expect and the source files do not say twice is added here, at release time:
 * every {@code skos:definition} is also given as {@code IAO:0000115} (the OBO definition property),
 * and the ontology header gets its version IRI, version and date from the {@link ReleaseVersion}.
 * The graph is the asserted one (as {@code rehabkg export}); a reasoner derives the rest.
 */
public final class Release {
    public static final String OWL = "rehabkg.owl";
    public static final String TTL = "rehabkg.ttl";
    public static final String JSONLD = "rehabkg.jsonld";
    public static final String NQUADS = "rehabkg.nq.gz";
    public static final String MAPPINGS = "mappings";
    public static final String CHECKSUMS = "SHA256SUMS";
    public static final String NOTE = "RELEASE.md";

    /** IAO:0000115 "definition", the property OBO tools (ROBOT report, OLS) read definitions from. */
    public static final Node IAO_DEFINITION = NodeFactory.createURI("http://purl.obolibrary.org/obo/IAO_0000115");

    private static final Node ONTOLOGY = NodeFactory.createURI(ReleaseVersion.ONTOLOGY_IRI);

    private Release() {}

    /**
     * The released dataset: the merged asserted graph, prepared for OBO tools, as default graph, and
     * every evidence graph as written (the graph of entailments is left out, as in the export).
     */
    public static DatasetGraph dataset(ServedDataset kg, ReleaseVersion version) {
        DatasetGraph ds = Export.dataset(kg, false);
        prepare(ds.getDefaultGraph(), version);
        return ds;
    }

    /** Adds the OBO definitions and stamps the ontology header of {@code g} with {@code version}. */
    static void prepare(Graph g, ReleaseVersion version) {
        List<Triple> definitions = g.find(Node.ANY, SKOS.definition.asNode(), Node.ANY).toList();
        for (Triple d : definitions)
            g.add(Triple.create(d.getSubject(), IAO_DEFINITION, d.getObject()));
        g.add(Triple.create(IAO_DEFINITION, RDF.type.asNode(), OWL2.AnnotationProperty.asNode()));
        g.add(Triple.create(IAO_DEFINITION, RDFS.label.asNode(), NodeFactory.createLiteralLang("definition", "en")));
        // ROBOT's report asks every annotation property in use for a definition, this one too (in our words).
        g.add(Triple.create(IAO_DEFINITION, IAO_DEFINITION, NodeFactory.createLiteralLang(
                "What a term means, stated in words; in rehabkg the same text as the term's skos:definition.", "en")));
        g.getPrefixMapping().setNsPrefix("obo", "http://purl.obolibrary.org/obo/");

        g.remove(ONTOLOGY, OWL2.versionIRI.asNode(), Node.ANY);
        g.remove(ONTOLOGY, OWL2.versionInfo.asNode(), Node.ANY);
        g.remove(ONTOLOGY, DCTerms.modified.asNode(), Node.ANY);
        g.add(Triple.create(ONTOLOGY, OWL2.versionIRI.asNode(), NodeFactory.createURI(version.versionIri())));
        g.add(Triple.create(ONTOLOGY, OWL2.versionInfo.asNode(), NodeFactory.createLiteralString(version.name())));
        g.add(Triple.create(ONTOLOGY, DCTerms.modified.asNode(),
                NodeFactory.createLiteralDT(version.name(), XSDDatatype.XSDdate)));
    }

    /**
     * Writes the release into {@code parent/<version name>/} and returns that folder. The files are
     * written into a hidden folder next to it, moved into place at the end and removed on failure,
     * so a failed release leaves nothing behind.
     *
     * @throws FileAlreadyExistsException when that version's folder exists: a release is never overwritten
     */
    public static Path write(ServedDataset kg, ReleaseVersion version, Path parent) throws IOException {
        Path folder = parent.resolve(version.name());
        if (Files.exists(folder))
            throw new FileAlreadyExistsException(folder.toString(), null, "release " + version.name() + " exists already");
        if (Files.exists(parent) && !Files.isDirectory(parent))
            throw new NotDirectoryException(parent.toString());
        Files.createDirectories(parent);
        Path work = parent.resolve("." + version.name() + ".partial");
        deleteTree(work);
        Files.createDirectories(work);

        try {
            writeFiles(kg, version, work);
        } catch (IOException | RuntimeException e) {
            deleteTree(work);
            throw e;
        }
        Files.move(work, folder, StandardCopyOption.ATOMIC_MOVE);
        return folder;
    }

    private static void writeFiles(ServedDataset kg, ReleaseVersion version, Path work) throws IOException {
        DatasetGraph ds = dataset(kg, version);
        Graph ontology = ds.getDefaultGraph();
        writeGraph(work.resolve(OWL), ontology, RDFFormat.RDFXML_PLAIN);
        writeGraph(work.resolve(TTL), ontology, RDFFormat.TURTLE_BLOCKS);
        writeGraph(work.resolve(JSONLD), ontology, RDFFormat.JSONLD_PRETTY);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(work.resolve(NQUADS)))) {
            RDFDataMgr.write(out, ds, RDFFormat.NQUADS);
        }
        Map<String, byte[]> sets = MappingSets.read(kg.dataFolder());
        Files.createDirectories(work.resolve(MAPPINGS));
        for (Map.Entry<String, byte[]> set : sets.entrySet())
            Files.write(work.resolve(MAPPINGS).resolve(set.getKey()), set.getValue());
        Files.writeString(work.resolve(NOTE), ReleaseNote.text(version, ds, sets.keySet(), Snapshot.fingerprint(kg.dataFolder())));
        Files.writeString(work.resolve(CHECKSUMS), checksums(work));
    }

    private static void writeGraph(Path file, Graph g, RDFFormat format) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, g, format);
        }
    }

    /** One line per file, {@code <sha256>  <path>}, the format {@code sha256sum -c} reads. */
    static String checksums(Path folder) throws IOException {
        StringBuilder sums = new StringBuilder();
        for (Path file : files(folder)) {
            String name = folder.relativize(file).toString().replace('\\', '/');
            sums.append(sha256(file)).append("  ").append(name).append('\n');
        }
        return sums.toString();
    }

    /** Every regular file under {@code folder}, in path order. */
    static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha())) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        }
    }

    private static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir))
            return;
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(paths::add);
        }
        for (Path p : paths)
            Files.delete(p);
    }
}
