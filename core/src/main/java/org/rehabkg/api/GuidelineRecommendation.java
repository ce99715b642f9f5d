package org.rehabkg.api;

import java.util.List;

import org.rehabkg.graph.Vocab;

/**
 * One graded recommendation of a clinical practice guideline (docs/model.md, "Clinical practice
 * guidelines"): the guideline and its year, the condition, the intervention(s), the direction (for,
 * against, insufficient evidence), the grade exactly as the guideline prints it, the normalised level
 * it counts as (strong, moderate, weak, insufficient) with that level's rank (1 = strongest), the
 * professions it is addressed to (none for, say, a medical treatment) and the evidence graphs it is
 * read from. {@code year} is null when the guideline carries no date.
 *
 * @param recommendation the recommendation
 * @param guideline      the guideline
 * @param year           the guideline's year, or null
 * @param condition      the condition
 * @param interventions  the interventions
 * @param direction      for, against, or insufficient evidence
 * @param grade          the grade as the guideline prints it
 * @param level          the normalised level
 * @param strengthRank   the level's rank, 1 = strongest
 * @param professions    the professions it is addressed to
 * @param sources        the evidence graphs it is read from
 */
public record GuidelineRecommendation(Term recommendation, Term guideline, String year, Term condition,
                                      List<Term> interventions, Term direction, String grade, Term level,
                                      int strengthRank, List<Term> professions, List<Provenance> sources) {
    /** The IRI of the direction "for". */
    public static final String FOR = Vocab.NS + "direction-for";

    /** Copies the lists, so that the recommendation cannot change. */
    public GuidelineRecommendation {
        interventions = List.copyOf(interventions);
        professions = List.copyOf(professions);
        sources = List.copyOf(sources);
    }

    /**
     * Whether the guideline recommends the intervention (rather than against it, or finding the evidence insufficient).
     *
     * @return true for a recommendation for
     */
    public boolean isFor() {
        return FOR.equals(direction.iri());
    }

    /**
     * Whether it is addressed to the profession.
     *
     * @param professionIri the profession's IRI
     * @return true when it is
     */
    public boolean addresses(String professionIri) {
        return professions.stream().anyMatch(p -> p.iri().equals(professionIri));
    }

    /**
     * The interventions' labels, joined: "mirror therapy, limb activation training".
     *
     * @return the labels
     */
    public String interventionLabels() {
        return String.join(", ", interventions.stream().map(Term::label).toList());
    }
}
