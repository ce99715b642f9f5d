package org.rehabkg.server.web;

import org.rehabkg.api.Provenance;

/** What the templates need to cite a source (docs/provenance.md) beyond its record: where its links go. */
final class Citation {
    private Citation() {}

    /** The page of the evidence graph ("" when it has none). */
    static String graphHref(String cp, Provenance r) {
        String href = Html.href(cp, r.graph());
        return href == null ? "" : href;
    }

    /** The hover text of a brief citation: the source and its section. */
    static String hover(Provenance r) {
        return (r.sourceLabel() == null ? "" : r.sourceLabel()) + (r.section() == null ? "" : " — " + r.section());
    }

    /** The source's web page, if it has one on the web (never a {@code javascript:} or other IRI), or null. */
    static String webPage(Provenance r) {
        return r.url() == null || GraphView.inNamespace(r.url()) ? null : Html.href("", r.url());
    }
}
