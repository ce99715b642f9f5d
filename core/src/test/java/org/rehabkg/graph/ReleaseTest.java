package org.rehabkg.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyID;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/** {@link Release#write}: the files of a release, what each holds, and HermiT on rehabkg.owl itself. */
class ReleaseTest {
    static final ReleaseVersion VERSION = new ReleaseVersion(LocalDate.of(2026, 12, 6), "test");

    @TempDir
    static Path parent;
    static ServedDataset kg;
    static Path folder;

    @BeforeAll
    static void release() throws IOException {
        kg = ServedDataset.load(Fixtures.REPOSITORY);
        folder = Release.write(kg, VERSION, parent);
    }

    @Test
    void theFolderIsNamedByTheDateAndHoldsEveryFileWithItsChecksum() throws Exception {
        assertEquals(parent.resolve("2026-12-06"), folder);
        Map<String, String> sums = new TreeMap<>();
        for (String line : Files.readAllLines(folder.resolve("SHA256SUMS"))) {
            String[] parts = line.split("  ", 2);
            sums.put(parts[1], parts[0]);
        }
        Set<String> files = new TreeSet<>();
        try (var walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile).forEach(f -> files.add(folder.relativize(f).toString()));
        }
        files.remove("SHA256SUMS");
        assertEquals(files, sums.keySet(), "every file but the checksums themselves is listed");
        assertTrue(files.containsAll(List.of("rehabkg.owl", "rehabkg.ttl", "rehabkg.jsonld", "rehabkg.nq.gz", "RELEASE.md",
                "mappings/mesh.sssom.tsv")), files.toString());
        for (Map.Entry<String, String> sum : sums.entrySet()) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(folder.resolve(sum.getKey())));
            assertEquals(HexFormat.of().formatHex(digest), sum.getValue(), sum.getKey());
        }
    }

    @Test
    void theMappingSetsAreCopiedByteForByte() throws IOException {
        Map<String, byte[]> sets = MappingSets.read(Fixtures.REPOSITORY);
        assertTrue(sets.size() > 5);
        try (var listed = Files.list(folder.resolve("mappings"))) {
            assertEquals(sets.keySet(), listed.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
        }
        for (Map.Entry<String, byte[]> set : sets.entrySet())
            assertArrayEquals(set.getValue(), Files.readAllBytes(folder.resolve("mappings").resolve(set.getKey())), set.getKey());
    }

    @Test
    void owlTurtleJsonLdAndTheNQuadsDefaultGraphAreTheSameGraph() throws IOException {
        Graph owl = parse("rehabkg.owl", Lang.RDFXML);
        assertTrue(owl.isIsomorphicWith(parse("rehabkg.ttl", Lang.TURTLE)), "Turtle");
        assertTrue(owl.isIsomorphicWith(parse("rehabkg.jsonld", Lang.JSONLD)), "JSON-LD");
        assertTrue(owl.isIsomorphicWith(nquads().getDefaultGraph()), "N-Quads default graph");
        // The asserted graph plus what the release adds: one IAO definition per skos:definition,
        // the IAO property's declaration, label and definition, and the three header stamps.
        long definitions = owl.find(Node.ANY, SKOS.definition.asNode(), Node.ANY).toList().size();
        assertEquals(kg.assertedTriples() + definitions + 3 + 3, owl.size());
    }

    @Test
    void theNQuadsKeepEveryEvidenceGraphButNotTheEntailments() throws IOException {
        DatasetGraph nq = nquads();
        Set<Node> expected = new TreeSet<>(Comparator.comparing(Node::getURI));
        kg.dataset().asDatasetGraph().listGraphNodes().forEachRemaining(expected::add);
        expected.remove(Vocab.INFERRED_GRAPH);
        Set<Node> written = new TreeSet<>(Comparator.comparing(Node::getURI));
        nq.listGraphNodes().forEachRemaining(written::add);
        assertEquals(expected, written);
        for (Node g : expected)
            assertTrue(nq.getGraph(g).isIsomorphicWith(kg.dataset().asDatasetGraph().getGraph(g)), g.getURI());
    }

    @Test
    void theHeaderIsStampedFromTheReleaseVersionOnly() throws IOException {
        Graph owl = parse("rehabkg.owl", Lang.RDFXML);
        Node ontology = NodeFactory.createURI(ReleaseVersion.ONTOLOGY_IRI);
        assertEquals(List.of(NodeFactory.createURI("https://w3id.org/rehabkg/releases/2026-12-06/rehabkg.owl")),
                objects(owl, ontology, OWL2.versionIRI.asNode()));
        assertEquals(List.of(NodeFactory.createLiteralString("2026-12-06")), objects(owl, ontology, OWL2.versionInfo.asNode()));
        assertEquals(List.of("2026-12-06"), objects(owl, ontology, NodeFactory.createURI("http://purl.org/dc/terms/modified"))
                .stream().map(Node::getLiteralLexicalForm).toList());
        for (String header : List.of("title", "description", "license", "creator"))
            assertEquals(1, objects(owl, ontology, NodeFactory.createURI("http://purl.org/dc/terms/" + header)).size(), header);
        Graph source = kg.dataset().asDatasetGraph().getDefaultGraph();
        assertEquals(List.of(), objects(source, ontology, OWL2.versionIRI.asNode()), "the data files carry no version of their own");
        String note = Files.readString(folder.resolve("RELEASE.md"));
        assertTrue(note.contains("<https://w3id.org/rehabkg/releases/2026-12-06/rehabkg.owl>") && note.contains("rehabkg test"), note);
    }

    @Test
    void everySkosDefinitionIsAlsoAnIaoDefinition() throws IOException {
        Graph owl = parse("rehabkg.owl", Lang.RDFXML);
        List<Triple> skos = owl.find(Node.ANY, SKOS.definition.asNode(), Node.ANY).toList();
        assertTrue(skos.size() > 500, "definitions were read: " + skos.size());
        for (Triple d : skos)
            assertTrue(owl.contains(d.getSubject(), Release.IAO_DEFINITION, d.getObject()), d.toString());
        // and nothing else, but the definition of IAO:0000115 itself
        assertEquals(skos.size() + 1, owl.find(Node.ANY, Release.IAO_DEFINITION, Node.ANY).toList().size());
    }

    @Test
    void anExistingReleaseIsNeverOverwritten() throws IOException {
        byte[] before = Files.readAllBytes(folder.resolve("rehabkg.owl"));
        assertThrows(FileAlreadyExistsException.class, () -> Release.write(kg, VERSION, parent));
        assertArrayEquals(before, Files.readAllBytes(folder.resolve("rehabkg.owl")));
        try (var left = Files.list(parent)) {
            assertEquals(List.of(folder), left.toList(), "no partial folder left behind");
        }
    }

    @Test
    void hermitFindsTheReleasedOwlFileConsistent() throws Exception {
        OWLOntology ontology = OWLManager.createOWLOntologyManager()
                .loadOntologyFromOntologyDocument(folder.resolve("rehabkg.owl").toFile());
        OWLOntologyID id = ontology.getOntologyID();
        assertEquals(IRI.create(ReleaseVersion.ONTOLOGY_IRI), id.getOntologyIRI().orElseThrow());
        assertEquals(IRI.create(VERSION.versionIri()), id.getVersionIRI().orElseThrow());
        OWLReasoner hermit = new ReasonerFactory().createReasoner(ontology);
        try {
            assertTrue(hermit.isConsistent(), "HermiT: the release is inconsistent");
            Set<String> unsatisfiable = hermit.getUnsatisfiableClasses().getEntitiesMinusBottom().stream()
                    .map(OWLClass::toString).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(Set.of(), unsatisfiable, "unsatisfiable classes");
            assertTrue(ontology.getIndividualsInSignature().size() > 100, "the data is in the ontology");
        } finally {
            hermit.dispose();
        }
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }

    private static Graph parse(String file, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(folder.resolve(file)).lang(lang).parse(g);
        return g;
    }

    private static DatasetGraph nquads() throws IOException {
        DatasetGraph ds = DatasetGraphFactory.createGeneral();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(folder.resolve("rehabkg.nq.gz")))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(ds);
        }
        return ds;
    }
}
