package org.rehabkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator on small SSSOM sets: one quad per row, and a clear file:line for a row it cannot use. */
class SssomMappingsTest {
    private static final String CONTEXT = """
        { "@context": {
            "rkg": "https://w3id.org/rehabkg/",
            "skos": "http://www.w3.org/2004/02/skos/core#",
            "semapv": "https://w3id.org/semapv/vocab/",
            "mesh": "http://id.nlm.nih.gov/mesh/" } }
        """;
    private static final String HEADER = """
        # curie_map:
        #   rkg: https://w3id.org/rehabkg/
        #   mesh: http://id.nlm.nih.gov/mesh/
        # mapping_set_id: https://w3id.org/rehabkg/mappings/mesh.sssom.tsv
        subject_id\tsubject_label\tpredicate_id\tobject_id\tmapping_justification\tcomment
        """;

    @TempDir
    Path dir;

    private DataFolder tree(String rows) throws IOException {
        Files.createDirectories(dir.resolve("ontology/mappings"));
        Files.writeString(dir.resolve("ontology/context.jsonld"), CONTEXT);
        Files.writeString(dir.resolve("ontology/mappings/mesh.sssom.tsv"), HEADER + rows);
        return DataFolder.directory(dir);
    }

    private static Set<String> quads(DataFolder tree) {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        SssomMappings.generate(tree, StreamRDFLib.dataset(dsg));
        Set<String> quads = new TreeSet<>();
        dsg.find().forEachRemaining(q -> quads.add(q.getGraph().getURI() + " " + q.getSubject().getURI() + " "
                + q.getPredicate().getURI() + " " + q.getObject().getURI()));
        return quads;
    }

    @Test
    void eachRowIsOneQuadInTheSchemesEvidenceGraph() throws IOException {
        DataFolder tree = tree("""
            rkg:stroke\tstroke\tskos:exactMatch\tmesh:D020521\tsemapv:ManualMappingCuration\t"Stroke", the heading.
            rkg:pain\tpain\tskos:exactMatch\tsssom:NoTermFound\tsemapv:ManualMappingCuration\tno code
            """);
        String g = "https://w3id.org/rehabkg/graph/mappings-mesh ";
        assertEquals(Set.of(
                g + "https://w3id.org/rehabkg/stroke http://www.w3.org/2004/02/skos/core#exactMatch http://id.nlm.nih.gov/mesh/D020521",
                g + "https://w3id.org/rehabkg/pain https://w3id.org/rehabkg/noCodeIn https://w3id.org/rehabkg/scheme-mesh"),
                quads(tree));
    }

    @Test
    void aPredicateThatIsNotASkosMappingIsRefusedWithItsLine() throws IOException {
        DataFolder tree = tree("""
            rkg:stroke\tstroke\tskos:exactMatch\tmesh:D020521\tsemapv:ManualMappingCuration\tok

            rkg:pain\tpain\trkg:sameAs\tmesh:D010146\tsemapv:ManualMappingCuration\twrong predicate
            """);
        LoadException e = assertThrows(LoadException.class, () -> quads(tree));
        assertEquals("ontology/mappings/mesh.sssom.tsv", e.file());
        assertEquals(8, e.line(), e.getMessage());
    }

    @Test
    void aCurieWithAnUndeclaredPrefixIsRefusedWithItsLine() throws IOException {
        DataFolder tree = tree("rkg:stroke\tstroke\tskos:exactMatch\tMESH:D020521\tsemapv:ManualMappingCuration\tupper case\n");
        LoadException e = assertThrows(LoadException.class, () -> quads(tree));
        assertEquals(6, e.line(), e.getMessage());
        assertEquals("object_id MESH:D020521 is not a CURIE with a prefix declared in ontology/context.jsonld", e.detail());
    }

    @Test
    void anEmptyCellIsRefused() throws IOException {
        DataFolder tree = tree("rkg:stroke\tstroke\t\tmesh:D020521\tsemapv:ManualMappingCuration\tno predicate\n");
        LoadException e = assertThrows(LoadException.class, () -> quads(tree));
        assertEquals("empty predicate_id", e.detail());
    }

    @Test
    void aSetWithoutAnObjectColumnIsRefused() throws IOException {
        Files.createDirectories(dir.resolve("ontology/mappings"));
        Files.writeString(dir.resolve("ontology/context.jsonld"), CONTEXT);
        Files.writeString(dir.resolve("ontology/mappings/mesh.sssom.tsv"), "subject_id\tpredicate_id\nrkg:a\tskos:exactMatch\n");
        LoadException e = assertThrows(LoadException.class, () -> quads(DataFolder.directory(dir)));
        assertEquals("no column 'object_id' in the header row", e.detail());
    }

    @Test
    void aFileNamedAfterAnUndeclaredSchemeIsRefused() throws IOException {
        DataFolder tree = tree("");
        Files.move(dir.resolve("ontology/mappings/mesh.sssom.tsv"), dir.resolve("ontology/mappings/meshx.sssom.tsv"));
        LoadException e = assertThrows(LoadException.class, () -> quads(tree));
        assertEquals("ontology/mappings/meshx.sssom.tsv", e.file());
    }

    /** A mapping graph comes from its SSSOM file only: a TriG file that writes into one stops the load. */
    @Test
    void aTrigFileWritingIntoAMappingGraphIsRefused() throws IOException {
        DataFolder tree = tree("rkg:stroke\tstroke\tskos:exactMatch\tmesh:D020521\tsemapv:ManualMappingCuration\tok\n");
        Files.writeString(dir.resolve("ontology/mappings/mesh.trig"), """
            @prefix rkg:  <https://w3id.org/rehabkg/> .
            @prefix rkgg: <https://w3id.org/rehabkg/graph/> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            GRAPH rkgg:mappings-mesh { rkg:stroke skos:closeMatch <http://id.nlm.nih.gov/mesh/D020520> . }
            """);
        LoadException e = assertThrows(LoadException.class, () -> ServedDataset.load(tree));
        assertEquals("ontology/mappings/mesh.trig", e.file());
        assertTrue(e.detail().contains("ontology/mappings/mesh.sssom.tsv"), e.detail());
    }
}
