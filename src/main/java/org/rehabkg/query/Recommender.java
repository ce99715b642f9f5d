package org.rehabkg.query;

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
 * Ranks the professions for a condition, an optional goal and an optional life stage with the
 * weighted rules of {@link RecommendRule}, in the open world: a profession with no sourced statement
 * about the condition (or a condition of the same kind) is not ranked at all but listed as "no
 * information here". The ranked ones go by {@link Recommendation.Support} first (the condition itself
 * before the same kind of condition), then by score = sum of the weights of the rules met, then by label.
 */
final class Recommender {
    private final GraphIndex index;
    private final Function<Query, RowSet> select;

    Recommender(GraphIndex index, Function<Query, RowSet> select) {
        this.index = index;
        this.select = select;
    }

    Recommendation recommend(List<String> professions, String condition, String goal, String lifeStage) {
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
            Recommendation.Support support = support(rules);
            if (support == null)
                noInformation.add(new Recommendation.NoInformation(index.term(p), evidence(rules)));
            else
                unranked.add(new Recommendation.Ranked(0, index.term(p), support, score(rules), evidence(rules), List.of(), List.of()));
        });
        unranked.sort(Comparator.comparing(Recommendation.Ranked::support)
                                .thenComparing(Comparator.comparingInt(Recommendation.Ranked::score).reversed())
                                .thenComparing(r -> r.profession().label()));
        noInformation.sort(Comparator.comparing(n -> n.profession().label()));

        List<Recommendation.Ranked> ranking = new ArrayList<>();
        Map<RecommendRule, List<Statement>> best = unranked.isEmpty() ? Map.of() : met.get(unranked.get(0).profession().iri());
        for (int i = 0; i < unranked.size(); i++) {
            Recommendation.Ranked r = unranked.get(i);
            Map<RecommendRule, List<Statement>> mine = met.get(r.profession().iri());
            List<String> why = i == 0 ? List.of() : whyLower(best, mine);
            ranking.add(new Recommendation.Ranked(i + 1, r.profession(), r.support(), r.score(), r.evidence(),
                    notStated(asked, mine), why));
        }
        return new Recommendation(index.term(condition), goal == null ? null : index.term(goal),
                lifeStage == null ? null : index.term(lifeStage), ranking, noInformation);
    }

    /**
     * Whether, and how, the sources speak about the condition for this profession: directly, through a
     * condition of the same kind, or not at all (null: no information here, whatever else is stated).
     */
    private static Recommendation.Support support(Map<RecommendRule, List<Statement>> rules) {
        if (rules.keySet().stream().anyMatch(r -> r.aboutCondition))
            return Recommendation.Support.DIRECT;
        if (rules.containsKey(RecommendRule.TREATS_SAME_KIND))
            return Recommendation.Support.SAME_KIND;
        return null;
    }

    /** The rules asked and not met, said as what rehabkg's sources do not state. */
    private static List<String> notStated(List<RecommendRule> asked, Map<RecommendRule, List<Statement>> mine) {
        return asked.stream().filter(rule -> !mine.containsKey(rule))
                    .map(rule -> "not stated in rehabkg's sources that it " + rule.explanation).toList();
    }

    private void collect(RecommendRule rule, Map<String, String> params, Map<String, Map<RecommendRule, List<Statement>>> met) {
        Query q = rule.query.bind(params);
        Map<String, Map<List<Node>, List<SourceRef>>> byProfession = new LinkedHashMap<>();
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

    /** The rules the first-ranked profession meets and this one does not, as sentences. */
    private static List<String> whyLower(Map<RecommendRule, List<Statement>> best, Map<RecommendRule, List<Statement>> mine) {
        List<String> why = new ArrayList<>();
        for (RecommendRule rule : best.keySet())
            if (!mine.containsKey(rule))
                why.add("no sourced statement that it " + rule.explanation + " (" + rule.weight + ")");
        return why;
    }
}
