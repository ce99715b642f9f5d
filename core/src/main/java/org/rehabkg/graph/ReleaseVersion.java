package org.rehabkg.graph;

import java.time.LocalDate;

/**
 * What a release is called, and the one place its version IRI and date come from. A release is
 * named by its date, as OBO releases are ({@code releases/YYYY-MM-DD/rehabkg.owl}); the ontology
 * files carry no version of their own, so the served graph and a release cannot disagree about it.
 *
 * @param date     the release date, also its name
 * @param software the rehabkg build that wrote it (the jar's version, or {@code dev} from classes)
 */
public record ReleaseVersion(LocalDate date, String software) {
    /** The ontology's IRI, which every release shares (the header in {@code ontology/rehabkg.ttl}). */
    public static final String ONTOLOGY_IRI = Vocab.NS + "ontology";
    /** Where the releases live: {@code releases/<date>/<file>}. */
    public static final String RELEASES = Vocab.NS + "releases/";

    /** A release made on {@code date} by the running build. */
    public static ReleaseVersion on(LocalDate date) {
        String v = ReleaseVersion.class.getPackage().getImplementationVersion();
        return new ReleaseVersion(date, v == null ? "dev" : v);
    }

    /** The release's name and {@code owl:versionInfo}: its ISO date. */
    public String name() {
        return date.toString();
    }

    /** The IRI of {@code file} in this release, e.g. the version IRI for {@code rehabkg.owl}. */
    public String iri(String file) {
        return RELEASES + name() + "/" + file;
    }

    /** {@code owl:versionIRI} of the release. */
    public String versionIri() {
        return iri(Release.OWL);
    }
}
