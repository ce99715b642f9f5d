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
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;

/**
 * Reads every {@link GuidelineRecommendation} in the graph with one query (a few hundred rows), strongest
 * first: by normalised level, then guideline, then recommendation label. Callers filter by condition or
 * profession in memory.
 */
final class GuidelineReader {
    private static final InternalQuery QUERY = InternalQuery.load("guideline-recommendations");

    static final Comparator<GuidelineRecommendation> STRONGEST_FIRST =
            Comparator.comparingInt(GuidelineRecommendation::strengthRank)
                      .thenComparing(r -> r.guideline().label())
                      .thenComparing(r -> r.recommendation().label());

    private GuidelineReader() {}

    static List<GuidelineRecommendation> all(GraphIndex index, Function<Query, RowSet> select) {
        Map<String, Rows> byRecommendation = new LinkedHashMap<>();
        select.apply(QUERY.query()).forEachRemaining(b ->
                byRecommendation.computeIfAbsent(b.get("recommendation").getURI(), k -> new Rows(b)).add(b));
        List<GuidelineRecommendation> out = new ArrayList<>();
        byRecommendation.values().forEach(rows -> out.add(rows.toRecommendation(index)));
        out.sort(STRONGEST_FIRST);
        return out;
    }

    /** The rows of one recommendation: its single-valued parts from the first row, the sets from all. */
    private static final class Rows {
        final Binding first;
        final Set<String> interventions = new LinkedHashSet<>(), professions = new LinkedHashSet<>(), graphs = new LinkedHashSet<>();

        Rows(Binding first) {
            this.first = first;
        }

        void add(Binding b) {
            addIri(interventions, b.get("intervention"));
            addIri(professions, b.get("profession"));
            addIri(graphs, b.get("graph"));
        }

        private static void addIri(Set<String> set, Node n) {
            if (n != null && n.isURI())
                set.add(n.getURI());
        }

        GuidelineRecommendation toRecommendation(GraphIndex index) {
            Node issued = first.get("issued");
            String year = issued == null ? null : issued.getLiteralLexicalForm();
            if (year != null && year.length() > 4)
                year = year.substring(0, 4);
            Comparator<Term> byLabel = Comparator.comparing(Term::label);
            return new GuidelineRecommendation(index.term(first.get("recommendation")), index.term(first.get("guideline")), year,
                    index.term(first.get("condition")), interventions.stream().map(index::term).sorted(byLabel).toList(),
                    index.term(first.get("direction")), first.get("grade").getLiteralLexicalForm(), index.term(first.get("level")),
                    Integer.parseInt(first.get("rank").getLiteralLexicalForm()),
                    professions.stream().map(index::term).sorted(byLabel).toList(),
                    graphs.stream().map(index::source).toList());
        }
    }
}
