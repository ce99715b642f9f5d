package org.rehabkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;

/** {@code rehabkg team}: the professions × dimensions for a condition, in the three formats. */
class TeamCommandTest {
    @Test
    void markdownNamesTheTeamWithSourcesAndTheProfessionsNotStated() {
        Cli.Result r = Cli.run("team", "stroke");
        assertEquals(0, r.exit(), r.toString());
        List<String> headings = r.out().lines().filter(l -> l.startsWith("## ")).toList();
        assertEquals(List.of("## occupational therapy (OT)", "## physical therapy (PT)", "## speech-language pathology (SLP)",
                "## Not stated here"), headings);
        String slp = r.out().substring(r.out().indexOf("## speech-language pathology"), r.out().indexOf("## Not stated here"));
        assertTrue(slp.contains("Addresses stroke: treats stroke [BLS handbook"), slp);
        assertTrue(slp.contains("| augmentative and alternative communication |  | O*NET: speech-language pathologists, tasks |"), slp);
        String ot = r.out().substring(r.out().indexOf("## occupational therapy"), r.out().indexOf("## physical therapy"));
        assertTrue(ot.lines().anyMatch(l -> l.startsWith("| activities that simulate daily tasks | strong (grade ")), ot);
        assertTrue(ot.contains("- [strong] mirror therapy (for) — grade \"Strong\", AOTA practice guidelines: adults with stroke (2023)"), ot);
        assertTrue(r.out().contains("rehabkg's sources do not say these address stroke: audiology,"), r.out());
        assertFalse(r.out().toLowerCase().contains(" only "), "open world: never 'only' about a profession: " + r.out());
    }

    @Test
    void csvHasOneRowPerStatementAndEveryProfessionOnce() throws Exception {
        Cli.Result r = Cli.run("team", "hearing loss", "--format", "csv");
        assertEquals(0, r.exit(), r.toString());
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                                                .parse(new StringReader(r.out())).getRecords();
        assertEquals(List.of(TeamFormat.CSV_HEADER), rows.get(0).getParser().getHeaderNames());
        assertTrue(rows.stream().allMatch(row -> row.get("condition").equals("hearing loss")), r.out());
        assertTrue(rows.stream().anyMatch(row -> row.get("profession").equals("audiology") && row.get("aspect").equals("treats_condition")
                && !row.get("sources").isEmpty()), r.out());
        Set<String> professions = rows.stream().map(row -> row.get("profession_iri")).collect(Collectors.toSet());
        Cli.Result all = Cli.run("query", "professions", "--results", "csv");
        Set<String> inGraph = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                                              .parse(new StringReader(all.out())).getRecords().stream()
                                              .map(row -> row.get("profession")).collect(Collectors.toSet());
        assertEquals(inGraph, professions, "every profession is either on the team or not stated");
    }

    @Test
    void jsonListsMembersAndNotStated() {
        Cli.Result r = Cli.run("team", "stroke", "--format", "json");
        assertEquals(0, r.exit(), r.toString());
        JsonObject o = JSON.parse(r.out());
        assertEquals("stroke", o.get("condition").getAsObject().get("label").getAsString().value());
        JsonArray members = o.get("members").getAsArray();
        JsonObject first = members.get(0).getAsObject();
        assertEquals("https://w3id.org/rehabkg/occupational-therapy", first.get("profession").getAsObject().get("iri").getAsString().value());
        assertFalse(first.get("recommendations").getAsArray().isEmpty());
        for (JsonValue i : first.get("interventions").getAsArray())
            assertFalse(i.getAsObject().get("sources").getAsArray().isEmpty(), "every intervention has its source: " + i);
        assertEquals(12, members.size() + o.get("notStated").getAsArray().size());
    }

    @Test
    void unknownConditionIsAClearError() {
        Cli.Result r = Cli.run("team", "strok");
        // a near miss resolves to the nearest condition
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().startsWith("# The team for stroke"), r.out());
        Cli.Result bad = Cli.run("team", "zzzzqqq");
        assertEquals(Main.USAGE, bad.exit(), bad.toString());
        assertTrue(bad.err().contains("zzzzqqq"), bad.err());
    }
}
