package org.rehabkg.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rehabkg.graph.Vocab;

import org.rehabkg.query.UnknownNameException;
/** The Java API over the embedded graph: lookup, compare, recommend, stats. */
class RehabGraphApiTest {
    static RehabGraph graph;

    @BeforeAll
    static void open() {
        graph = RehabGraph.embedded();
    }

    @AfterAll
    static void close() {
        graph.close();
    }

    static String iri(String slug) {
        return Vocab.NS + slug;
    }

    @Test
    void professionsByLabelAbbreviationOrId() {
        for (String name : List.of("OT", "ot", "occupational therapy", "Occupational Therapy", "occupational-therapy",
                                   "occupational therapist", "rkg:occupational-therapy"))
            assertEquals(iri("occupational-therapy"), graph.profession(name).iri(), name);
        for (String name : List.of("PT", "physiotherapy", "Physiotherapy", "physical-therapy", "physiothérapy", "physical therapists"))
            assertEquals(iri("physical-therapy"), graph.profession(name).iri(), name);
    }

    @Test
    void unknownProfessionSuggestsNearest() {
        UnknownNameException e = assertThrows(UnknownNameException.class, () -> graph.profession("occupashunal thera"));
        assertEquals(Optional.of("occupational therapy"), e.suggestion().map(s -> s.toLowerCase()));
        assertTrue(e.getMessage().contains("did you mean"), e.getMessage());
        // A condition is not a profession, even when named exactly.
        assertThrows(UnknownNameException.class, () -> graph.profession("stroke"));
    }

    @Test
    void lookupIsForgiving() {
        LookupResult physio = graph.lookup("Physiotherapy");
        assertTrue(physio.exact());
        assertEquals(iri("physical-therapy"), physio.cards().get(0).entity().iri());

        assertEquals(iri("occupational-therapy"), graph.lookup("ot").cards().get(0).entity().iri());

        LookupResult autism = graph.lookup("autisim");
        assertFalse(autism.exact(), "a typo is a near match, not an exact one");
        assertEquals(iri("autism-spectrum-disorder"), autism.cards().get(0).entity().iri());

        LookupResult strokes = graph.lookup("strokes");
        assertTrue(strokes.exact(), "a plural matches the singular name");
        assertEquals(iri("stroke"), strokes.cards().get(0).entity().iri());

        assertEquals(iri("npte"), graph.lookup("NPTE").cards().get(0).entity().iri());
        assertEquals(iri("doctor-of-physical-therapy"), graph.lookup("dpt").cards().get(0).entity().iri());
    }

    @Test
    void lookupFindsAConceptByItsNameInAnotherLanguage() {
        LookupResult ergo = graph.lookup("Ergotherapie");
        assertTrue(ergo.exact());
        assertEquals("Ergotherapie", ergo.matchedName());
        assertEquals(iri("occupational-therapy"), ergo.cards().get(0).entity().iri());
        assertEquals("occupational therapy", ergo.cards().get(0).entity().label(), "the card keeps its English label");

        // Spanish, Italian and Portuguese share the word; accents and case do not matter.
        assertEquals(List.of(iri("physical-therapy")),
                graph.lookup("fisioterapia").cards().stream().map(c -> c.entity().iri()).toList());
        assertEquals(iri("physical-therapy"), graph.lookup("PHYSIOTHERAPIE").cards().get(0).entity().iri());
        assertEquals(iri("physical-therapy"), graph.lookup("masso-kinésithérapie").cards().get(0).entity().iri());
        assertEquals(iri("occupational-therapy"), graph.lookup("terapia occupazionale").cards().get(0).entity().iri());
    }

    @Test
    void lookupCardHasDescriptionRelationsAndSources() {
        EntityCard stroke = graph.lookup("stroke").cards().get(0);
        assertEquals("stroke", stroke.entity().label());
        assertTrue(stroke.definition() != null && !stroke.definition().isBlank());
        assertTrue(stroke.types().stream().anyMatch(t -> t.iri().equals(iri("NeurologicalCondition"))), stroke.types().toString());
        assertTrue(stroke.notations().contains("CVA"));
        // both professions treat stroke (issue 12); the article states it for PT
        Statement treats = stroke.relations().stream()
                .filter(s -> s.property().iri().equals(iri("treatsCondition")))
                .filter(s -> s.subject().iri().equals(iri("physical-therapy"))).findFirst().orElseThrow();
        assertTrue(treats.sources().stream().anyMatch(r -> iri("source-article").equals(r.source())));
        assertTrue(stroke.relations().stream().anyMatch(s -> s.property().iri().equals(iri("treatsCondition"))
                && s.subject().iri().equals(iri("occupational-therapy"))), stroke.relations().toString());
        assertFalse(stroke.sources().isEmpty());
    }

    @Test
    void lookupAsksAPluggedResolver() {
        try (RehabGraph g = RehabGraph.embedded()) {
            g.addResolver(text -> text.equals("MESH:D001321") ? Optional.of(iri("autism-spectrum-disorder")) : Optional.empty());
            assertEquals(iri("autism-spectrum-disorder"), g.lookup("MESH:D001321").cards().get(0).entity().iri());
        }
    }

    @Test
    void externalCodesFindTheMappedConcept() {
        // The graph's own mappings (ontology/mappings) are asked through the EntityResolver interface.
        String mapped = graph.query("""
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?code WHERE { <https://w3id.org/rehabkg/autism-spectrum-disorder> skos:exactMatch ?code
                                     FILTER(STRSTARTS(STR(?code), "http://id.nlm.nih.gov/mesh/")) }""")
                .rows().get(0).text("code");
        String code = "MESH:" + mapped.substring(mapped.lastIndexOf('/') + 1);
        assertEquals(iri("autism-spectrum-disorder"), graph.lookup(code).cards().get(0).entity().iri());
        assertEquals(iri("autism-spectrum-disorder"), graph.recommend(code, null, null).condition().iri());
    }

    @Test
    void lookupOfNothingCloseFails() {
        assertThrows(UnknownNameException.class, () -> graph.lookup("zzzzqqqq"));
    }

    static Set<String> slugs(List<Comparison.Item> items) {
        return items.stream().map(i -> i.item().iri().substring(Vocab.NS.length())).collect(Collectors.toSet());
    }

    @Test
    void compareOtPt() {
        Comparison c = graph.compare("OT", "PT");
        assertEquals(iri("occupational-therapy"), c.a().iri());
        assertEquals(5, c.dimensions().size());
        assertEquals(List.of(1, 2, 3, 4, 5), c.dimensions().stream().map(Comparison.Dimension::order).toList());

        Comparison.Dimension populations = c.dimensions().get(2);
        assertEquals(iri("dimension-patient-populations"), populations.dimension().iri());
        assertTrue(slugs(populations.statedForBoth()).containsAll(Set.of("children", "adults", "older-adults")), populations.statedForBoth().toString());
        assertTrue(slugs(populations.statedForANotB()).contains("autism-spectrum-disorder"));
        // stroke is stated for both since issue 12's shared ground (American Stroke Association, AOTA)
        assertTrue(slugs(populations.statedForBoth()).contains("stroke"), populations.statedForBoth().toString());
        assertTrue(slugs(populations.statedForBNotA()).contains("sports-injuries"));

        Comparison.Dimension education = c.dimensions().get(4);
        assertTrue(slugs(education.statedForBoth()).containsAll(Set.of("graduate-degree", "national-licensing-examination",
                "continuing-education-for-licensure")), education.statedForBoth().toString());
        // "master's or doctorate" is one requirement with alternatives, not two required degrees
        assertTrue(slugs(education.statedForANotB()).contains("ot-entry-level-degree"));
        assertFalse(slugs(education.statedForANotB()).contains("masters-degree-in-occupational-therapy"));
        assertTrue(slugs(education.statedForBNotA()).contains("doctor-of-physical-therapy"));
        assertFalse(slugs(education.statedForBoth()).contains("doctor-of-physical-therapy"));

        Comparison.Item children = populations.statedForBoth().stream()
                .filter(i -> i.item().iri().equals(iri("children"))).findFirst().orElseThrow();
        assertEquals("children", children.item().label());
        assertEquals(List.of("serves life stage"), children.relations().stream().map(Term::label).toList());
        assertTrue(children.sources().stream().anyMatch(s -> iri("source-article").equals(s.source())));

        Comparison.Dimension interventions = c.dimensions().get(3);
        assertTrue(slugs(interventions.statedForANotB()).contains("cognitive-exercises"));
        assertTrue(slugs(interventions.statedForBoth()).contains("adaptive-equipment"));
        assertTrue(slugs(interventions.statedForBoth()).contains("patient-evaluation"));
        assertTrue(slugs(interventions.statedForBNotA()).contains("manual-therapy"));
        assertTrue(slugs(interventions.statedForBoth()).contains("patient-and-family-education"));

        // Placement is the data's rkg:comparedUnder: practice settings (stated on the BLS pages, which
        // bear on several dimensions) fall under patient populations only.
        assertTrue(slugs(populations.statedForBoth()).contains("hospitals"));
        for (Comparison.Dimension d : c.dimensions())
            if (d != populations)
                assertFalse(slugs(d.statedForBoth()).contains("hospitals") || slugs(d.statedForANotB()).contains("schools"), d.dimension().label());

        // The same comparison the other way round swaps the sides.
        Comparison back = graph.compare("physiotherapy", "occupational-therapy");
        assertEquals(slugs(education.statedForANotB()), slugs(back.dimensions().get(4).statedForBNotA()));
        assertEquals(grounds(education), grounds(back.dimensions().get(4)));
    }

    /** The named query compare.rq says its direct items match the API for OT and PT: this holds it to that. */
    @Test
    void namedCompareQueryAgreesOnTheDirectItems() {
        Set<String> direct = Set.of("core focus", "treatment goal", "life stage", "patient population", "condition",
                "practice setting", "intervention", "practice activity", "credential", "regulatory provision",
                "representing organisation");
        Map<String, String> side = Map.of(Share.BOTH.inQuery(), "both", Share.A_NOT_B.inQuery(), "aNotB",
                Share.B_NOT_A.inQuery(), "bNotA");
        Set<String> fromQuery = new HashSet<>();
        graph.runNamed("compare", Map.of()).toResultSet().forEachRemaining(row -> {
            if (direct.contains(row.getLiteral("aspect").getString()))
                fromQuery.add(side.get(row.getLiteral("share").getString()) + " " + row.getResource("item").getURI());
        });
        Set<String> fromApi = new HashSet<>();
        for (Comparison.Dimension d : graph.compare("OT", "PT").dimensions()) {
            d.statedForBoth().forEach(i -> fromApi.add("both " + i.item().iri()));
            d.statedForANotB().forEach(i -> fromApi.add("aNotB " + i.item().iri()));
            d.statedForBNotA().forEach(i -> fromApi.add("bNotA " + i.item().iri()));
        }
        assertEquals(fromApi, fromQuery);
    }

    static Set<String> grounds(Comparison.Dimension d) {
        return d.commonGround().stream().map(g -> g.term().iri().substring(Vocab.NS.length())).collect(Collectors.toSet());
    }

    @Test
    void commonGroundIsReachedThroughDistinctItemsOnly() {
        Comparison c = graph.compare("OT", "PT");
        // OT's and PT's core foci differ, yet both concern physical function.
        Comparison.Dimension core = c.dimensions().get(0);
        assertTrue(core.statedForBoth().isEmpty(), core.statedForBoth().toString());
        Comparison.CommonGround function = core.commonGround().stream()
                .filter(g -> g.term().iri().equals(iri("physical-function"))).findFirst().orElseThrow(() -> new AssertionError(core));
        assertEquals(List.of(iri("daily-activities-and-independence")), function.viaA().stream().map(Term::iri).toList());
        assertEquals(List.of(iri("mobility-strength-and-function")), function.viaB().stream().map(Term::iri).toList());
        assertEquals(List.of("concerns function"), function.relations().stream().map(Term::label).toList());
        assertEquals(List.of(iri("graph/article-core-focus")), function.sources().stream().map(Provenance::graph).toList());
        assertFalse(grounds(core).contains("daily-activities"), "only OT's core foci concern daily activities");

        // Both licenses are issued by state boards; the licensing exam both require is shared directly,
        // so it is not repeated as common ground although both licenses have it as a prerequisite.
        Comparison.Dimension education = c.dimensions().get(4);
        assertTrue(grounds(education).contains("state-licensing-boards"), education.commonGround().toString());
        assertFalse(grounds(education).contains("national-licensing-examination"));
        for (Comparison.Dimension d : c.dimensions())
            for (Comparison.CommonGround g : d.commonGround()) {
                Set<String> via = new HashSet<>();
                g.viaA().forEach(t -> via.add(t.iri()));
                g.viaB().forEach(t -> via.add(t.iri()));
                assertTrue(d.statedForBoth().stream().noneMatch(i -> via.contains(i.item().iri())), "only distinct items lead: " + g);
                assertFalse(g.sources().isEmpty(), "sourced: " + g);
            }
    }

    @Test
    void recommendAutismInChildrenRanksOtFirstWithReasons() {
        Recommendation r = graph.recommend("autism", null, "children");
        assertEquals(iri("autism-spectrum-disorder"), r.condition().iri());
        assertEquals(iri("children"), r.lifeStage().iri());
        Recommendation.Ranked first = r.ranking().get(0);
        assertEquals(iri("occupational-therapy"), first.profession().iri());
        Set<String> rules = first.evidence().stream().map(Recommendation.Evidence::rule).collect(Collectors.toSet());
        assertTrue(rules.containsAll(Set.of("treats-condition", "serves-population-at-life-stage")), rules.toString());
        Statement treats = first.evidence().stream().filter(e -> e.rule().equals("treats-condition")).findFirst()
                .orElseThrow().statements().get(0);
        assertEquals(iri("autism-spectrum-disorder"), treats.object().iri());
        assertFalse(treats.sources().isEmpty());
        assertEquals(first.evidence().stream().mapToInt(Recommendation.Evidence::weight).sum(), first.score());

        // A guideline for autism addresses OT, so OT ranks on it, above any sourced statement alone.
        assertEquals(Recommendation.Support.GUIDELINE, first.support());
        assertTrue(first.guidelineRecommendations().stream().allMatch(g -> g.addresses(iri("occupational-therapy"))
                && g.condition().iri().equals(iri("autism-spectrum-disorder"))), first.guidelineRecommendations().toString());
        assertTrue(r.guidelines().stream().anyMatch(g -> g.iri().equals(iri("guideline-aota-autism-2016"))), r.guidelines().toString());
        // Open world: nothing about autism itself is stated for PT. Since the shared ground (issue 12) PT
        // treats developmental disabilities, a condition of the same kind: it may rank on that, but only
        // in the lowest tier, never on a direct statement or a guideline it is not addressed by.
        r.ranking().stream().filter(x -> x.profession().iri().equals(iri("physical-therapy")))
                .forEach(x -> assertEquals(Recommendation.Support.SAME_KIND, x.support(), x.toString()));
        assertTrue(r.ranking().stream().filter(x -> x.profession().iri().equals(iri("physical-therapy")))
                .findFirst().isPresent() || r.noInformation().stream()
                .anyMatch(x -> x.profession().iri().equals(iri("physical-therapy"))), "PT is ranked or said to have no information");
    }

    @Test
    void recommendStrokeRanksByGuidelineStrengthAndTakesAGoal() {
        Recommendation r = graph.recommend("strokes", "mobility", null);
        assertEquals(iri("mobility"), r.goal().iri());
        assertTrue(r.guidelines().size() >= 2, r.guidelines().toString());
        Recommendation.Ranked first = r.ranking().get(0), second = r.ranking().get(1);
        assertEquals(Recommendation.Support.GUIDELINE, second.support());
        // Guideline strength dominates the score: the first has more strong recommendations "for" addressed to it.
        assertTrue(strong(first) > strong(second), strong(first) + " vs " + strong(second));
        assertTrue(second.whyLower().get(0).startsWith(strong(second) + " strong guideline recommendations addressed to it"),
                second.whyLower().toString());
        Recommendation.Ranked pt = r.ranking().stream().filter(x -> x.profession().iri().equals(iri("physical-therapy"))).findFirst().orElseThrow();
        assertTrue(pt.evidence().stream().anyMatch(e -> e.rule().equals("goal-targets-function")));
    }

    private static long strong(Recommendation.Ranked r) {
        return r.guidelineRecommendations().stream().filter(g -> g.isFor() && g.strengthRank() == 1).count();
    }

    @Test
    void guidelineRecommendationsForAConditionAreStrongestFirstWithGrades() {
        List<GuidelineRecommendation> stroke = graph.guidelineRecommendations(iri("stroke"));
        assertTrue(stroke.stream().map(g -> g.guideline().iri()).distinct().count() >= 2);
        for (int i = 1; i < stroke.size(); i++)
            assertTrue(stroke.get(i - 1).strengthRank() <= stroke.get(i).strengthRank(), "strongest first");
        GuidelineRecommendation taskOriented = stroke.stream()
                .filter(g -> g.recommendation().iri().equals(iri("recommendation-aota-stroke-2023-task-oriented"))).findFirst().orElseThrow();
        assertEquals("Strong", taskOriented.grade());
        assertEquals(iri("level-strong"), taskOriented.level().iri());
        assertEquals("2023", taskOriented.year());
        assertTrue(taskOriented.isFor());
        assertFalse(taskOriented.sources().isEmpty());
        assertTrue(graph.guidelineRecommendations(iri("arthritis")).isEmpty(), "no guideline in rehabkg covers arthritis");

        GuidelineCoverage ot = graph.guidelineCoverage(iri("occupational-therapy"));
        assertTrue(ot.recommendations() > 0 && ot.guidelines() > 1 && ot.guidelines() <= ot.recommendations(), ot.toString());
        assertEquals(0, graph.guidelineCoverage(iri("occupational-therapy-assistant")).recommendations());
    }

    @Test
    void recommendUnknownConditionFails() {
        assertThrows(UnknownNameException.class, () -> graph.recommend("children", null, null));
    }

    @Test
    void everyTwoProfessionsCompare() {
        // The team (issue 14): compare works for any pair, every item it shows has a source, and a
        // profession's own items never show as the other's.
        var model = graph.dataset().getDefaultModel();
        List<String> professions = model.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
                model.createResource(iri("Profession"))).mapWith(r -> r.getURI()).toList().stream().sorted().toList();
        assertTrue(professions.size() >= 12, professions.toString());
        for (int i = 0; i < professions.size(); i++)
            for (int j = i + 1; j < professions.size(); j++) {
                String a = professions.get(i), b = professions.get(j);
                Comparison c = graph.compare(a, b);
                assertEquals(a, c.a().iri());
                assertEquals(b, c.b().iri());
                assertEquals(5, c.dimensions().size(), a + " vs " + b);
                for (Comparison.Dimension d : c.dimensions())
                    for (List<Comparison.Item> items : List.of(d.statedForBoth(), d.statedForANotB(), d.statedForBNotA()))
                        for (Comparison.Item item : items)
                            assertFalse(item.sources().isEmpty(), a + " vs " + b + ": " + item.item().iri());
            }
    }

    @Test
    void statsCountClassesAndProvenance() {
        GraphStats s = graph.stats();
        long professions = s.classes().stream().filter(c -> c.type().iri().equals(iri("Profession")))
                            .mapToLong(GraphStats.ClassCount::count).findFirst().orElseThrow();
        // Counted independently through the model API.
        var model = graph.dataset().getDefaultModel();
        long expected = model.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, model.createResource(iri("Profession"))).toList().size();
        assertEquals(expected, professions);
        assertTrue(s.sourcedStatements() > 0 && s.placements() >= s.sourcedStatements());
        assertTrue(s.evidenceGraphs() > 0 && s.sources() > 0);
    }
}
