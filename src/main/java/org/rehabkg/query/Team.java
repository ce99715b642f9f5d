package org.rehabkg.query;

import java.util.List;

/**
 * The rehabilitation team for a condition, in the open world (docs/model.md): the professions a source
 * says address it, each with how it is stated ({@link Basis}), the interventions the profession is
 * stated to use (with the guideline recommendations about this condition that name them) and the
 * guideline recommendations about the condition addressed to it. A profession that only a guideline
 * addresses is a member too, with no basis. {@code notStated} are the other professions: rehabkg's
 * sources do not say they address the condition, which does not mean they do not.
 */
public record Team(Term condition, List<Member> members, List<Term> notStated) {
    public Team {
        members = List.copyOf(members);
        notStated = List.copyOf(notStated);
    }

    /**
     * One profession of the team. {@code noSourceFound} are the dimensions for which the sources were
     * searched for it and none was found that states them ({@code rkg:noSourceFoundFor}).
     */
    public record Member(Term profession, List<Basis> bases, List<Intervention> interventions,
                         List<GuidelineRecommendation> recommendations, List<Term> noSourceFound) {
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
     */
    public record Basis(Term population, List<SourceRef> sources) {
        public Basis {
            sources = List.copyOf(sources);
        }
    }

    /**
     * An intervention the profession is stated to use, with its sources, and the guideline
     * recommendations about the team's condition, addressed to the profession, that name it (strongest
     * first). The intervention is the profession's: a source need not tie it to this condition.
     */
    public record Intervention(Term intervention, List<SourceRef> sources, List<GuidelineRecommendation> recommendations) {
        public Intervention {
            sources = List.copyOf(sources);
            recommendations = List.copyOf(recommendations);
        }
    }
}
