package org.rehabkg.query;

import java.util.List;

/**
 * Which professions fit a condition (and optionally a goal and a life stage), best first. Each
 * ranked profession carries the rules it met with their weights and supporting statements, and,
 * below the first, the rules the first met that it did not ({@code whyLower}).
 */
public record Recommendation(Term condition, Term goal, Term lifeStage, List<Ranked> ranking) {
    public Recommendation {
        ranking = List.copyOf(ranking);
    }

    /** A profession's place: its score is the sum of the weights of the rules it meets. */
    public record Ranked(int rank, Term profession, int score, List<Evidence> evidence, List<String> whyLower) {
        public Ranked {
            evidence = List.copyOf(evidence);
            whyLower = List.copyOf(whyLower);
        }
    }

    /** A rule the profession meets, and the sourced statements by which it meets it. */
    public record Evidence(String rule, String explanation, int weight, List<Statement> statements) {
        public Evidence {
            statements = List.copyOf(statements);
        }
    }
}
