package org.rehabkg.api;

import java.util.List;

/**
 * Which professions fit a condition (and optionally a goal and a life stage), best first, in the open
 * world: only a profession with a graded guideline recommendation or a sourced statement about the
 * condition (or, weaker, about a condition of the same kind) is ranked; the others are listed in
 * {@code noInformation}, because rehabkg's sources say nothing about them here, which is not a low fit.
 * Each ranked profession carries the guideline recommendations addressed to it, the rules it met with
 * their weights and supporting statements, what is not stated for it ({@code notStated}) and, below the
 * first, why it ranks lower ({@code whyLower}). {@code guidelines} are the clinical practice guidelines
 * in rehabkg that cover the condition, newest first: empty when none does (which does not mean none exists).
 * {@code names} says how the names given to {@link RehabGraph#recommend} were understood.
 *
 * @param condition     the condition
 * @param goal          the treatment goal or functional area, or null
 * @param lifeStage     the life stage, or null
 * @param guidelines    the guidelines covering the condition, newest first
 * @param ranking       the ranked professions, best first
 * @param noInformation the professions about which the sources state nothing for the condition
 * @param names         how the condition, goal and life stage names were understood, in that order
 *                      (only those given)
 */
public record Recommendation(Term condition, Term goal, Term lifeStage, List<Term> guidelines, List<Ranked> ranking,
                             List<NoInformation> noInformation, List<NameMatch> names) {
    /** Copies the lists, so that the recommendation cannot change. */
    public Recommendation {
        guidelines = List.copyOf(guidelines);
        ranking = List.copyOf(ranking);
        noInformation = List.copyOf(noInformation);
        names = List.copyOf(names);
    }

    /**
     * A recommendation for entities given by IRI: no names to report.
     *
     * @param condition     the condition
     * @param goal          the treatment goal or functional area, or null
     * @param lifeStage     the life stage, or null
     * @param guidelines    the guidelines covering the condition, newest first
     * @param ranking       the ranked professions, best first
     * @param noInformation the professions about which the sources state nothing for the condition
     */
    public Recommendation(Term condition, Term goal, Term lifeStage, List<Term> guidelines, List<Ranked> ranking,
                          List<NoInformation> noInformation) {
        this(condition, goal, lifeStage, guidelines, ranking, noInformation, List.of());
    }

    /**
     * This recommendation, saying how the names given were understood.
     *
     * @param names how the condition, goal and life stage names were understood (only those given)
     * @return a copy with {@code names}
     */
    public Recommendation withNames(List<NameMatch> names) {
        return new Recommendation(condition, goal, lifeStage, guidelines, ranking, noInformation, names);
    }

    /**
     * What ranks first: graded guideline recommendations for the condition addressed to the profession
     * (ordered among themselves by their normalised strength), then sourced statements about the condition
     * itself, then only about a condition of the same kind, whatever the scores.
     */
    public enum Support {
        /** Graded guideline recommendations for the condition, addressed to the profession. */
        GUIDELINE("graded guideline recommendations for the condition addressed to it"),
        /** Sourced statements about the condition itself. */
        DIRECT("sourced statements about the condition itself"),
        /** Only statements about a condition of the same kind. */
        SAME_KIND("no statement about the condition itself, only about a condition of the same kind");

        private final String description;

        Support(String description) {
            this.description = description;
        }

        /**
         * The support in words, for every output.
         *
         * @return the words
         */
        public String description() {
            return description;
        }
    }

    /**
     * A profession's place: its support; within {@link Support#GUIDELINE}, the strength of the
     * recommendations addressed to it ({@code guidelineRecommendations}, strongest first: more strong ones
     * first, then more moderate, then more weak); then its score, the sum of the weights of the rules it meets.
     *
     * @param rank                     its place, 1 = first
     * @param profession               the profession
     * @param support                  what ranks it
     * @param guidelineRecommendations the guideline recommendations addressed to it, strongest first
     * @param score                    the sum of the weights of the rules it meets
     * @param evidence                 the rules it meets, with their statements
     * @param notStated                what is not stated for it
     * @param whyLower                 why it ranks below the first (empty for the first)
     */
    public record Ranked(int rank, Term profession, Support support, List<GuidelineRecommendation> guidelineRecommendations,
                         int score, List<Evidence> evidence, List<String> notStated, List<String> whyLower) {
        /** Copies the lists, so that the place cannot change. */
        public Ranked {
            guidelineRecommendations = List.copyOf(guidelineRecommendations);
            evidence = List.copyOf(evidence);
            notStated = List.copyOf(notStated);
            whyLower = List.copyOf(whyLower);
        }
    }

    /**
     * A profession about which rehabkg's sources state nothing for the condition: not ranked, with what
     * they do state for the other inputs (the life stage, the goal), if anything.
     *
     * @param profession the profession
     * @param stated     what the sources state for the other inputs
     */
    public record NoInformation(Term profession, List<Evidence> stated) {
        /** Copies the list, so that it cannot change. */
        public NoInformation {
            stated = List.copyOf(stated);
        }
    }

    /**
     * A rule the profession meets, and the sourced statements by which it meets it.
     *
     * @param rule        the rule's name
     * @param explanation the rule in words
     * @param weight      its weight in the score
     * @param statements  the sourced statements by which it is met
     */
    public record Evidence(String rule, String explanation, int weight, List<Statement> statements) {
        /** Copies the list, so that the evidence cannot change. */
        public Evidence {
            statements = List.copyOf(statements);
        }
    }
}
