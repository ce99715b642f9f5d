package org.rehabkg.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.rehabkg.query.UnknownNameException;
/** {@link RehabGraph#team}, {@link RehabGraph#world} and {@link RehabGraph#noSourceFound} over the packaged graph. */
class TeamWorldApiTest {
    private static RehabGraph graph;

    @BeforeAll
    static void open() {
        graph = RehabGraph.embedded();
    }

    @AfterAll
    static void close() {
        graph.close();
    }

    @Test
    void everyConditionsTeamPartitionsTheProfessionsAndCitesItsSources() {
        List<Term> professions = graph.professions();
        for (Term condition : graph.conditions()) {
            Team t = graph.team(condition.iri().substring("https://w3id.org/rehabkg/".length()));
            assertEquals(condition, t.condition());
            Set<Term> seen = new HashSet<>(t.notStated());
            for (Team.Member m : t.members()) {
                assertTrue(seen.add(m.profession()), "once: " + m.profession());
                assertFalse(m.bases().isEmpty() && m.recommendations().isEmpty(),
                        "a member is stated to address the condition, or a guideline addresses it: " + m);
                m.bases().forEach(b -> assertFalse(b.sources().isEmpty(), "a basis cites its source: " + b));
                m.interventions().forEach(i -> assertFalse(i.sources().isEmpty(), "an intervention cites its source: " + i));
                m.recommendations().forEach(r -> assertTrue(r.addresses(m.profession().iri()) && r.condition().equals(condition)));
            }
            assertEquals(new HashSet<>(professions), seen, "every profession is a member or not stated, for " + condition.label());
        }
    }

    @Test
    void strokeTeamHasTheGuidelineStrengthOfAStatedIntervention() {
        Team t = graph.team("stroke");
        Team.Member ot = t.members().stream().filter(m -> m.profession().label().equals("occupational therapy")).findFirst().orElseThrow();
        assertTrue(ot.interventions().stream().anyMatch(i -> !i.recommendations().isEmpty()
                && i.recommendations().stream().allMatch(r -> r.interventions().contains(i.intervention()))), ot.toString());
        assertThrows(UnknownNameException.class, () -> graph.team("zzzzqqqq"));
    }

    @Test
    void worldEntriesAreScopedAndSourced() {
        List<WorldEntry> world = graph.world();
        assertTrue(world.stream().map(e -> e.jurisdiction().iri()).distinct().count() >= 6, world.toString());
        for (WorldEntry e : world) {
            assertFalse(e.education().isEmpty() && e.exams().isEmpty() && e.licences().isEmpty(), e.toString());
            for (List<WorldEntry.Requirement> list : List.of(e.education(), e.exams(), e.licences()))
                list.forEach(r -> assertFalse(r.sources().isEmpty(), "sourced: " + r));
            e.education().forEach(r -> assertTrue(r.level() != null, "an entry qualification has its level: " + r));
        }
        WorldEntry germanOt = world.stream().filter(e -> "DE".equals(e.isoCode()) && e.profession().label().equals("occupational therapy"))
                                   .findFirst().orElseThrow();
        assertEquals("vocational training", germanOt.education().get(0).level());
        assertEquals("examination boards of the German occupational therapy schools", germanOt.exams().get(0).bodies().get(0).label());
    }

    @Test
    void noSourceFoundReadsTheCheckedGaps() {
        assertFalse(graph.noSourceFound("https://w3id.org/rehabkg/physical-therapist-aide").isEmpty());
        assertTrue(graph.noSourceFound("https://w3id.org/rehabkg/occupational-therapy").isEmpty());
    }
}
