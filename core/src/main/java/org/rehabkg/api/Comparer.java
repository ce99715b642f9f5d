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
 * Computes a {@link Comparison}, in the open world (docs/model.md). Which relation belongs to which
 * dimension is data: the TBox annotates each property of professions with {@code rkg:comparedUnder}.
 * An item is stated for both in a dimension when both professions are related to the same entity
 * under it; only sourced statements (in evidence graphs) count, never inferred ones. An item stated
 * for one profession only is just that ({@link Share}); the differences are the contrasts a source
 * states (query {@code contrasts}). Each dimension also gets the common ground the two reach through
 * items stated for one only ({@link CommonGroundFinder}) and its coverage.
 */
record Comparer(GraphIndex index, Function<Query, RowSet> select) {
    private static final InternalQuery DIMENSIONS = InternalQuery.load("dimensions");
    private static final InternalQuery PROFILE = InternalQuery.load("profile");
    private static final InternalQuery CONTRASTS = InternalQuery.load("contrasts");

    /** Through which relations, and on which sources, a profession (or an item) is related to something. */
    record Held(Set<String> relations, Set<Provenance> sources) {
        static Held empty() {
            return new Held(new LinkedHashSet<>(), new LinkedHashSet<>());
        }
    }

    Comparison compare(String a, String b) {
        Map<String, Map<String, Held>> heldA = profile(a), heldB = profile(b);
        CommonGroundFinder common = new CommonGroundFinder(index, select);
        Map<String, Map<String, Map<String, Held>>> stepsA = common.steps(a), stepsB = common.steps(b);
        Map<String, List<Comparison.StatedContrast>> contrasts = contrasts(a, b);
        List<Comparison.Dimension> dims = new ArrayList<>();
        Map<String, Integer> orders = new LinkedHashMap<>();
        Map<String, List<Node>> definitions = new LinkedHashMap<>();
        select.apply(DIMENSIONS.query()).forEachRemaining(row -> {
            String dim = row.get("dimension").getURI();
            orders.put(dim, Integer.parseInt(row.get("order").getLiteralLexicalForm()));
            List<Node> defs = definitions.computeIfAbsent(dim, k -> new ArrayList<>());
            if (row.get("definition") != null)
                defs.add(row.get("definition"));
        });
        orders.forEach((dim, order) -> {
            Map<String, Held> inA = heldA.getOrDefault(dim, Map.of()), inB = heldB.getOrDefault(dim, Map.of());
            List<Comparison.Item> both = new ArrayList<>(), aNotB = new ArrayList<>(), bNotA = new ArrayList<>();
            inA.forEach((item, held) -> {
                Held other = inB.get(item);
                if (other == null) {
                    aNotB.add(item(item, held));
                } else {
                    Set<String> rel = new LinkedHashSet<>(held.relations());
                    rel.addAll(other.relations());
                    Set<Provenance> src = new LinkedHashSet<>(held.sources());
                    src.addAll(other.sources());
                    both.add(item(item, new Held(rel, src)));
                }
            });
            inB.forEach((item, held) -> {
                if (!inA.containsKey(item))
                    bNotA.add(item(item, held));
            });
            List<Comparison.CommonGround> ground = common.find(stepsA.getOrDefault(dim, Map.of()), iris(aNotB),
                    stepsB.getOrDefault(dim, Map.of()), iris(bNotA), iris(both));
            String definition = index.pick(definitions.get(dim));
            dims.add(new Comparison.Dimension(index.term(dim), definition, order, sorted(both), sorted(aNotB), sorted(bNotA), ground,
                    contrasts.getOrDefault(dim, List.of()), coverage(inA, inB)));
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

    /** The contrasts a source states between a and b, by dimension. */
    private Map<String, List<Comparison.StatedContrast>> contrasts(String a, String b) {
        Map<String, Map<String, Held>> byDimension = new LinkedHashMap<>();
        Map<String, List<Node>> definitions = new LinkedHashMap<>();
        select.apply(CONTRASTS.bind(Map.of("a", a, "b", b))).forEachRemaining(row -> {
            String contrast = row.get("contrast").getURI();
            byDimension.computeIfAbsent(row.get("dimension").getURI(), k -> new LinkedHashMap<>())
                       .computeIfAbsent(contrast, k -> Held.empty()).sources().add(index.source(row.get("graph").getURI()));
            Node definition = row.get("definition");
            if (definition != null)
                definitions.computeIfAbsent(contrast, k -> new ArrayList<>()).add(definition);
        });
        Map<String, List<Comparison.StatedContrast>> out = new LinkedHashMap<>();
        byDimension.forEach((dim, held) -> out.put(dim, held.entrySet().stream()
                .map(e -> new Comparison.StatedContrast(index.term(e.getKey()),
                        index.pick(definitions.getOrDefault(e.getKey(), List.of())),
                        sortedSources(e.getValue().sources())))
                .sorted(Comparator.comparing(c -> c.contrast().label()))
                .toList()));
        return out;
    }

    private static Comparison.Coverage coverage(Map<String, Held> inA, Map<String, Held> inB) {
        return new Comparison.Coverage(sourceCount(inA), inA.size(), sourceCount(inB), inB.size());
    }

    private static int sourceCount(Map<String, Held> items) {
        return (int) items.values().stream().flatMap(h -> h.sources().stream()).map(Provenance::sourceKey).distinct().count();
    }

    private static List<Provenance> sortedSources(Set<Provenance> sources) {
        return sources.stream().sorted(Comparator.comparing(Provenance::describe)).toList();
    }

    private Comparison.Item item(String iri, Held held) {
        List<Term> relations = held.relations().stream().map(index::term).sorted(Comparator.comparing(Term::label)).toList();
        return new Comparison.Item(index.term(iri), relations, sortedSources(held.sources()));
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
