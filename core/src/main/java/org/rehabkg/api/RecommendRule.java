package org.rehabkg.api;

/**
 * The scoring of {@link RehabGraph#recommend}: each rule is a query under {@code recommend/} that
 * finds, for every profession, the sourced statements by which it meets the rule. A profession
 * scores a rule's weight once if it meets the rule at all, however many statements or sources
 * support it (so that a relation stated twice does not count double). Statements about the
 * condition itself weigh most; a condition of the same kind, the life stage alone, or an
 * intervention aimed at the goal weigh least. Weights order professions only within a
 * {@link Recommendation.Support} tier: no weight lets the same kind of condition outrank a
 * statement about the condition itself.
 */
enum RecommendRule {
    TREATS_CONDITION("treats-condition", 3, Needs.CONDITION, true, "treats the condition"),
    SERVES_POPULATION_WITH_CONDITION("serves-population-with-condition", 3, Needs.CONDITION, true,
            "serves a patient population with the condition"),
    TREATS_SAME_KIND("treats-same-kind", 1, Needs.CONDITION, false, "treats another condition of the same kind"),
    SERVES_POPULATION_AT_LIFE_STAGE("serves-population-at-life-stage", 2, Needs.LIFE_STAGE, true,
            "serves a population with the condition at the life stage"),
    SERVES_LIFE_STAGE("serves-life-stage", 1, Needs.LIFE_STAGE, false, "serves the life stage"),
    HAS_GOAL("has-goal", 3, Needs.GOAL, false, "has the treatment goal"),
    GOAL_TARGETS_FUNCTION("goal-targets-function", 2, Needs.GOAL, false, "has a treatment goal aimed at the functional area"),
    FOCUS_CONCERNS_FUNCTION("focus-concerns-function", 2, Needs.GOAL, false, "has a core focus concerning the functional area"),
    INTERVENTION_TARGETS_FUNCTION("intervention-targets-function", 1, Needs.GOAL, false,
            "uses an intervention aimed at the functional area");

    /** Which of the optional inputs a rule needs to be asked at all. */
    enum Needs { CONDITION, LIFE_STAGE, GOAL }

    final String id;
    final int weight;
    final Needs needs;
    /** Whether meeting the rule is a sourced statement about the condition itself (see {@link Recommendation.Support}). */
    final boolean aboutCondition;
    /** What a profession that meets the rule is stated to do: "treats the condition". */
    final String explanation;
    final InternalQuery query;

    RecommendRule(String id, int weight, Needs needs, boolean aboutCondition, String explanation) {
        this.id = id;
        this.weight = weight;
        this.needs = needs;
        this.aboutCondition = aboutCondition;
        this.explanation = explanation;
        this.query = InternalQuery.load("recommend/" + id);
    }
}
