package org.rehabkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;

class RecommendCommandTest {
    @Test
    void textRanksOtFirstForAutismInChildren() {
        Cli.Result r = Cli.run("recommend", "--condition", "autism", "--life-stage", "children");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("1. occupational therapy")), r.out());
        assertTrue(r.out().contains("occupational therapy — treats condition — autism spectrum disorder"), r.out());
        // Open world: PT has no statement about autism, so it is not ranked low but said to have no information here.
        assertTrue(r.out().contains("physical therapy — no information here"), r.out());
        assertFalse(r.out().lines().anyMatch(l -> l.matches("\\d+\\. physical therapy .*")), r.out());
    }

    @Test
    void strokeShowsBothProfessionsWithWhatIsAndIsNotStated() {
        Cli.Result r = Cli.run("recommend", "--condition", "stroke");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("1. physical therapy — score ")), r.out());
        assertTrue(r.out().contains("physical therapy — treats condition — stroke  [article, section 3: patient populations (may)"), r.out());
    }

    @Test
    void jsonParsesWithEvidenceAndSources() {
        Cli.Result r = Cli.run("recommend", "--condition", "Strokes", "--goal", "mobility", "--format", "json");
        assertEquals(0, r.exit(), r.toString());
        JsonObject o = JSON.parse(r.out());
        assertEquals("https://w3id.org/rehabkg/stroke", o.get("condition").getAsObject().get("iri").getAsString().value());
        JsonArray ranking = o.get("ranking").getAsArray();
        JsonObject first = ranking.get(0).getAsObject();
        assertEquals("https://w3id.org/rehabkg/physical-therapy", first.get("profession").getAsObject().get("iri").getAsString().value());
        JsonObject statement = first.get("evidence").getAsArray().get(0).getAsObject().get("statements").getAsArray().get(0).getAsObject();
        assertTrue(statement.get("sources").getAsArray().size() > 0);
        int sum = 0;
        for (var e : first.get("evidence").getAsArray())
            sum += e.getAsObject().get("weight").getAsNumber().value().intValue();
        assertEquals(sum, first.get("score").getAsNumber().value().intValue());
    }

    @Test
    void errors() {
        assertEquals(2, Cli.run("recommend").exit(), "--condition is required");
        Cli.Result unknown = Cli.run("recommend", "--condition", "otizm spectrm dysordur");
        assertEquals(2, unknown.exit(), unknown.toString());
        assertTrue(unknown.err().contains("did you mean 'autism spectrum disorder'"), unknown.err());
        assertEquals(2, Cli.run("recommend", "--condition", "autism", "--life-stage", "stroke").exit(),
                "a condition is not a life stage");
    }
}
