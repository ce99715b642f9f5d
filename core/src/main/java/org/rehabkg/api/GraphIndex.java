package org.rehabkg.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.rehabkg.graph.Vocab;

/**
 * What the API needs to show and find entities, read once per {@link RehabGraph} with three small
 * queries (so it works the same on the embedded graph, TDB2 and a remote endpoint): every name of
 * every entity, every entity's types, and every evidence graph's source.
 */
final class GraphIndex {
    /** One name of an entity and which kind of name it is: label, altLabel or notation. */
    record Name(String iri, String text, String kind) {}

    private final Map<String, List<Node>> labels;
    private final Map<String, List<Name>> names;
    private final Map<String, Set<String>> types;
    private final Map<String, Provenance> evidence;
    /** The language labels and definitions are shown in, by {@link Labels}' rule. */
    private final String language;

    private GraphIndex() {
        this(new HashMap<>(), new LinkedHashMap<>(), new HashMap<>(), new HashMap<>(), Labels.DEFAULT_LANGUAGE);
    }

    private GraphIndex(Map<String, List<Node>> labels, Map<String, List<Name>> names, Map<String, Set<String>> types,
                       Map<String, Provenance> evidence, String language) {
        this.labels = labels;
        this.names = names;
        this.types = types;
        this.evidence = evidence;
        this.language = language;
    }

    /** The same index, showing labels in {@code language} where the data has them (read-only sharing). */
    GraphIndex inLanguage(String language) {
        return new GraphIndex(labels, names, types, evidence, language);
    }

    /** The text to show among several literals (labels, definitions), in this index's language. */
    String pick(List<Node> literals) {
        return Labels.pick(literals, language).map(Node::getLiteralLexicalForm).orElse(null);
    }

    static GraphIndex read(Function<Query, RowSet> select) {
        GraphIndex index = new GraphIndex();
        select.apply(InternalQuery.load("names").query()).forEachRemaining(b -> {
            String iri = b.get("entity").getURI();
            String text = b.get("name").getLiteralLexicalForm();
            String kind = b.get("kind").getLiteralLexicalForm();
            index.names.computeIfAbsent(iri, k -> new ArrayList<>()).add(new Name(iri, text, kind));
            // A name in another language (skos:prefLabel, ontology/data/labels/) is shown to a reader of
            // that language; English pages keep the rdfs:label, which Labels ranks first for them.
            if (kind.equals("label") || kind.equals("prefLabel") && otherLanguage(b.get("name")))
                index.labels.computeIfAbsent(iri, k -> new ArrayList<>()).add(b.get("name"));
        });
        select.apply(InternalQuery.load("types").query()).forEachRemaining(b ->
                index.types.computeIfAbsent(b.get("entity").getURI(), k -> new LinkedHashSet<>()).add(b.get("type").getURI()));
        index.readEvidenceGraphs(select);
        return index;
    }

    /** A literal tagged with a language other than English (which the rdfs:label already gives). */
    private static boolean otherLanguage(Node literal) {
        String tag = literal.getLiteralLanguage().toLowerCase(java.util.Locale.ROOT);
        return !tag.isEmpty() && !tag.equals(Labels.DEFAULT_LANGUAGE) && !tag.startsWith(Labels.DEFAULT_LANGUAGE + "-");
    }

    /** The rows of one evidence graph, gathered before the rule picks its labels. */
    private record GraphRows(List<Node> graphLabels, List<Node> sourceLabels, Set<String> dimensions, String[] fields) {}

    private void readEvidenceGraphs(Function<Query, RowSet> select) {
        Map<String, GraphRows> rows = new LinkedHashMap<>();
        select.apply(InternalQuery.load("evidence-graphs").query()).forEachRemaining(b -> {
            GraphRows r = rows.computeIfAbsent(b.get("graph").getURI(),
                    g -> new GraphRows(new ArrayList<>(), new ArrayList<>(), new LinkedHashSet<>(), new String[4]));
            addIfBound(r.graphLabels(), b.get("graphLabel"));
            addIfBound(r.sourceLabels(), b.get("sourceLabel"));
            String dimension = iri(b, "dimension");
            if (dimension != null)
                r.dimensions().add(dimension);
            String[] f = r.fields();
            f[0] = first(f[0], iri(b, "source"));
            f[1] = first(f[1], literal(b, "section"));
            f[2] = first(f[2], literal(b, "hedge"));
            f[3] = first(f[3], iri(b, "url"));
        });
        rows.forEach((graph, r) -> evidence.put(graph, new Provenance(graph, picked(r.graphLabels()), r.fields()[0],
                picked(r.sourceLabels()), r.fields()[1], r.fields()[2], r.fields()[3],
                r.dimensions().stream().map(this::term).sorted(java.util.Comparator.comparing(Term::label)).toList())));
    }

    private static void addIfBound(List<Node> list, Node n) {
        if (n != null && !list.contains(n))
            list.add(n);
    }

    // The smallest of several values, so that the result does not depend on row order.
    private static String first(String kept, String value) {
        return kept == null || value != null && value.compareTo(kept) < 0 ? value : kept;
    }

    private static String picked(List<Node> literals) {
        return Labels.pick(literals).map(Node::getLiteralLexicalForm).orElse(null);
    }

    private static String literal(Binding b, String var) {
        Node n = b.get(var);
        return n == null ? null : n.getLiteralLexicalForm();
    }

    private static String iri(Binding b, String var) {
        Node n = b.get(var);
        return n == null || !n.isURI() ? null : n.getURI();
    }

    Term term(String iri) {
        return new Term(iri, label(iri));
    }

    Term term(Node node) {
        return node.isURI() ? term(node.getURI()) : new Term(null, node.isLiteral() ? node.getLiteralLexicalForm() : node.toString());
    }

    /** The entity's label by {@link Labels}' rule, else the local part of its IRI. */
    String label(String iri) {
        String l = pick(labels.getOrDefault(iri, List.of()));
        if (l != null)
            return l;
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }

    /** The abbreviation of an entity (its first notation), or null. */
    String notation(String iri) {
        return names.getOrDefault(iri, List.of()).stream().filter(n -> n.kind().equals("notation"))
                    .map(Name::text).sorted().findFirst().orElse(null);
    }

    boolean isKnown(String iri) {
        return names.containsKey(iri) || types.containsKey(iri);
    }

    boolean hasType(String iri, String typeIri) {
        return types.getOrDefault(iri, Set.of()).contains(typeIri);
    }

    Set<String> types(String iri) {
        return types.getOrDefault(iri, Set.of());
    }

    /** Every entity that has one of {@code typeIris} (all named entities when none is given). */
    List<String> entities(List<String> typeIris) {
        Set<String> all = new LinkedHashSet<>(names.keySet());
        if (typeIris.isEmpty())
            return List.copyOf(all);
        return all.stream().filter(iri -> typeIris.stream().anyMatch(t -> hasType(iri, t))).toList();
    }

    List<Name> names(String iri) {
        return names.getOrDefault(iri, List.of());
    }

    boolean isEvidenceGraph(String iri) {
        return evidence.containsKey(iri);
    }

    Provenance source(String graphIri) {
        return evidence.getOrDefault(graphIri, Provenance.unknown(graphIri));
    }

    /** The slug of a rehabkg IRI ({@code occupational-therapy}), or null for other IRIs. */
    static String slug(String iri) {
        return iri.startsWith(Vocab.NS) ? iri.substring(Vocab.NS.length()) : null;
    }
}
