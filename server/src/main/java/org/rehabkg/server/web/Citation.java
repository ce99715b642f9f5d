package org.rehabkg.server.web;

import java.util.List;

import org.rehabkg.api.Provenance;
import org.rehabkg.api.Statement;
import org.rehabkg.api.Term;

/** How pages cite the sources behind a statement (docs/provenance.md), hedges included. */
final class Citation {
    private Citation() {}

    /** The provenance cell of an entity page: each source, or how else the triple got here. */
    static String cell(String cp, Statement s) {
        if (s.sources().isEmpty())
            return s.inferred() ? "<span class=\"inferred\" title=\"added by the loader's inference rules\">inferred</span>"
                                : "<span class=\"curated\" title=\"our own curation (default graph)\">curated</span>";
        return list(s.sources().stream().map(r -> full(cp, r)).toList());
    }

    /** Source title, section (linking to the evidence graph), dimensions, hedge, and the source's web page. */
    static String full(String cp, Provenance r) {
        StringBuilder b = new StringBuilder();
        b.append(r.source() == null ? Html.link(cp, r.graph(), r.describe()) : Html.link(cp, r.source(), label(r.sourceLabel(), r.source())));
        if (r.section() != null)
            b.append(", ").append(Html.link(cp, r.graph(), r.section()));
        if (!r.dimensions().isEmpty())
            b.append(" <span class=\"dims\">(")
             .append(String.join(", ", r.dimensions().stream().map(Term::label).map(Html::esc).toList()))
             .append(")</span>");
        return b.append(hedge(r)).append(external(r)).toString();
    }

    /** The evidence graph's own label ("article, section 3: patient populations (may)"); the hover text has the rest. */
    static String brief(String cp, Provenance r) {
        String href = Html.href(cp, r.graph());
        String hover = (r.sourceLabel() == null ? "" : r.sourceLabel()) + (r.section() == null ? "" : " — " + r.section());
        return "<a href=\"" + Html.esc(href == null ? "" : href) + "\" title=\"" + Html.esc(hover) + "\">"
               + Html.esc(r.describe()) + "</a>" + external(r);
    }

    static String list(List<String> items) {
        StringBuilder b = new StringBuilder("<ul class=\"evidence\">");
        items.forEach(i -> b.append("<li>").append(i).append("</li>"));
        return b.append("</ul>").toString();
    }

    /** The source's own qualifier, so that a hedged statement never reads as a firm one. */
    private static String hedge(Provenance r) {
        return r.hedge() == null ? ""
                : " <span class=\"hedge\" title=\"the source hedges this statement\">(" + Html.esc(r.hedge()) + ")</span>";
    }

    /** A link to the source's web page, if it has one on the web (never a {@code javascript:} or other IRI). */
    private static String external(Provenance r) {
        String href = r.url() == null || GraphView.inNamespace(r.url()) ? null : Html.href("", r.url());
        return href == null ? ""
                : " <a class=\"external\" rel=\"external\" href=\"" + Html.esc(href) + "\" title=\""
                  + Html.esc(href) + "\">↗</a>";
    }

    private static String label(String label, String iri) {
        return label != null ? label : iri;
    }
}
