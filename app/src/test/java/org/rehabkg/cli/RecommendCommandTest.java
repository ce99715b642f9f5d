package org.rehabkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        assertTrue(r.out().contains("AOTA practice guideline: individuals with autism spectrum disorder (2016)"), r.out());
        // Open world: PT has no statement about autism itself; it is either said to have no information
        // here or ranked only on a condition of the same kind, never above OT.
        assertTrue(r.out().contains("physical therapy — no information here")
                || r.out().lines().anyMatch(l -> l.matches("\\d+\\. physical therapy .*only about a condition of the same kind\\)")), r.out());
    }

    @Test
    void strokeRanksByTheStrengthOfGradedGuidelineRecommendations() {
        Cli.Result r = Cli.run("recommend", "--condition", "stroke");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("Clinical practice guidelines in rehabkg that cover stroke: "), r.out());
        List<String> all = r.out().lines().filter(l -> l.matches("\\d+\\. .*")).toList();
        List<String> ranked = all.stream()
                .filter(l -> l.endsWith("(graded guideline recommendations for the condition addressed to it)")).toList();
        assertTrue(ranked.size() >= 2, r.out());
        // Professions that guidelines address rank first (others, such as speech-language pathology with
        // sourced statements only, follow), and among them the order follows their strength:
        // the first has more strong ones, or as many and at least as many moderate ones.
        assertEquals(ranked, all.subList(0, ranked.size()), r.out());
        int[] first = strength(ranked.get(0)), second = strength(ranked.get(1));
        assertTrue(first[0] > second[0] || first[0] == second[0] && first[1] >= second[1], ranked.toString());
        if (first[0] > second[0])
            assertTrue(r.out().contains("ranks lower: " + second[0] + " strong guideline recommendations addressed to it, against "
                    + first[0] + " to "), r.out());

        // The recommendations themselves: normalised level, intervention, direction, the grade as printed, guideline.
        Matcher m = Pattern.compile("\\[(strong|moderate|weak|insufficient)] (.+) \\((for|against|insufficient evidence)\\) — grade \"([^\"]+)\", (.+)")
                           .matcher(r.out());
        Set<String> guidelines = new HashSet<>(), grades = new HashSet<>();
        while (m.find()) {
            guidelines.add(m.group(5));
            grades.add(m.group(4));
        }
        assertTrue(guidelines.contains("AOTA practice guidelines: adults with stroke (2023)"), guidelines.toString());
        assertTrue(guidelines.contains("Canadian Stroke Best Practice Recommendations: rehabilitation and recovery following stroke (6th edition, 2019 update)"),
                guidelines.toString());
        assertTrue(grades.containsAll(Set.of("Strong", "Early-Level A; Late-Level A")), grades.toString());
        assertTrue(r.out().contains("[strong] task-oriented training (for) — grade \"Strong\", AOTA practice guidelines: adults with stroke (2023)"),
                r.out());
        // A profession's recommendations are listed strongest first.
        String firstBlock = r.out().substring(r.out().indexOf(ranked.get(0)), r.out().indexOf(ranked.get(1)));
        assertTrue(firstBlock.indexOf("[strong]") < firstBlock.indexOf("[moderate]")
                   && firstBlock.lastIndexOf("[moderate]") < firstBlock.indexOf("[weak]"), firstBlock);
        // The sourced statements still show under the guideline evidence.
        String ptStroke = r.out().lines().filter(l -> l.contains("physical therapy — treats condition — stroke")).findFirst().orElse("");
        assertTrue(ptStroke.contains("article, section 3: patient populations (may)"), r.out());
    }

    /** The counts of strong and moderate recommendations in a ranking line ("guideline strength 22 strong, 18 moderate, …"). */
    private static int[] strength(String line) {
        return new int[] { count(line, "strong"), count(line, "moderate") };
    }

    private static int count(String line, String level) {
        Matcher m = Pattern.compile("(\\d+) " + level + "[,;]").matcher(line);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    @Test
    void conditionNoGuidelineCoversIsSaidSo() {
        Cli.Result r = Cli.run("recommend", "--condition", "arthritis");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("No clinical practice guideline in rehabkg covers arthritis (which does not mean that none exists)."), r.out());
        assertFalse(r.out().contains("guideline strength"), r.out());
        // Still ranked, on sourced statements about the condition itself.
        assertTrue(r.out().lines().anyMatch(l -> l.matches("1\\. .* — score \\d+ \\(sourced statements about the condition itself\\)")), r.out());
    }

    @Test
    void jsonParsesWithEvidenceAndSources() {
        Cli.Result r = Cli.run("recommend", "--condition", "Strokes", "--goal", "mobility", "--format", "json");
        assertEquals(0, r.exit(), r.toString());
        JsonObject o = JSON.parse(r.out());
        assertEquals("https://w3id.org/rehabkg/stroke", o.get("condition").getAsObject().get("iri").getAsString().value());
        assertTrue(o.get("guidelines").getAsArray().size() >= 2, o.toString());
        JsonObject pt = null;
        for (var x : o.get("ranking").getAsArray())
            if (x.getAsObject().get("profession").getAsObject().get("iri").getAsString().value().equals("https://w3id.org/rehabkg/physical-therapy"))
                pt = x.getAsObject();
        assertTrue(pt != null, o.toString());
        JsonObject statement = pt.get("evidence").getAsArray().get(0).getAsObject().get("statements").getAsArray().get(0).getAsObject();
        assertTrue(statement.get("sources").getAsArray().size() > 0);
        int sum = 0;
        for (var e : pt.get("evidence").getAsArray())
            sum += e.getAsObject().get("weight").getAsNumber().value().intValue();
        assertEquals(sum, pt.get("score").getAsNumber().value().intValue());
        JsonArray recommendations = pt.get("guidelineRecommendations").getAsArray();
        assertFalse(recommendations.isEmpty());
        int previous = 0;
        for (var x : recommendations) {
            JsonObject g = x.getAsObject();
            int rank = g.get("strengthRank").getAsNumber().value().intValue();
            assertTrue(rank >= previous, "strongest first: " + recommendations);
            previous = rank;
            assertFalse(g.get("grade").getAsString().value().isBlank());
            assertTrue(g.get("year").getAsString().value().matches("\\d{4}"), g.toString());
            assertTrue(g.get("guideline").getAsObject().get("iri").getAsString().value().startsWith("https://w3id.org/rehabkg/guideline-"), g.toString());
        }
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
