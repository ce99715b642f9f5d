package org.rehabkg.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.rehabkg.api.GuidelineRecommendation;
import org.rehabkg.api.Recommendation;
import org.rehabkg.api.Statement;
import org.rehabkg.api.Term;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rehabkg recommend}: which profession fits a condition, ranked, with the statements behind it. */
@Command(name = "recommend")
public final class RecommendCommand extends AskVerb {
    @Option(names = "--condition", required = true, paramLabel = "NAME", description = "The condition, e.g. autism, stroke, arthritis.")
    String condition;

    @Option(names = "--goal", paramLabel = "NAME", description = "A treatment goal (reduce pain) or functional area (mobility).")
    String goal;

    @Option(names = "--life-stage", paramLabel = "NAME", description = "children, adolescents, adults or older adults.")
    String lifeStage;

    @Mixin
    TextOrJson output;

    @Override
    public Integer call() {
        Recommendation r = source.ask(g -> g.recommend(condition, goal, lifeStage));
        GuessedNames.report(r.names(), err());
        output.print(r, Json::recommendation, RecommendCommand::print);
        return Main.OK;
    }

    private static void print(Recommendation r, PrintWriter out) {
        out.printf("For %s%s%s:%n", r.condition().label(),
                r.lifeStage() == null ? "" : " (life stage: " + r.lifeStage().label() + ")",
                r.goal() == null ? "" : " with the goal " + r.goal().label());
        if (r.guidelines().isEmpty())
            out.printf("No clinical practice guideline in rehabkg covers %s (which does not mean that none exists).%n",
                    r.condition().label());
        else
            out.printf("Clinical practice guidelines in rehabkg that cover %s: %s.%n", r.condition().label(),
                    String.join("; ", r.guidelines().stream().map(Term::label).toList()));
        for (Recommendation.Ranked p : r.ranking()) {
            out.printf("%n%d. %s — %sscore %d (%s)%n", p.rank(), p.profession().label(), strength(p), p.score(),
                    p.support().description());
            printGuidelines(p.guidelineRecommendations(), out);
            printEvidence(p.evidence(), true, out);
            for (String n : p.notStated())
                out.printf("   - %s%n", n);
            if (!p.whyLower().isEmpty())
                out.printf("   ranks lower: %s%n", String.join("; ", p.whyLower()));
        }
        if (r.ranking().isEmpty())
            out.printf("%nNo profession has a sourced statement about this condition in rehabkg's sources.%n");
        for (Recommendation.NoInformation n : r.noInformation()) {
            out.printf("%n%s — no information here: rehabkg's sources state nothing about %s for it, which is not a low fit.%n",
                    n.profession().label(), r.condition().label());
            printEvidence(n.stated(), false, out);
        }
    }

    /** "guideline strength 20 strong, 10 moderate, 3 weak; ", counting recommendations "for" only; empty without any. */
    private static String strength(Recommendation.Ranked p) {
        Map<String, Long> byLevel = p.guidelineRecommendations().stream().filter(GuidelineRecommendation::isFor)
                .collect(Collectors.groupingBy(g -> g.level().label(), LinkedHashMap::new, Collectors.counting()));
        if (byLevel.isEmpty())
            return "";
        List<String> parts = new ArrayList<>();
        byLevel.forEach((level, n) -> parts.add(n + " " + level));
        return "guideline strength " + String.join(", ", parts) + "; ";
    }

    /** Each recommendation: [normalised level] intervention (direction) — grade as printed, guideline. */
    private static void printGuidelines(List<GuidelineRecommendation> recommendations, PrintWriter out) {
        if (recommendations.isEmpty())
            return;
        out.printf("   guideline recommendations addressed to it (normalised level, grade as the guideline prints it):%n");
        for (GuidelineRecommendation g : recommendations)
            out.printf("        [%s] %s (%s) — grade \"%s\", %s%n", g.level().label(), g.interventionLabels(), g.direction().label(),
                    g.grade(), g.guideline().label());
    }

    /** @param scored whether the weights count (a ranked profession) or the statements are only reported */
    private static void printEvidence(List<Recommendation.Evidence> evidence, boolean scored, PrintWriter out) {
        for (Recommendation.Evidence e : evidence) {
            out.printf(scored ? "   + %d  %s:%n" : "   stated that it %2$s:%n", e.weight(), e.explanation());
            for (Statement s : e.statements())
                out.printf("        %s  [%s]%n", s.describe(), Text.sources(s.sources()));
        }
    }
}
