package org.rehabkg.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.apache.jena.query.ResultSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rehabkg.api.IdentifierResolver.Resolution;
import org.rehabkg.query.UnknownNameException;

import org.rehabkg.graph.MappingFiles;
/** Every accepted form of an identifier resolves, in Java and through the named query {@code resolve}. */
class IdentifierResolverTest {
    static final String RKG = "https://w3id.org/rehabkg/";
    static RehabGraph graph;
    static IdentifierResolver resolver;

    @BeforeAll
    static void load() {
        graph = RehabGraph.of(MappingFiles.graph());
        resolver = IdentifierResolver.of(graph);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "MESH:D009788                              | occupational-therapy         | relatedMatch",
        "mesh:D009788                              | occupational-therapy         | relatedMatch",
        "D009788                                   | occupational-therapy         | relatedMatch",
        "d009788                                   | occupational-therapy         | relatedMatch",
        "http://id.nlm.nih.gov/mesh/D009788        | occupational-therapy         | relatedMatch",
        "https://id.nlm.nih.gov/mesh/D009788       | occupational-therapy         | relatedMatch",
        "<http://id.nlm.nih.gov/mesh/D009788>      | occupational-therapy         | relatedMatch",
        "29-1122.00                                | occupational-therapy         | closeMatch",
        "onet:29-1122.00                           | occupational-therapy         | closeMatch",
        "ONET:31-2021.00                           | physical-therapist-assistant | closeMatch",
        "isco:2264                                 | physical-therapy             | closeMatch",
        "http://data.europa.eu/esco/isco/C2269     | occupational-therapy         | broadMatch",
        "snomedct:36682004                         | physical-therapy             | closeMatch",
        "SNOMEDCT:224587008                        | occupational-therapy-assistant | broadMatch",
        "icd10cm:F84.0                             | autism-spectrum-disorder     | closeMatch",
        "F84.0                                     | autism-spectrum-disorder     | closeMatch",
        "icd11:6A02                                | autism-spectrum-disorder     | exactMatch",
        "icf:d540                                  | dressing                     | closeMatch",
        "http://who.int/icf#b710                   | range-of-motion              | closeMatch",
        "cpt:97110                                 | exercise-programs            | closeMatch",
        "NCIT:C4786                                | dementia                     | exactMatch",
        "schema:OccupationalTherapy                | occupational-therapy         | relatedMatch",
    })
    void resolves(String id, String entity, String match) {
        List<Resolution> hits = resolver.resolve(id);
        assertTrue(hits.stream().anyMatch(r -> r.entity().equals(RKG + entity) && r.match().equals(match)),
                id + " -> " + hits);
        // the named query gives the same answer
        ResultSet rows = graph.runNamed("resolve", Map.of("id", id)).toResultSet();
        boolean found = false;
        while (rows.hasNext()) {
            var row = rows.next();
            if (row.getResource("entity").getURI().equals(RKG + entity) && row.getLiteral("match").getString().equals(match))
                found = true;
        }
        assertTrue(found, "queries/resolve.rq did not resolve " + id);
    }

    @Test
    void oneCodeCanHitSeveralConcepts() {
        // ICF d5 (self-care) is close to personal care and narrower than daily activities.
        List<String> entities = resolver.resolve("icf:d5").stream().map(Resolution::entity).toList();
        assertEquals(List.of(RKG + "daily-activities", RKG + "personal-care"), entities);
    }

    @Test
    void aResolutionCarriesTheCode() {
        Resolution r = resolver.resolve("MESH:D009788").get(0);
        assertEquals("mesh", r.scheme());
        assertEquals("D009788", r.code());
        assertEquals("mesh:D009788", r.curie());
        assertEquals("http://id.nlm.nih.gov/mesh/D009788", r.codeIri());
        assertEquals("occupational therapy", r.label());
    }

    @Test
    void anUnknownIdentifierSuggestsTheNearest() {
        UnknownNameException e = assertThrows(UnknownNameException.class, () -> resolver.resolve("mesh:D009789"));
        assertEquals("mesh:D009788", e.suggestion().orElseThrow());
        assertTrue(e.getMessage().contains("did you mean"), e.getMessage());
    }

    @Test
    void anUnknownIdentifierFarFromAllHasNoSuggestion() {
        UnknownNameException e = assertThrows(UnknownNameException.class, () -> resolver.resolve("completely-unknown-identifier-xyz"));
        assertTrue(e.suggestion().isEmpty());
    }

    @Test
    void theNamedQueryWithoutParameterListsEveryMapping() {
        ResultSet rows = graph.runNamed("resolve", Map.of()).toResultSet();
        int n = 0;
        while (rows.hasNext()) {
            rows.next();
            n++;
        }
        // all SSSOM rows except the "no code" ones (which are not mappings to a code)
        long mappings = MappingFiles.sssomFiles().stream()
                .flatMap(f -> MappingFiles.read(f).getMappings().stream())
                .filter(m -> !m.getObjectId().endsWith("NoTermFound"))
                .count();
        assertEquals(mappings, n);
    }
}
