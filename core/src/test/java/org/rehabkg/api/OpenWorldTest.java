package org.rehabkg.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabkg.graph.Vocab;

/**
 * Open world (issue 12): silence is never a difference. An item stated for one profession is "stated
 * for a, not stated for b"; only a contrast a source states is a difference; a hedge stays on its
 * statement; recommend says "no information here" instead of a low score.
 */
class OpenWorldTest {
    private static String iri(String slug) {
        return Vocab.NS + slug;
    }

    private static Set<String> slugs(List<Comparison.Item> items) {
        return items.stream().map(i -> i.item().iri().substring(Vocab.NS.length())).collect(Collectors.toSet());
    }

    @Test
    void shippedComparisonHasTheArticlesFourContrastsAndNoneInEducation() {
        try (RehabGraph g = RehabGraph.embedded()) {
            Comparison c = g.compare("OT", "PT");
            Map<Integer, List<Comparison.StatedContrast>> byOrder = c.dimensions().stream()
                    .collect(Collectors.toMap(Comparison.Dimension::order, Comparison.Dimension::contrasts));
            for (int order = 1; order <= 4; order++) {
                assertEquals(1, byOrder.get(order).size(), "dimension " + order);
                Comparison.StatedContrast s = byOrder.get(order).get(0);
                assertTrue(s.sources().stream().allMatch(r -> iri("source-article").equals(r.source())), s.toString());
            }
            assertTrue(byOrder.get(5).isEmpty(), "the article states no difference in education");
            // "they often serve distinct populations": the hedge stays on the contrast.
            assertEquals("often", byOrder.get(3).get(0).sources().get(0).hedge());
            // The other way round, the same contrasts (a contrast names both professions).
            assertEquals(4, g.compare("PT", "OT").dimensions().stream().mapToInt(d -> d.contrasts().size()).sum());
        }
    }

    @Test
    void shippedHedgesStayOnTheirStatements() {
        try (RehabGraph g = RehabGraph.embedded()) {
            Comparison.Dimension populations = g.compare("OT", "PT").dimensions().get(2);
            Comparison.Item autism = populations.statedForANotB().stream()
                    .filter(i -> i.item().iri().equals(iri("autism-spectrum-disorder"))).findFirst().orElseThrow();
            assertEquals(List.of("may"), autism.sources().stream().map(Provenance::hedge).toList());
            Comparison.Item children = populations.statedForBoth().stream()
                    .filter(i -> i.item().iri().equals(iri("children"))).findFirst().orElseThrow();
            assertTrue(children.sources().stream().allMatch(s -> s.hedge() == null), "across the lifespan: not hedged");
            assertTrue(populations.coverage().sourcesA() >= 2 && populations.coverage().itemsA() == slugsCount(populations, true));
        }
    }

    private static int slugsCount(Comparison.Dimension d, boolean a) {
        return d.statedForBoth().size() + (a ? d.statedForANotB() : d.statedForBNotA()).size();
    }

    @Test
    void withoutAStatedContrastThereIsNoDifference(@TempDir Path tmp) {
        try (RehabGraph g = OpenWorldFixture.graph(tmp, false)) {
            Comparison c = g.compare("PA", "PB");
            assertTrue(c.dimensions().stream().allMatch(d -> d.contrasts().isEmpty()), "no contrast anywhere");
            Comparison.Dimension interventions = c.dimensions().get(3);
            assertEquals(Set.of("item-both"), slugs(interventions.statedForBoth()));
            assertEquals(Set.of("item-a"), slugs(interventions.statedForANotB()));
            assertEquals(Set.of("item-b"), slugs(interventions.statedForBNotA()));
            assertEquals("may", interventions.statedForBNotA().get(0).sources().get(0).hedge());
            // Coverage: one source each; a has two items, b two (one of them hedged); c nothing at all.
            assertEquals(new Comparison.Coverage(1, 2, 1, 2), interventions.coverage());
            assertEquals(new Comparison.Coverage(0, 0, 0, 0), g.compare("PC", "PA").dimensions().get(4).coverage());
            assertEquals(0, g.compare("PC", "PA").dimensions().get(3).coverage().sourcesA(), "c is where the graph is thin");
        }
    }

    @Test
    void aStatedContrastIsTheOneDifference(@TempDir Path tmp) {
        try (RehabGraph g = OpenWorldFixture.graph(tmp, true)) {
            Comparison.Dimension interventions = g.compare("PA", "PB").dimensions().get(3);
            assertEquals(1, interventions.contrasts().size());
            Comparison.StatedContrast s = interventions.contrasts().get(0);
            assertEquals(iri("contrast-a-b"), s.contrast().iri());
            assertEquals(List.of(Vocab.GRAPH_NS + "fixture-plain"), s.sources().stream().map(Provenance::graph).toList());
            // The contrast changes no item's share: item-a is still stated for a, not stated for b.
            assertEquals(Set.of("item-a"), slugs(interventions.statedForANotB()));
            assertTrue(g.compare("PA", "PC").dimensions().stream().allMatch(d -> d.contrasts().isEmpty()),
                    "a contrast of a and b says nothing about a and c");
        }
    }

    /** compare.rq and the API use the same three words, and the query's difference rows are the stated contrasts. */
    @Test
    void namedCompareQueryUsesTheSameClassification(@TempDir Path tmp) {
        for (boolean contrast : new boolean[] { false, true }) {
            Path dir = tmp.resolve(contrast ? "with" : "without");
            try (RehabGraph g = OpenWorldFixture.graph(dir, contrast)) {
                List<String> shares = new ArrayList<>();
                Map<String, String> params = Map.of("a", iri("prof-a"), "b", iri("prof-b"));
                g.runNamed("compare", params).toResultSet().forEachRemaining(row -> shares.add(
                        row.getLiteral("share").getString() + " " + row.getResource("item").getURI()));
                Set<String> allowed = Set.of(Share.BOTH.inQuery(), Share.A_NOT_B.inQuery(), Share.B_NOT_A.inQuery(),
                        "difference stated by a source");
                for (String s : shares) {
                    assertTrue(allowed.stream().anyMatch(s::startsWith), s);
                    assertNull(OpenWorldFixture.exclusiveClaim(s), s);
                }
                List<String> differences = shares.stream().filter(s -> s.startsWith("difference")).toList();
                assertEquals(contrast ? List.of("difference stated by a source " + iri("contrast-a-b")) : List.of(), differences);
                assertTrue(shares.contains(Share.A_NOT_B.inQuery() + " " + iri("item-a")), shares.toString());
            }
        }
    }

    @Test
    void recommendSaysNoInformationAndRanksADirectStatementFirst(@TempDir Path tmp) {
        try (RehabGraph g = OpenWorldFixture.graph(tmp, false)) {
            Recommendation r = g.recommend("condition x", "goal g", null);
            assertEquals(List.of(iri("prof-a"), iri("prof-b")), r.ranking().stream().map(x -> x.profession().iri()).toList());
            Recommendation.Ranked a = r.ranking().get(0), b = r.ranking().get(1);
            assertEquals(Recommendation.Support.DIRECT, a.support());
            assertEquals(Recommendation.Support.SAME_KIND, b.support());
            assertTrue(b.score() > a.score(), "b scores more (" + b.score() + " > " + a.score()
                    + ") yet the same kind of condition never outranks a direct statement");
            assertTrue(a.notStated().contains("not stated in rehabkg's sources that it has the treatment goal"), a.notStated().toString());
            assertEquals(List.of(iri("prof-c")), r.noInformation().stream().map(n -> n.profession().iri()).toList());
        }
    }
}
