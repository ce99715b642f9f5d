package org.rehabkg.api;

import java.util.List;

/**
 * How one profession is entered in one jurisdiction, as the sources state it (docs/model.md,
 * "Jurisdictions and regulation"): the entry-level education, the entry exam and the registration or
 * licence, each a {@link Requirement}. An empty list means no stored source states it there, not that
 * there is none. {@code isoCode} is the ISO 3166 code, or null.
 *
 * @param jurisdiction the jurisdiction
 * @param isoCode      its ISO 3166 code, or null
 * @param profession   the profession
 * @param education    the entry-level education required, by label
 * @param exams        the entry exams required, by label
 * @param licences     the registrations or licences required, by label
 */
public record WorldEntry(Term jurisdiction, String isoCode, Term profession, List<Requirement> education,
                         List<Requirement> exams, List<Requirement> licences) {
    /** Copies the lists, so that the entry cannot change. */
    public WorldEntry {
        education = List.copyOf(education);
        exams = List.copyOf(exams);
        licences = List.copyOf(licences);
    }

    /**
     * A credential required there: its level (for education: {@code bachelor}, {@code master},
     * {@code doctorate}, {@code vocational training}; else null), the bodies that run it (the exam's
     * administrator, the licence's issuer) and the sources of the requirement and of those bodies.
     *
     * @param credential the credential
     * @param level      its level (education only), or null
     * @param bodies     the bodies that run it, by label
     * @param sources    the sources of the requirement and of those bodies
     */
    public record Requirement(Term credential, String level, List<Term> bodies, List<Provenance> sources) {
        /** Copies the lists, so that the requirement cannot change. */
        public Requirement {
            bodies = List.copyOf(bodies);
            sources = List.copyOf(sources);
        }
    }
}
