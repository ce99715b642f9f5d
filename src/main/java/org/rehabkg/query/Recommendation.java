package org.rehabkg.query;

import java.util.List;

/**
 * Which professions fit a condition (and optionally a goal and a life stage), best first, in the open
 * world: only a profession with a sourced statement about the condition (or, weaker, about a condition
 * of the same kind) is ranked; the others are listed in {@code noInformation}, because rehabkg's
 * sources say nothing about them here, which is not a low fit. Each ranked profession carries the
 * rules it met with their weights and supporting statements, what is not stated for it
 * ({@code notStated}) and, below the first, the rules the first met that it did not ({@code whyLower}).
 */
public record Recommendation(Term condition, Term goal, Term lifeStage, List<Ranked> ranking, List<NoInformation> noInformation) {
    public Recommendation {
        ranking = List.copyOf(ranking);
        noInformation = List.copyOf(noInformation);
    }

    /**
     * What ranks first: a statement about the condition itself always outranks one about a condition of
     * the same kind, whatever the scores. The seam for guideline recommendations (not in the graph yet):
     * they would be a tier above {@link #DIRECT}, ordered by their strength.
     */
    public enum Support {
        DIRECT("sourced statements about the condition itself"),
        SAME_KIND("no statement about the condition itself, only about a condition of the same kind");

        private final String description;

        Support(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /** A profession's place: its support, then its score, the sum of the weights of the rules it meets. */
    public record Ranked(int rank, Term profession, Support support, int score, List<Evidence> evidence,
                         List<String> notStated, List<String> whyLower) {
        public Ranked {
            evidence = List.copyOf(evidence);
            notStated = List.copyOf(notStated);
            whyLower = List.copyOf(whyLower);
        }
    }

    /**
     * A profession about which rehabkg's sources state nothing for the condition: not ranked, with what
     * they do state for the other inputs (the life stage, the goal), if anything.
     */
    public record NoInformation(Term profession, List<Evidence> stated) {
        public NoInformation {
            stated = List.copyOf(stated);
        }
    }

    /** A rule the profession meets, and the sourced statements by which it meets it. */
    public record Evidence(String rule, String explanation, int weight, List<Statement> statements) {
        public Evidence {
            statements = List.copyOf(statements);
        }
    }
}
