package org.rehabkg.server.web;

import java.util.List;

import org.rehabkg.graph.Vocab;
import org.rehabkg.api.Comparison;
import org.rehabkg.api.GuidelineCoverage;
import org.rehabkg.api.RehabGraph;
import org.rehabkg.api.Share;
import org.rehabkg.api.Provenance;
import org.rehabkg.api.Term;

/**
 * The body of the comparison page: a {@link Comparison} of the API in the open world's words
 * ({@link Share}). Per dimension: its coverage, the differences a source states, then three columns
 * (stated for a and not for b, stated for both, stated for b and not for a) with the common ground
 * under "both", every item linked to its page and citing its sources and their hedges.
 */
final class ComparisonHtml {
    private final String cp;
    private final RehabGraph graph;

    ComparisonHtml(String contextPath, RehabGraph graph) {
        this.cp = contextPath;
        this.graph = graph;
    }

    String render(Comparison c, List<Term> professions) {
        String nameA = shortName(c.a()), nameB = shortName(c.b());
        StringBuilder h = new StringBuilder("<article class=\"compare\">\n<h1>")
                .append(link(c.a())).append(" and ").append(link(c.b())).append(" compared</h1>\n");
        h.append("<form class=\"pick\" method=\"get\" action=\"").append(Html.esc(cp)).append("/compare\">")
         .append(select("a", c.a(), professions)).append(" <span>and</span> ").append(select("b", c.b(), professions))
         .append(" <button type=\"submit\">Compare</button></form>\n")
         .append("<p class=\"hint\">What each profession is stated to be related to, dimension by dimension, in rehabkg's "
                 + "sources. “Stated for both” means the two are stated to have the same term. “Not stated for” means the "
                 + "sources do not say it, not that the profession does not do it: silence is not a difference. A "
                 + "difference is called one here when a source states it. Every item names the source section it rests on, and the "
                 + "source's own hedge (may, often …) where it has one.</p>\n")
         .append(guidelineCoverage(graph.guidelineCoverage(c.a().iri()), graph.guidelineCoverage(c.b().iri()), nameA, nameB));
        List<Term> gapsA = graph.noSourceFound(c.a().iri()), gapsB = graph.noSourceFound(c.b().iri());
        for (Comparison.Dimension d : c.dimensions()) {
            h.append("<section class=\"dimension\" id=\"").append(Html.esc(d.dimension().iri().substring(Vocab.NS.length()))).append("\">\n")
             .append("<h2>").append(d.order()).append(". ").append(link(d.dimension())).append("</h2>\n");
            if (d.definition() != null)
                h.append("<p class=\"definition\">").append(Html.esc(d.definition())).append("</p>\n");
            h.append(coverage(d.coverage(), nameA, nameB)).append(noSourceFound(d.dimension(), gapsA, nameA, gapsB, nameB))
             .append(contrasts(d.contrasts()));
            h.append("<div class=\"columns\">\n")
             .append(column("a-not-b", Share.A_NOT_B.describe(nameA, nameB), d.statedForANotB(), ""))
             .append(column("both", Share.BOTH.describe(nameA, nameB), d.statedForBoth(), common(d.commonGround(), nameA, nameB)))
             .append(column("b-not-a", Share.B_NOT_A.describe(nameA, nameB), d.statedForBNotA(), ""))
             .append("</div>\n</section>\n");
        }
        return h.append("</article>\n").toString();
    }

    /** How many guideline recommendations, from how many guidelines, address each profession. */
    private String guidelineCoverage(GuidelineCoverage a, GuidelineCoverage b, String nameA, String nameB) {
        return "<section class=\"guideline-coverage\"><h2>Clinical practice guidelines</h2>\n<ul>\n"
               + coverageItem(a, nameA) + coverageItem(b, nameB)
               + "</ul>\n<p class=\"hint\">Recommendations of the clinical practice guidelines in rehabkg addressed to each "
               + "profession. None means rehabkg holds no guideline addressed to it, not that none exists.</p></section>\n";
    }

    private String coverageItem(GuidelineCoverage c, String name) {
        return "<li class=\"profession\">" + link(c.profession()) + " (" + Html.esc(name) + "): "
               + count(c.recommendations(), "recommendation") + " from " + count(c.guidelines(), "guideline")
               + ", about " + count(c.conditions(), "condition") + "</li>\n";
    }

    /** How many sources and items each side has here, so that a reader sees where the graph is thin. */
    private static String coverage(Comparison.Coverage c, String nameA, String nameB) {
        return "<p class=\"coverage\">Coverage: " + Html.esc(nameA) + " " + count(c.sourcesA(), "source") + " ("
               + count(c.itemsA(), "item") + ") · " + Html.esc(nameB) + " " + count(c.sourcesB(), "source") + " ("
               + count(c.itemsB(), "item") + ")</p>\n";
    }

    /**
     * The explicit "no source found" marker ({@code rkg:noSourceFoundFor}) of each profession that has it
     * for this dimension: the sources were searched and none states it, which a zero count alone cannot say.
     */
    private static String noSourceFound(Term dimension, List<Term> gapsA, String nameA, List<Term> gapsB, String nameB) {
        StringBuilder b = new StringBuilder();
        for (String name : new String[] { marked(gapsA, dimension) ? nameA : null, marked(gapsB, dimension) ? nameB : null })
            if (name != null)
                b.append("<p class=\"no-source-found\">No source found for ").append(Html.esc(name))
                 .append(" in this dimension: the public authoritative sources were searched and none states it "
                         + "(which does not mean the profession has nothing here).</p>\n");
        return b.toString();
    }

    private static boolean marked(List<Term> gaps, Term dimension) {
        return gaps.stream().anyMatch(g -> g.iri().equals(dimension.iri()));
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The differences a source states in this dimension: the only ones this page calls differences. */
    private String contrasts(List<Comparison.StatedContrast> contrasts) {
        if (contrasts.isEmpty())
            return "";
        StringBuilder b = new StringBuilder("<div class=\"contrasts\"><h3>Difference stated by a source</h3>\n<ul>\n");
        for (Comparison.StatedContrast s : contrasts) {
            b.append("<li>").append(link(s.contrast()));
            if (s.definition() != null)
                b.append(": ").append(Html.esc(s.definition()));
            b.append(citations(s.sources())).append("</li>\n");
        }
        return b.append("</ul></div>\n").toString();
    }

    private String column(String cls, String title, List<Comparison.Item> items, String extra) {
        StringBuilder b = new StringBuilder("<div class=\"col ").append(cls).append("\"><h3>").append(Html.esc(title)).append("</h3>\n");
        if (items.isEmpty()) {
            b.append("<p class=\"none\">").append(extra.isEmpty() ? "nothing stated" : "nothing stated directly").append("</p>");
        } else {
            b.append("<ul>\n");
            for (Comparison.Item i : items)
                b.append("<li><span class=\"rel\">").append(Html.esc(labels(i.relations()))).append("</span> ")
                 .append(link(i.item())).append(citations(i.sources())).append("</li>\n");
            b.append("</ul>\n");
        }
        return b.append(extra).append("</div>\n").toString();
    }

    /** The terms both reach through items stated for one of them, under the "both" column. */
    private String common(List<Comparison.CommonGround> grounds, String nameA, String nameB) {
        if (grounds.isEmpty())
            return "";
        StringBuilder b = new StringBuilder("<h4>Common ground through items stated for one of them</h4>\n<ul class=\"common\">\n");
        for (Comparison.CommonGround g : grounds)
            b.append("<li>").append(link(g.term()))
             .append("<p class=\"via\">").append(Html.esc(nameA)).append(" via ").append(links(g.viaA()))
             .append("; ").append(Html.esc(nameB)).append(" via ").append(links(g.viaB())).append("</p>")
             .append(citations(g.sources())).append("</li>\n");
        return b.append("</ul>\n").toString();
    }

    /** Each source as the entity pages cite it: the evidence graph, its hedge and the source's web page. */
    private String citations(List<Provenance> sources) {
        return Citation.list(sources.stream().map(s -> Citation.brief(cp, s)).toList());
    }

    private static String select(String name, Term selected, List<Term> professions) {
        StringBuilder s = new StringBuilder("<select name=\"").append(name).append("\" aria-label=\"profession ").append(name).append("\">");
        for (Term p : professions) {
            String slug = p.iri().substring(Vocab.NS.length());
            s.append("<option value=\"").append(Html.esc(slug)).append("\"").append(p.iri().equals(selected.iri()) ? " selected" : "")
             .append(">").append(Html.esc(p.label())).append("</option>");
        }
        return s.append("</select>").toString();
    }

    /** "OT" rather than "occupational therapy" where the data gives an abbreviation. */
    private String shortName(Term profession) {
        return graph.abbreviation(profession.iri()).orElse(profession.label());
    }

    private String link(Term t) {
        return Html.link(cp, t);
    }

    private String links(List<Term> terms) {
        return String.join(", ", terms.stream().map(this::link).toList());
    }

    private static String labels(List<Term> terms) {
        return String.join(", ", terms.stream().map(Term::label).toList());
    }
}
