package org.rehabkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;

class LookupCommandTest {
    @Test
    void cardInText() {
        Cli.Result r = Cli.run("lookup", "NPTE");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().startsWith("National Physical Therapy Examination for physical therapists  <https://w3id.org/rehabkg/npte>"), r.out());
        assertTrue(r.out().contains("  definition:  "), r.out());
        assertTrue(r.out().contains("physical therapy — requires credential — National Physical Therapy Examination for physical therapists"), r.out());
        assertTrue(r.out().contains("FSBPT"), "the source is named: " + r.out());
        assertEquals("", r.err());
    }

    @Test
    void nearMissIsShownAndNoted() {
        Cli.Result r = Cli.run("lookup", "autisim", "--format", "json");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.err().contains("nearest, 'autism'"), r.err());
        JsonObject o = JSON.parse(r.out());
        assertEquals(false, o.get("exact").getAsBoolean().value());
        assertEquals("https://w3id.org/rehabkg/autism-spectrum-disorder",
                o.get("entities").getAsArray().get(0).getAsObject().get("iri").getAsString().value());
    }

    @Test
    void aNameInAnotherLanguageFindsItsConcept() {
        Cli.Result r = Cli.run("lookup", "Ergotherapie", "--format", "json");
        assertEquals(0, r.exit(), r.toString());
        JsonObject o = JSON.parse(r.out());
        assertEquals(true, o.get("exact").getAsBoolean().value());
        assertEquals("https://w3id.org/rehabkg/occupational-therapy",
                o.get("entities").getAsArray().get(0).getAsObject().get("iri").getAsString().value());

        // Not a stored name, but near the French order's name for the profession.
        r = Cli.run("lookup", "kinésithérapie", "--format", "json");
        assertEquals(0, r.exit(), r.toString());
        o = JSON.parse(r.out());
        assertEquals("masso-kinésithérapie", o.get("matchedName").getAsString().value());
        assertEquals("https://w3id.org/rehabkg/physical-therapy",
                o.get("entities").getAsArray().get(0).getAsObject().get("iri").getAsString().value());
    }

    @Test
    void nothingCloseIsAUsageError() {
        Cli.Result r = Cli.run("lookup", "qqqqzzzzxxxx");
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().startsWith("rehabkg: unknown entity 'qqqqzzzzxxxx'"), r.err());
    }

    @Test
    void formatIsTextOrJsonInAnyCase() {
        assertEquals(0, Cli.run("lookup", "OT", "--format", "JSON").exit());
        Cli.Result r = Cli.run("lookup", "OT", "--format", "xml");
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("expected one of [text, json]"), r.err());
    }
}
