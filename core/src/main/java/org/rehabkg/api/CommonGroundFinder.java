package org.rehabkg.api;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.RowSet;

/**
 * The common ground of two professions in a dimension: terms that an item only A has and an item only
 * B has are both related to, one step on, by sourced curated relations (query {@code item-relations}).
 * Shared items are left out on both ends: through them the two meet trivially, and a term that is
 * itself shared already shows as shared.
 */
record CommonGroundFinder(GraphIndex index, Function<Query, RowSet> select) {
    private static final InternalQuery ITEM_RELATIONS = InternalQuery.load("item-relations");

    /** What a profession's items lead to: dimension → item → term → (relations, sources). */
    Map<String, Map<String, Map<String, Comparer.Held>>> steps(String profession) {
        Map<String, Map<String, Map<String, Comparer.Held>>> out = new LinkedHashMap<>();
        select.apply(ITEM_RELATIONS.bind(Map.of("profession", profession))).forEachRemaining(row -> {
            Comparer.Held held = out.computeIfAbsent(row.get("dimension").getURI(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(row.get("item").getURI(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(row.get("term").getURI(), k -> Comparer.Held.empty());
            held.relations().add(row.get("property").getURI());
            held.sources().add(index.source(row.get("graph").getURI()));
        });
        return out;
    }

    /** One term's ground: the items of each side that lead to it, and the step statements' relations and sources. */
    private record Ground(Set<String> viaA, Set<String> viaB, Comparer.Held steps) {}

    /**
     * @param stepsA item → term → held, for the items of A in this dimension (from {@link #steps})
     * @param onlyA the items only A has; {@code onlyB} likewise; {@code shared} the items both have
     */
    List<Comparison.CommonGround> find(Map<String, Map<String, Comparer.Held>> stepsA, Set<String> onlyA,
                                       Map<String, Map<String, Comparer.Held>> stepsB, Set<String> onlyB, Set<String> shared) {
        Map<String, Ground> byTerm = new LinkedHashMap<>();
        collect(stepsA, onlyA, shared, byTerm, true);
        collect(stepsB, onlyB, shared, byTerm, false);
        return byTerm.entrySet().stream()
                     .filter(e -> !e.getValue().viaA().isEmpty() && !e.getValue().viaB().isEmpty())
                     .map(e -> ground(e.getKey(), e.getValue()))
                     .sorted(Comparator.comparing((Comparison.CommonGround g) -> g.term().label()))
                     .toList();
    }

    private static void collect(Map<String, Map<String, Comparer.Held>> steps, Set<String> distinct, Set<String> shared,
                                Map<String, Ground> byTerm, boolean sideA) {
        steps.forEach((item, terms) -> {
            if (!distinct.contains(item))
                return;
            terms.forEach((term, held) -> {
                if (shared.contains(term))
                    return;
                Ground g = byTerm.computeIfAbsent(term, t -> new Ground(new LinkedHashSet<>(), new LinkedHashSet<>(), Comparer.Held.empty()));
                (sideA ? g.viaA() : g.viaB()).add(item);
                g.steps().relations().addAll(held.relations());
                g.steps().sources().addAll(held.sources());
            });
        });
    }

    private Comparison.CommonGround ground(String term, Ground g) {
        return new Comparison.CommonGround(index.term(term), terms(g.viaA()), terms(g.viaB()), terms(g.steps().relations()),
                g.steps().sources().stream().sorted(Comparator.comparing(Provenance::describe)).toList());
    }

    private List<Term> terms(Set<String> iris) {
        return iris.stream().map(index::term).sorted(Comparator.comparing(Term::label)).toList();
    }
}
