package org.rehabkg.query;

import java.util.ArrayList;
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
 * Computes a {@link Comparison}. Which relation belongs to which dimension is data: the TBox
 * annotates each property of professions with {@code rkg:comparedUnder} (see docs/model.md). An item
 * is shared in a dimension when both professions are related to the same entity under it; only
 * sourced statements (in evidence graphs) count, never inferred ones. Each dimension also gets the
 * common ground the two reach through distinct items ({@link CommonGroundFinder}).
 */
final class Comparer {
    private static final InternalQuery DIMENSIONS = InternalQuery.load("dimensions");
    private static final InternalQuery PROFILE = InternalQuery.load("profile");

    private final GraphIndex index;
    private final Function<Query, RowSet> select;
    private final CommonGroundFinder common;

    Comparer(GraphIndex index, Function<Query, RowSet> select) {
        this.index = index;
        this.select = select;
        this.common = new CommonGroundFinder(index, select);
    }

    /** Through which relations, and on which sources, a profession (or an item) is related to something. */
    record Held(Set<String> relations, Set<SourceRef> sources) {
        static Held empty() {
            return new Held(new LinkedHashSet<>(), new LinkedHashSet<>());
        }
    }

    Comparison compare(String a, String b) {
        Map<String, Map<String, Held>> heldA = profile(a), heldB = profile(b);
        Map<String, Map<String, Map<String, Held>>> stepsA = common.steps(a), stepsB = common.steps(b);
        List<Comparison.Dimension> dims = new ArrayList<>();
        select.apply(DIMENSIONS.query()).forEachRemaining(row -> {
            String dim = row.get("dimension").getURI();
            int order = Integer.parseInt(row.get("order").getLiteralLexicalForm());
            Map<String, Held> inA = heldA.getOrDefault(dim, Map.of()), inB = heldB.getOrDefault(dim, Map.of());
            List<Comparison.Item> shared = new ArrayList<>(), onlyA = new ArrayList<>(), onlyB = new ArrayList<>();
            inA.forEach((item, held) -> {
                Held other = inB.get(item);
                if (other == null) {
                    onlyA.add(item(item, held));
                } else {
                    Set<String> rel = new LinkedHashSet<>(held.relations());
                    rel.addAll(other.relations());
                    Set<SourceRef> src = new LinkedHashSet<>(held.sources());
                    src.addAll(other.sources());
                    shared.add(item(item, new Held(rel, src)));
                }
            });
            inB.forEach((item, held) -> {
                if (!inA.containsKey(item))
                    onlyB.add(item(item, held));
            });
            List<Comparison.CommonGround> ground = common.find(stepsA.getOrDefault(dim, Map.of()), iris(onlyA),
                    stepsB.getOrDefault(dim, Map.of()), iris(onlyB), iris(shared));
            dims.add(new Comparison.Dimension(index.term(dim), order, sorted(shared), sorted(onlyA), sorted(onlyB), ground));
        });
        dims.sort(Comparator.comparingInt(Comparison.Dimension::order));
        return new Comparison(index.term(a), index.term(b), dims);
    }

    private Map<String, Map<String, Held>> profile(String profession) {
        Map<String, Map<String, Held>> byDimension = new LinkedHashMap<>();
        select.apply(PROFILE.bind(Map.of("profession", profession))).forEachRemaining(row -> {
            Held held = byDimension.computeIfAbsent(row.get("dimension").getURI(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(row.get("item").getURI(), k -> Held.empty());
            held.relations().add(row.get("property").getURI());
            held.sources().add(index.source(row.get("graph").getURI()));
        });
        return byDimension;
    }

    private Comparison.Item item(String iri, Held held) {
        List<Term> relations = held.relations().stream().map(index::term).sorted(Comparator.comparing(Term::label)).toList();
        List<SourceRef> sources = held.sources().stream().sorted(Comparator.comparing(SourceRef::describe)).toList();
        return new Comparison.Item(index.term(iri), relations, sources);
    }

    private static Set<String> iris(List<Comparison.Item> items) {
        Set<String> iris = new LinkedHashSet<>();
        items.forEach(i -> iris.add(i.item().iri()));
        return iris;
    }

    private static List<Comparison.Item> sorted(List<Comparison.Item> items) {
        items.sort(Comparator.comparing((Comparison.Item i) -> i.relations().get(0).label()).thenComparing(i -> i.item().label()));
        return items;
    }
}
