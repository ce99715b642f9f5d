package org.rehabkg.api;

import java.util.List;

/**
 * One entity found by the {@link SearchIndex}, with what OLS4 shows of a term, and which of its
 * names or identifiers the text matched and how.
 *
 * @param iri          the entity
 * @param label        its label in the language asked for ({@link Labels}' rule)
 * @param curie        {@code rkg:slug}, OLS's {@code obo_id}
 * @param type         {@code class}, {@code property} or {@code individual}
 * @param descriptions its definition in the language asked for (none or one)
 * @param synonyms     its alternative labels and notations
 * @param matchedField the kind of name matched: label, synonym, notation or identifier
 * @param matchedText  that name or identifier as the data holds it (an identifier as a CURIE)
 * @param match        how it matched: exact, prefix, words or fuzzy
 */
public record SearchHit(String iri, String label, String curie, String type, List<String> descriptions,
                        List<String> synonyms, String matchedField, String matchedText, String match) {
    /**
     * The local part of the IRI ({@code occupational-therapy}), OLS's {@code short_form}.
     *
     * @return the part of {@code curie} after its colon
     */
    public String shortForm() {
        return curie.substring(curie.indexOf(':') + 1);
    }
}
