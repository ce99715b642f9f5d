package org.rehabkg.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.RowSet;

/**
 * Reads a {@link Team}: the professions the sources say address a condition (internal query
 * {@code team-addresses}, the logic of {@code queries/team.rq}), their sourced interventions
 * ({@code team-interventions}) and the guideline recommendations about the condition addressed to them.
 */
record TeamReader(GraphIndex index, Function<Query, RowSet> select) {
    private static final InternalQuery ADDRESSES = InternalQuery.load("team-addresses");
    private static final InternalQuery INTERVENTIONS = InternalQuery.load("team-interventions");
    static final InternalQuery NO_SOURCE_FOUND = InternalQuery.load("no-source-found");

    /**
     * @param professions every profession of the graph, by label
     * @param guideline the guideline recommendations about the condition, strongest first
     */
    Team read(Term condition, List<Term> professions, List<GuidelineRecommendation> guideline) {
        // profession -> population (or "" for treats the condition directly) -> sources
        Map<String, Map<String, Set<Provenance>>> bases = new LinkedHashMap<>();
        select.apply(ADDRESSES.bind(Map.of("condition", condition.iri()))).forEachRemaining(row -> {
            Node population = row.get("population");
            bases.computeIfAbsent(row.get("profession").getURI(), k -> new LinkedHashMap<>())
                 .computeIfAbsent(population == null ? "" : population.getURI(), k -> new LinkedHashSet<>())
                 .add(index.source(row.get("graph").getURI()));
        });
        Set<String> addressed = new LinkedHashSet<>(bases.keySet());
        guideline.forEach(r -> r.professions().forEach(p -> addressed.add(p.iri())));
        Map<String, Map<String, Set<Provenance>>> interventions = new LinkedHashMap<>();
        if (!addressed.isEmpty())
            select.apply(INTERVENTIONS.query()).forEachRemaining(row -> {
                String profession = row.get("profession").getURI();
                if (addressed.contains(profession))
                    interventions.computeIfAbsent(profession, k -> new LinkedHashMap<>())
                                 .computeIfAbsent(row.get("intervention").getURI(), k -> new LinkedHashSet<>())
                                 .add(index.source(row.get("graph").getURI()));
            });
        List<Team.Member> members = new ArrayList<>();
        List<Term> notStated = new ArrayList<>();
        for (Term p : professions) {
            if (!addressed.contains(p.iri())) {
                notStated.add(p);
                continue;
            }
            List<GuidelineRecommendation> toIt = guideline.stream().filter(r -> r.addresses(p.iri())).toList();
            members.add(new Team.Member(p, bases(bases.getOrDefault(p.iri(), Map.of())),
                    interventions(interventions.getOrDefault(p.iri(), Map.of()), toIt), toIt, noSourceFound(p.iri())));
        }
        return new Team(condition, members, notStated);
    }

    /** The dimensions marked {@code rkg:noSourceFoundFor} on a profession, by label. */
    List<Term> noSourceFound(String profession) {
        List<Term> dims = new ArrayList<>();
        select.apply(NO_SOURCE_FOUND.bind(Map.of("profession", profession)))
              .forEachRemaining(row -> dims.add(index.term(row.get("dimension").getURI())));
        dims.sort(Comparator.comparing(Term::label));
        return dims;
    }

    private List<Team.Basis> bases(Map<String, Set<Provenance>> byPopulation) {
        List<Team.Basis> out = new ArrayList<>();
        byPopulation.forEach((population, sources) ->
                out.add(new Team.Basis(population.isEmpty() ? null : index.term(population), sorted(sources))));
        // the direct statement first, then the populations by label
        out.sort(Comparator.comparing((Team.Basis b) -> b.population() != null).thenComparing(b -> b.population() == null ? "" : b.population().label()));
        return out;
    }

    private List<Team.Intervention> interventions(Map<String, Set<Provenance>> byIntervention, List<GuidelineRecommendation> toProfession) {
        List<Team.Intervention> out = new ArrayList<>();
        byIntervention.forEach((iri, sources) -> out.add(new Team.Intervention(index.term(iri), sorted(sources),
                toProfession.stream().filter(r -> r.interventions().stream().anyMatch(i -> i.iri().equals(iri))).toList())));
        out.sort(Comparator.comparing(i -> i.intervention().label()));
        return out;
    }

    private static List<Provenance> sorted(Set<Provenance> sources) {
        return sources.stream().sorted(Comparator.comparing(Provenance::describe)).toList();
    }
}
