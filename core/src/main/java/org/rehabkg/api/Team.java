package org.rehabkg.api;

import java.util.List;

/**
 * The rehabilitation team for a condition, in the open world (docs/model.md): the professions a source
 * says address it, each with how it is stated ({@link Basis}), the interventions the profession is
 * stated to use (with the guideline recommendations about this condition that name them) and the
 * guideline recommendations about the condition addressed to it. A profession that only a guideline
 * addresses is a member too, with no basis. {@code notStated} are the other professions: rehabkg's
 * sources do not say they address the condition, which does not mean they do not.
 *
 * @param condition the condition
 * @param members   the professions stated to address it, by label
 * @param notStated the other professions, by label
 */
public record Team(Term condition, List<Member> members, List<Term> notStated) {
    /** Copies the lists, so that the team cannot change. */
    public Team {
        members = List.copyOf(members);
        notStated = List.copyOf(notStated);
    }

    /**
     * One profession of the team. {@code noSourceFound} are the dimensions for which the sources were
     * searched for it and none was found that states them ({@code rkg:noSourceFoundFor}).
     *
     * @param profession      the profession
     * @param bases           how it is stated to address the condition, the direct statement first,
     *                        then the populations by label (empty when only a guideline addresses it)
     * @param interventions   the interventions it is stated to use, by label
     * @param recommendations the guideline recommendations about the condition addressed to it,
     *                        strongest first
     * @param noSourceFound   the dimensions no source was found for, by label
     */
    public record Member(Term profession, List<Basis> bases, List<Intervention> interventions,
                         List<GuidelineRecommendation> recommendations, List<Term> noSourceFound) {
        /** Copies the lists, so that the member cannot change. */
        public Member {
            bases = List.copyOf(bases);
            interventions = List.copyOf(interventions);
            recommendations = List.copyOf(recommendations);
            noSourceFound = List.copyOf(noSourceFound);
        }
    }

    /**
     * Why a profession is on the team: it is stated to treat the condition ({@code population} null), or
     * to serve a patient population that has it; with the sources of that statement.
     *
     * @param population the population served, or null when the profession treats the condition
     * @param sources    the sources of the statement
     */
    public record Basis(Term population, List<Provenance> sources) {
        /** Copies the list, so that the basis cannot change. */
        public Basis {
            sources = List.copyOf(sources);
        }
    }

    /**
     * An intervention the profession is stated to use, with its sources, and the guideline
     * recommendations about the team's condition, addressed to the profession, that name it (strongest
     * first). The intervention is the profession's: a source need not tie it to this condition.
     *
     * @param intervention    the intervention
     * @param sources         the sources that state the profession uses it
     * @param recommendations the guideline recommendations about the condition, addressed to the
     *                        profession, that name it, strongest first
     */
    public record Intervention(Term intervention, List<Provenance> sources, List<GuidelineRecommendation> recommendations) {
        /** Copies the lists, so that the intervention cannot change. */
        public Intervention {
            sources = List.copyOf(sources);
            recommendations = List.copyOf(recommendations);
        }
    }
}
