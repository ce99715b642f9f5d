package org.rehabkg.server.web;

import java.util.List;

/** How pages cite the evidence graphs behind a statement (docs/provenance.md). */
final class Citation {
    private Citation() {}

    /** The provenance cell of an entity page: each evidence graph, or how else the triple got here. */
    static String cell(String cp, GraphView view, Statement s) {
        if (s.evidence().isEmpty())
            return s.inferred() ? "<span class=\"inferred\" title=\"added by the loader's inference rules\">inferred</span>"
                                : "<span class=\"curated\" title=\"our own curation (default graph)\">curated</span>";
        return list(s.evidence().stream().map(e -> full(cp, view, e)).toList());
    }

    /** Source title, section (linking to the evidence graph), dimensions, and the source's web page. */
    static String full(String cp, GraphView view, Evidence e) {
        StringBuilder b = new StringBuilder();
        b.append(e.source() == null ? Html.link(cp, view, e.graph()) : Html.link(cp, e.source(), e.sourceTitle()));
        if (e.section() != null)
            b.append(", ").append(Html.link(cp, e.graph(), e.section()));
        if (!e.dimensions().isEmpty())
            b.append(" <span class=\"dims\">(")
             .append(String.join(", ", e.dimensions().stream().map(dim -> Html.esc(view.label(dim))).toList()))
             .append(")</span>");
        return b.append(external(e)).toString();
    }

    /** The evidence graph's own label ("article, section 1: core focus"); the hover text has the rest. */
    static String brief(String cp, GraphView view, Evidence e) {
        String href = Html.href(cp, e.graph());
        String hover = (e.sourceTitle() == null ? "" : e.sourceTitle()) + (e.section() == null ? "" : " — " + e.section());
        return "<a href=\"" + Html.esc(href == null ? "" : href) + "\" title=\"" + Html.esc(hover) + "\">"
               + Html.esc(view.label(e.graph())) + "</a>" + external(e);
    }

    static String list(List<String> items) {
        StringBuilder b = new StringBuilder("<ul class=\"evidence\">");
        items.forEach(i -> b.append("<li>").append(i).append("</li>"));
        return b.append("</ul>").toString();
    }

    private static String external(Evidence e) {
        return e.sourceUrl() == null ? ""
                : " <a class=\"external\" rel=\"external\" href=\"" + Html.esc(e.sourceUrl()) + "\" title=\""
                  + Html.esc(e.sourceUrl()) + "\">↗</a>";
    }
}
