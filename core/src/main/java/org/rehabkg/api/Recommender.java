package org.rehabkg.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.RowSet;

/**
 * Ranks the professions for a condition, an optional goal and an optional life stage, in the open world:
 * a profession with neither a guideline recommendation nor a sourced statement about the condition (or a
 * condition of the same kind) is not ranked at all but listed as "no information here". The ranked ones
 * go by {@link Recommendation.Support} first (graded guideline recommendations addressed to it, then the
 * condition itself, then the same kind of condition); within the guideline tier by the strength of the
 * recommendations "for" an intervention addressed to it (more strong ones first, then more moderate, then
 * more weak, then more insufficient); then by score = sum of the weights of the {@link RecommendRule}s
 * met; then by label.
 */
record Recommender(GraphIndex index, Function<Query, RowSet> select) {
    /** @param guidelines every guideline recommendation for the condition, strongest first */
    Recommendation recommend(List<String> professions, String condition, String goal, String lifeStage,
                             List<GuidelineRecommendation> guidelines) {
        Map<String, String> params = new HashMap<>();
        params.put("condition", condition);
        if (goal != null)
            params.put("goal", goal);
        if (lifeStage != null)
            params.put("lifeStage", lifeStage);

        Map<String, Map<RecommendRule, List<Statement>>> met = new LinkedHashMap<>();
        professions.forEach(p -> met.put(p, new EnumMap<>(RecommendRule.class)));
        List<RecommendRule> asked = new ArrayList<>();
        for (RecommendRule rule : RecommendRule.values()) {
            if (rule.needs == RecommendRule.Needs.GOAL && goal == null
                    || rule.needs == RecommendRule.Needs.LIFE_STAGE && lifeStage == null)
                continue;
            asked.add(rule);
            collect(rule, params, met);
        }

        List<Recommendation.Ranked> unranked = new ArrayList<>();
        List<Recommendation.NoInformation> noInformation = new ArrayList<>();
        met.forEach((p, rules) -> {
            List<GuidelineRecommendation> addressed = guidelines.stream().filter(g -> g.addresses(p)).toList();
            Recommendation.Support support = support(rules, addressed);
            if (support == null)
                noInformation.add(new Recommendation.NoInformation(index.term(p), evidence(rules)));
            else
                unranked.add(new Recommendation.Ranked(0, index.term(p), support, addressed, score(rules), evidence(rules),
                        List.of(), List.of()));
        });
        unranked.sort(Comparator.comparing(Recommendation.Ranked::support)
                                .thenComparing(r -> strength(r.guidelineRecommendations()), Recommender::strongerFirst)
                                .thenComparing(Comparator.comparingInt(Recommendation.Ranked::score).reversed())
                                .thenComparing(r -> r.profession().label()));
        noInformation.sort(Comparator.comparing(n -> n.profession().label()));

        List<Recommendation.Ranked> ranking = new ArrayList<>();
        Recommendation.Ranked first = unranked.isEmpty() ? null : unranked.get(0);
        for (int i = 0; i < unranked.size(); i++) {
            Recommendation.Ranked r = unranked.get(i);
            Map<RecommendRule, List<Statement>> mine = met.get(r.profession().iri());
            List<String> why = i == 0 ? List.of() : whyLower(first, met.get(first.profession().iri()), r, mine, guidelines);
            ranking.add(new Recommendation.Ranked(i + 1, r.profession(), r.support(), r.guidelineRecommendations(), r.score(),
                    r.evidence(), notStated(asked, mine), why));
        }
        return new Recommendation(index.term(condition), goal == null ? null : index.term(goal),
                lifeStage == null ? null : index.term(lifeStage), covering(guidelines), ranking, noInformation);
    }

    /**
     * Whether, and how, the sources speak about the condition for this profession: through guideline
     * recommendations for an intervention, directly (a statement about the condition, or a guideline
     * recommendation against an intervention or finding the evidence insufficient), through a condition of
     * the same kind, or not at all (null: no information here, whatever else is stated).
     */
    private static Recommendation.Support support(Map<RecommendRule, List<Statement>> rules, List<GuidelineRecommendation> addressed) {
        if (addressed.stream().anyMatch(GuidelineRecommendation::isFor))
            return Recommendation.Support.GUIDELINE;
        if (!addressed.isEmpty() || rules.keySet().stream().anyMatch(r -> r.aboutCondition))
            return Recommendation.Support.DIRECT;
        if (rules.containsKey(RecommendRule.TREATS_SAME_KIND))
            return Recommendation.Support.SAME_KIND;
        return null;
    }

    /** How many recommendations "for" an intervention there are at each strength rank (index 0 = rank 1, strong). */
    private static int[] strength(List<GuidelineRecommendation> addressed) {
        int max = addressed.stream().mapToInt(GuidelineRecommendation::strengthRank).max().orElse(0);
        int[] counts = new int[max];
        for (GuidelineRecommendation g : addressed)
            if (g.isFor())
                counts[g.strengthRank() - 1]++;
        return counts;
    }

    /** More recommendations at the strongest level where two profiles differ ranks first. */
    private static int strongerFirst(int[] a, int[] b) {
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            int x = i < a.length ? a[i] : 0, y = i < b.length ? b[i] : 0;
            if (x != y)
                return Integer.compare(y, x);
        }
        return 0;
    }

    /** The guidelines that cover the condition, newest first, then by label. */
    private static List<Term> covering(List<GuidelineRecommendation> guidelines) {
        Map<String, GuidelineRecommendation> byGuideline = new LinkedHashMap<>();
        guidelines.forEach(g -> byGuideline.putIfAbsent(g.guideline().iri(), g));
        return byGuideline.values().stream()
                .sorted(Comparator.comparing((GuidelineRecommendation g) -> g.year() == null ? "" : g.year()).reversed()
                                  .thenComparing(g -> g.guideline().label()))
                .map(GuidelineRecommendation::guideline).toList();
    }

    /** The rules asked and not met, said as what rehabkg's sources do not state. */
    private static List<String> notStated(List<RecommendRule> asked, Map<RecommendRule, List<Statement>> mine) {
        return asked.stream().filter(rule -> !mine.containsKey(rule))
                    .map(rule -> "not stated in rehabkg's sources that it " + rule.explanation).toList();
    }

    private void collect(RecommendRule rule, Map<String, String> params, Map<String, Map<RecommendRule, List<Statement>>> met) {
        Query q = rule.query.bind(params);
        Map<String, Map<List<Node>, List<Provenance>>> byProfession = new LinkedHashMap<>();
        select.apply(q).forEachRemaining(b -> {
            String p = b.get("profession").getURI();
            if (!met.containsKey(p))
                return;
            byProfession.computeIfAbsent(p, k -> new LinkedHashMap<>())
                        .computeIfAbsent(List.of(b.get("profession"), b.get("property"), b.get("object")), k -> new ArrayList<>())
                        .add(index.source(b.get("graph").getURI()));
        });
        byProfession.forEach((p, statements) -> {
            List<Statement> list = new ArrayList<>();
            statements.forEach((t, sources) -> list.add(new Statement(index.term(t.get(0)), index.term(t.get(1)), index.term(t.get(2)), sources)));
            list.sort(Comparator.comparing(s -> s.object().label()));
            met.get(p).put(rule, list);
        });
    }

    private static int score(Map<RecommendRule, List<Statement>> rules) {
        return rules.keySet().stream().mapToInt(r -> r.weight).sum();
    }

    private static List<Recommendation.Evidence> evidence(Map<RecommendRule, List<Statement>> rules) {
        List<Recommendation.Evidence> out = new ArrayList<>();
        rules.forEach((rule, statements) -> out.add(new Recommendation.Evidence(rule.id, rule.explanation, rule.weight, statements)));
        return out;
    }

    /**
     * Why a profession ranks below the first, as sentences: the guideline strength it lacks (at the
     * strongest level where the two differ), then the rules the first meets and it does not.
     */
    private List<String> whyLower(Recommendation.Ranked first, Map<RecommendRule, List<Statement>> best, Recommendation.Ranked me,
                            Map<RecommendRule, List<Statement>> mine, List<GuidelineRecommendation> guidelines) {
        List<String> why = new ArrayList<>();
        String condition = guidelines.isEmpty() ? "the condition" : guidelines.get(0).condition().label();
        if (first.support() == Recommendation.Support.GUIDELINE && me.support() != Recommendation.Support.GUIDELINE)
            why.add("no guideline recommendation in rehabkg for an intervention for " + condition + " is addressed to it");
        else if (first.support() == Recommendation.Support.GUIDELINE) {
            int[] a = strength(first.guidelineRecommendations()), b = strength(me.guidelineRecommendations());
            for (int i = 0; i < Math.max(a.length, b.length); i++) {
                int x = i < a.length ? a[i] : 0, y = i < b.length ? b[i] : 0;
                if (x != y) {
                    why.add(y + " " + levelLabel(guidelines, i + 1) + " guideline recommendation" + (y == 1 ? "" : "s")
                            + " addressed to it, against " + x + " to " + first.profession().label());
                    break;
                }
            }
        }
        for (RecommendRule rule : best.keySet())
            if (!mine.containsKey(rule))
                why.add("no sourced statement that it " + rule.explanation + " (" + rule.weight + ")");
        return why;
    }

    /** The label of the normalised level of a strength rank, as the recommendations carry it. */
    private static String levelLabel(List<GuidelineRecommendation> guidelines, int rank) {
        return guidelines.stream().filter(g -> g.strengthRank() == rank).map(g -> g.level().label()).findFirst()
                         .orElse("rank " + rank);
    }
}
