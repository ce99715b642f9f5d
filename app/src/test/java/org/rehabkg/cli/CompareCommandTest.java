package org.rehabkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabkg.api.Comparison;
import org.rehabkg.api.OpenWorldFixture;
import org.rehabkg.api.RehabGraph;

class CompareCommandTest {
    @Test
    void markdownHasTheFiveDimensionsInOrder() {
        Cli.Result r = Cli.run("compare", "OT", "PT");
        assertEquals(0, r.exit(), r.toString());
        List<String> headings = r.out().lines().filter(l -> l.startsWith("## ")).toList();
        assertEquals(5, headings.size(), headings.toString());
        for (int i = 0; i < 5; i++)
            assertTrue(headings.get(i).startsWith("## " + (i + 1) + ". "), headings.get(i));
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("| stated for both | children |")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith(
                "| stated for PT, not stated for OT in rehabkg's sources | Doctor of Physical Therapy |")), r.out());
        String core = r.out().substring(r.out().indexOf("## 1. "), r.out().indexOf("## 2. "));
        assertTrue(core.contains("Coverage: OT: 1 source, 2 items; PT: 1 source, 1 item"), core);
        assertTrue(core.contains("Difference stated by a source: OT and PT differ in core focus"), core);
        assertTrue(core.contains("| mobility, strength and physical function | has core focus | article, section 1: core focus (primarily) |"),
                "the hedge is shown: " + core);
        assertTrue(core.contains("Common ground through items stated for one profession:"), core);
        assertTrue(core.lines().anyMatch(l -> l.startsWith("- physical function (concerns function): OT via daily activities and independence; "
                + "PT via mobility, strength and physical function — article, section 1: core focus")), core);
    }

    @Test
    void csvParsesWithOneRowPerItem() {
        Cli.Result r = Cli.run("compare", "occupational therapy", "physiotherapy", "--format", "csv");
        assertEquals(0, r.exit(), r.toString());
        // SPARQL CSV results are RFC 4180 CSV with a header: Jena's reader parses any such table.
        ResultSet rows = ResultSetMgr.read(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_CSV);
        assertEquals(List.of(ComparisonFormat.CSV_HEADER), rows.getResultVars());
        List<QuerySolution> all = new ArrayList<>();
        rows.forEachRemaining(all::add);
        Set<String> sharedEducation = new HashSet<>();
        all.stream().filter(s -> s.getLiteral("side").getString().equals("both") && s.getLiteral("dimension_order").getString().equals("5"))
           .forEach(s -> sharedEducation.add(s.getLiteral("item_iri").getString()));
        assertTrue(sharedEducation.contains("https://w3id.org/rehabkg/graduate-degree"), sharedEducation.toString());
        QuerySolution boards = all.stream().filter(s -> s.getLiteral("side").getString().equals("common_ground")
                && s.getLiteral("item_iri").getString().equals("https://w3id.org/rehabkg/state-licensing-boards")).findFirst().orElseThrow();
        assertEquals("occupational therapy via occupational therapist license; physical therapy via physical therapist license",
                boards.getLiteral("via").getString());
        assertTrue(all.stream().filter(s -> !s.getLiteral("side").getString().equals("common_ground"))
                      .allMatch(s -> !s.contains("via") || s.getLiteral("via").getString().isEmpty()), "only common ground has via");
        assertTrue(all.stream().filter(s -> !s.getLiteral("side").getString().equals("coverage"))
                      .allMatch(s -> !s.getLiteral("sources").getString().isBlank()), "every item has sources");
        assertEquals(4, all.stream().filter(s -> s.getLiteral("side").getString().equals("stated_contrast")).count(),
                "the article's four stated contrasts");
        assertEquals(10, all.stream().filter(s -> s.getLiteral("side").getString().equals("coverage")).count(), "two per dimension");
    }

    @Test
    void jsonParsesWithSharedAndDistinctItems() {
        Cli.Result r = Cli.run("compare", "occupational-therapy", "PT", "--format", "json");
        assertEquals(0, r.exit(), r.toString());
        JsonObject o = JSON.parse(r.out());
        assertEquals("https://w3id.org/rehabkg/occupational-therapy", o.get("a").getAsObject().get("iri").getAsString().value());
        JsonArray dims = o.get("dimensions").getAsArray();
        assertEquals(5, dims.size());
        JsonObject education = dims.get(4).getAsObject();
        Set<String> bNotA = new HashSet<>();
        JsonObject statedForB = education.get("statedForBNotA").getAsObject();
        assertEquals("stated for PT, not stated for OT in rehabkg's sources", statedForB.get("share").getAsString().value());
        for (JsonValue v : statedForB.get("items").getAsArray())
            bNotA.add(v.getAsObject().get("iri").getAsString().value());
        assertTrue(bNotA.contains("https://w3id.org/rehabkg/doctor-of-physical-therapy"), bNotA.toString());
        assertTrue(education.get("statedContrasts").getAsArray().isEmpty(), "no difference stated in education");
        JsonObject populations = dims.get(2).getAsObject();
        assertEquals("often", populations.get("statedContrasts").getAsArray().get(0).getAsObject().get("sources").getAsArray()
                .get(0).getAsObject().get("hedge").getAsString().value());
        JsonObject firstShared = populations.get("statedForBoth").getAsObject().get("items").getAsArray().get(0).getAsObject();
        assertFalse(firstShared.get("sources").getAsArray().isEmpty());
        JsonObject ground = dims.get(0).getAsObject().get("commonGround").getAsArray().get(0).getAsObject();
        assertEquals("https://w3id.org/rehabkg/physical-function", ground.get("iri").getAsString().value());
        assertEquals("https://w3id.org/rehabkg/mobility-strength-and-function",
                ground.get("viaB").getAsArray().get(0).getAsObject().get("iri").getAsString().value());
        assertFalse(ground.get("sources").getAsArray().isEmpty());
    }

    /** Issue 12: no format calls an item exclusive; only a contrast a source states is a difference. */
    @Test
    void noFormatCallsAnItemExclusive() {
        for (String format : List.of("markdown", "csv", "json")) {
            Cli.Result r = Cli.run("compare", "OT", "PT", "--format", format);
            assertEquals(0, r.exit(), r.toString());
            assertNull(OpenWorldFixture.exclusiveClaim(r.out()), format);
        }
    }

    @Test
    void fixtureOutputsCallOnlyAStatedContrastADifference(@TempDir Path tmp) {
        for (boolean contrast : new boolean[] { false, true }) {
            try (RehabGraph g = OpenWorldFixture.graph(tmp.resolve(contrast ? "with" : "without"), contrast)) {
                Comparison c = g.compare("PA", "PB");
                for (ReportVerb.Format f : ReportVerb.Format.values()) {
                    StringWriter text = new StringWriter();
                    ComparisonFormat.write(f, c, "PA", "PB", new PrintWriter(text));
                    String out = text.toString();
                    assertNull(OpenWorldFixture.exclusiveClaim(out), f + ": " + out);
                    assertEquals(contrast, out.contains("a and b differ in interventions"), f + ": " + out);
                    assertTrue(out.contains("stated for PA, not stated for PB in rehabkg's sources"), f + ": " + out);
                    assertTrue(out.contains("fixture, hedged (may)") || out.contains("\"hedge\" : \"may\""), f + ": the hedge " + out);
                }
            }
        }
    }

    @Test
    void anyTwoProfessionsOfTheTeamCompare() {
        // speech-language pathology and audiology: both treat hearing loss (BLS 2014 for SLP,
        // BLS and O*NET for audiology) and ASHA represents both (issue 14)
        Cli.Result r = Cli.run("compare", "SLP", "audiologist", "--format", "csv");
        assertEquals(0, r.exit(), r.toString());
        ResultSet rows = ResultSetMgr.read(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_CSV);
        Set<String> shared = new HashSet<>();
        rows.forEachRemaining(s -> {
            if (s.getLiteral("side").getString().equals("both"))
                shared.add(s.getLiteral("item_iri").getString());
        });
        assertTrue(shared.contains("https://w3id.org/rehabkg/hearing-loss"), shared.toString());
        assertTrue(shared.contains("https://w3id.org/rehabkg/asha"), shared.toString());

        // an aide and a physician: the aide's dimensions without a source are simply empty
        Cli.Result far = Cli.run("compare", "PT aide", "physiatrist");
        assertEquals(0, far.exit(), far.toString());
        assertEquals(5, far.out().lines().filter(l -> l.startsWith("## ")).count(), far.out());
    }

    @Test
    void typoInAProfessionSuggestsTheNearest() {
        Cli.Result r = Cli.run("compare", "OT", "physical therapie");
        assertEquals(0, r.exit(), "a small typo is forgiven: " + r);
        Cli.Result far = Cli.run("compare", "OT", "fisical therapee");
        assertEquals(2, far.exit(), far.toString());
        assertTrue(far.err().contains("did you mean 'physical therapy'"), far.err());
        assertEquals(1, far.err().lines().count(), far.err());
        // a profession far from every name in the graph ("dentistry" is now near "physiatry")
        Cli.Result none = Cli.run("compare", "OT", "veterinary medicine");
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("known: ") && none.err().contains("physical therapy"), none.err());
    }

    @Test
    void usageErrors() {
        assertEquals(2, Cli.run("compare", "OT").exit());
        assertEquals(2, Cli.run("compare", "OT", "PT", "--format", "pdf").exit());
    }
}
