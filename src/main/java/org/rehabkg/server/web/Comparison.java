package org.rehabkg.server.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.rehabkg.graph.Vocab;

/**
 * Two professions compared along the five dimensions: for each dimension, what both state (same
 * relation to the same term) and what only one does, each item with the evidence graphs behind it.
 *
 * <p>An item belongs to the dimensions of the evidence graphs that state it. Most graphs rest on one
 * section and bear on one dimension. A graph resting on a whole web page (the BLS handbook) bears on
 * several; an item stated only there is placed in the one dimension where its relation is most used
 * by single-dimension graphs (settings, which no such graph uses, fall to the lowest-ordered), so it
 * is not repeated under every dimension that page touches.
 */
record Comparison(Node a, Node b, List<Row> rows) {

    static final Node DIMENSION_CLASS = Vocab.rkg("Dimension");
    static final Node ORDER = Vocab.rkg("order");

    /** One relation to one term, with the evidence for each profession (empty: that profession does not state it). */
    record Item(Node predicate, Node object, List<Evidence> forA, List<Evidence> forB) {
        boolean shared() {
            return !forA.isEmpty() && !forB.isEmpty();
        }
    }

    /**
     * A term both professions reach in one more step, stated in the same dimension: OT's core focus and
     * PT's are different individuals, but both concern physical function. {@code viaA}/{@code viaB} are
     * the items of each profession that lead to it.
     */
    record CommonGround(Node term, List<Node> viaA, List<Node> viaB, List<Evidence> evidence) {}

    record Row(Node dimension, List<Item> shared, List<Item> onlyA, List<Item> onlyB, List<CommonGround> common) {}

    private record Key(Node predicate, Node object) {}

    /** Compares {@code a} and {@code b}; the caller holds a read transaction. */
    static Comparison of(GraphView view, Provenance provenance, Node a, Node b) {
        List<Node> dimensions = dimensions(view);
        Map<Key, List<Evidence>> forA = statements(view, provenance, a);
        Map<Key, List<Evidence>> forB = statements(view, provenance, b);

        // How often each relation is used by graphs that bear on a single dimension.
        Map<Node, Map<Node, Integer>> preciseUse = new HashMap<>();
        for (Map<Key, List<Evidence>> side : List.of(forA, forB))
            side.forEach((k, evidence) -> evidence.stream().filter(e -> e.dimensions().size() == 1).forEach(e ->
                    preciseUse.computeIfAbsent(k.predicate(), p -> new HashMap<>()).merge(e.dimensions().get(0), 1, Integer::sum)));

        Set<Key> keys = new LinkedHashSet<>(forA.keySet());
        keys.addAll(forB.keySet());
        Map<Node, List<Item>> byDimension = new LinkedHashMap<>();
        for (Key k : keys) {
            List<Evidence> ea = forA.getOrDefault(k, List.of()), eb = forB.getOrDefault(k, List.of());
            Item item = new Item(k.predicate(), k.object(), ea, eb);
            for (Node dim : placement(ea, eb, dimensions, preciseUse.getOrDefault(k.predicate(), Map.of())))
                byDimension.computeIfAbsent(dim, d -> new ArrayList<>()).add(item);
        }

        Comparator<Item> order = Comparator.comparing(Item::predicate, view.byLabel()).thenComparing(Item::object, view.byLabel());
        List<Row> rows = new ArrayList<>();
        for (Node dim : dimensions) {
            List<Item> items = byDimension.getOrDefault(dim, List.of()).stream().sorted(order).toList();
            List<Item> shared = items.stream().filter(Item::shared).toList();
            rows.add(new Row(dim, shared,
                    items.stream().filter(i -> i.forB().isEmpty()).toList(),
                    items.stream().filter(i -> i.forA().isEmpty()).toList(),
                    commonGround(view, provenance, dim, items, shared)));
        }
        return new Comparison(a, b, rows);
    }

    /**
     * Terms that items of both professions in this dimension relate to, by statements of evidence graphs
     * that bear on the same dimension; terms already shared directly are left out.
     */
    private static List<CommonGround> commonGround(GraphView view, Provenance provenance, Node dim, List<Item> items, List<Item> shared) {
        Set<Node> direct = new HashSet<>();
        shared.forEach(i -> direct.add(i.object()));
        Map<Node, Set<Node>> viaA = new LinkedHashMap<>(), viaB = new LinkedHashMap<>();
        Map<Node, Set<Evidence>> evidence = new HashMap<>();
        for (Item item : items) {
            // A shared item leads both professions to the same place trivially; only distinct items count.
            if (item.shared())
                continue;
            view.dsg().find(Node.ANY, item.object(), Node.ANY, Node.ANY).forEachRemaining(q -> {
                Node term = q.getObject();
                if (q.isDefaultGraph() || !term.isURI() || q.getPredicate().equals(Vocab.RELATION) || direct.contains(term))
                    return;
                provenance.evidence(q.getGraph()).filter(e -> e.dimensions().contains(dim)).ifPresent(e -> {
                    if (!item.forA().isEmpty())
                        viaA.computeIfAbsent(term, t -> new TreeSet<>(view.byLabel())).add(item.object());
                    if (!item.forB().isEmpty())
                        viaB.computeIfAbsent(term, t -> new TreeSet<>(view.byLabel())).add(item.object());
                    evidence.computeIfAbsent(term, t -> new LinkedHashSet<>()).add(e);
                });
            });
        }
        return viaA.keySet().stream().filter(viaB::containsKey).sorted(view.byLabel())
                   .map(t -> new CommonGround(t, List.copyOf(viaA.get(t)), List.copyOf(viaB.get(t)),
                           evidence.get(t).stream().sorted(Comparator.comparing(e -> e.graph().getURI())).toList()))
                   .toList();
    }

    /** The rkg:Dimension individuals by rkg:order. */
    static List<Node> dimensions(GraphView view) {
        return view.defaultGraph().find(Node.ANY, RDF.type.asNode(), DIMENSION_CLASS).mapWith(t -> t.getSubject()).toList().stream()
                   .distinct().sorted(Comparator.comparingInt((Node d) -> order(view, d)).thenComparing(view.byLabel())).toList();
    }

    private static int order(GraphView view, Node dimension) {
        return view.objects(dimension, ORDER).stream().filter(Node::isLiteral)
                   .mapToInt(n -> Integer.parseInt(n.getLiteralLexicalForm().strip())).findFirst().orElse(Integer.MAX_VALUE);
    }

    /** Every sourced relation of a profession to a term, by relation and term. */
    private static Map<Key, List<Evidence>> statements(GraphView view, Provenance provenance, Node profession) {
        Map<Key, List<Evidence>> out = new LinkedHashMap<>();
        view.dsg().find(Node.ANY, profession, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (q.isDefaultGraph() || !q.getObject().isURI() || q.getPredicate().equals(Vocab.RELATION))
                return;
            provenance.evidence(q.getGraph()).ifPresent(e ->
                    out.computeIfAbsent(new Key(q.getPredicate(), q.getObject()), k -> new ArrayList<>()).add(e));
        });
        out.values().forEach(list -> list.sort(Comparator.comparing(e -> e.graph().getURI())));
        return out;
    }

    private static List<Node> placement(List<Evidence> ea, List<Evidence> eb, List<Node> dimensions,
                                        Map<Node, Integer> preciseUse) {
        Set<Node> precise = new LinkedHashSet<>(), broad = new LinkedHashSet<>();
        for (List<Evidence> side : List.of(ea, eb))
            for (Evidence e : side)
                (e.dimensions().size() == 1 ? precise : broad).addAll(e.dimensions());
        if (!precise.isEmpty())
            return dimensions.stream().filter(precise::contains).toList();
        return dimensions.stream().filter(broad::contains)
                         .max(Comparator.comparingInt((Node d) -> preciseUse.getOrDefault(d, 0))
                                        .thenComparing(d -> -dimensions.indexOf(d)))
                         .map(List::of).orElse(List.of());
    }
}
