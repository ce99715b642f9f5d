package org.rehabkg.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the graph says about one entity, the one read model of the command line and the pages: its
 * curated description (label, asserted types, definition, other names), every sourced statement it
 * takes part in as subject or object ({@code relations}), the statements without a source (our own
 * curation, or inferred where nothing stated already links the same two terms: {@code unsourced}), its
 * other literal values ({@code attributes}), its mappings to other vocabularies, and, for an evidence
 * graph, the statements that rest on it ({@code graphContents}).
 *
 * @param entity        the entity
 * @param types         its asserted types
 * @param definition    its definition, or null
 * @param altLabels     its other names
 * @param notations     its abbreviations
 * @param comments      its comments
 * @param relations     the sourced statements it takes part in
 * @param unsourced     the statements without a source (curated or inferred)
 * @param attributes    its other literal values
 * @param mappings      the terms of other vocabularies it maps to
 * @param graphContents for an evidence graph, the statements that rest on it
 */
public record EntityCard(Term entity, List<Term> types, String definition, List<String> altLabels,
                         List<String> notations, List<String> comments, List<Statement> relations,
                         List<Statement> unsourced, List<Attribute> attributes, List<Term> mappings,
                         List<Statement> graphContents) {
    /** Copies the lists, so that the card cannot change. */
    public EntityCard {
        types = List.copyOf(types);
        altLabels = List.copyOf(altLabels);
        notations = List.copyOf(notations);
        comments = List.copyOf(comments);
        relations = List.copyOf(relations);
        unsourced = List.copyOf(unsourced);
        attributes = List.copyOf(attributes);
        mappings = List.copyOf(mappings);
        graphContents = List.copyOf(graphContents);
    }

    /**
     * A literal value of the entity other than its label and definition: {@code section "1. Core Focus"}.
     *
     * @param property the property
     * @param value    the literal's text
     * @param language its language tag, empty when it has none
     */
    public record Attribute(Term property, String value, String language) {}

    /**
     * The distinct sources of the relations, in order of first mention.
     *
     * @return the sources
     */
    public List<Provenance> sources() {
        Map<String, Provenance> bySource = new LinkedHashMap<>();
        for (Statement s : relations)
            for (Provenance r : s.sources())
                bySource.putIfAbsent(r.sourceKey(), r);
        return List.copyOf(bySource.values());
    }

    /**
     * Every statement with the entity as subject, sourced or not, by relation and then object label.
     *
     * @return the statements
     */
    public List<Statement> outgoing() {
        return direction(true);
    }

    /**
     * Every statement with the entity as object, sourced or not, by relation and then subject label.
     *
     * @return the statements
     */
    public List<Statement> incoming() {
        return direction(false);
    }

    private List<Statement> direction(boolean out) {
        List<Statement> all = new ArrayList<>();
        for (List<Statement> list : List.of(relations, unsourced))
            for (Statement s : list)
                if (entity.iri().equals((out ? s.subject() : s.object()).iri()))
                    all.add(s);
        all.sort(Comparator.comparing((Statement s) -> lower(s.property().label()))
                           .thenComparing(s -> lower((out ? s.object() : s.subject()).label())));
        return all;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
