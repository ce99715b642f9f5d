package org.rehabkg.server.web;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.rehabkg.api.RehabGraph;
import org.rehabkg.api.Provenance;
import org.rehabkg.api.Term;
import org.rehabkg.api.WorldEntry;

/**
 * {@code /world}: how the professions are entered in each jurisdiction, as the API reads it
 * ({@link RehabGraph#world}): one row per country and profession with the entry-level education and
 * its level, the entry exam and who runs it, the registration or licence and who issues it, each
 * citing its sources. An empty cell says no stored source states it. No map: the data holds no
 * coordinates, and a map drawn from ours would be unsourced. Labels follow {@link PageLanguage}.
 */
final class WorldPage extends HttpServlet {
    private final transient CurrentGraph graph;

    WorldPage(CurrentGraph graph) {
        this.graph = graph;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String cp = request.getContextPath();
        RehabGraph g = graph.get().inLanguage(PageLanguage.of(request));
        Html.send(response, HttpServletResponse.SC_OK,
                Html.page(cp, "The professions around the world", "", render(cp, g.world()), g.professions()));
    }

    private static String render(String cp, List<WorldEntry> entries) {
        long countries = entries.stream().map(e -> e.jurisdiction().iri()).distinct().count();
        StringBuilder h = new StringBuilder("<article class=\"world\">\n<h1>The professions around the world</h1>\n")
                .append("<p class=\"hint\">How one enters each profession in ").append(countries)
                .append(countries == 1 ? " country" : " countries")
                .append(", as rehabkg's sources state it: the entry-level education and its level, the entry exam and who runs it, "
                        + "the registration or licence and who issues it. An empty cell means no stored source states it, "
                        + "not that there is none. The named queries under <code>world/</code> ask the same data "
                        + "(how to become one in a country, which require a master's, regulators and protected titles).</p>\n")
                .append("<table class=\"world-table\">\n<thead><tr><th scope=\"col\">country</th><th scope=\"col\">profession</th>")
                .append("<th scope=\"col\">entry-level education</th><th scope=\"col\">entry exam (run by)</th>")
                .append("<th scope=\"col\">regulator (registration or licence)</th><th scope=\"col\">sources</th></tr></thead>\n<tbody>\n");
        for (WorldEntry e : entries) {
            Set<Provenance> sources = new LinkedHashSet<>();
            for (List<WorldEntry.Requirement> list : List.of(e.education(), e.exams(), e.licences()))
                list.forEach(r -> sources.addAll(r.sources()));
            h.append("<tr data-iso=\"").append(Html.esc(e.isoCode() == null ? "" : e.isoCode())).append("\"><th scope=\"row\">")
             .append(Html.link(cp, e.jurisdiction()))
             .append(e.isoCode() == null ? "" : " <span class=\"iso\">" + Html.esc(e.isoCode()) + "</span>")
             .append("</th><td>").append(Html.link(cp, e.profession())).append("</td>")
             .append(cell(cp, e.education(), true)).append(cell(cp, e.exams(), false)).append(regulators(cp, e.licences()))
             .append("<td>").append(Citation.list(sources.stream().distinct().map(s -> Citation.brief(cp, s)).toList()))
             .append("</td></tr>\n");
        }
        if (entries.isEmpty())
            h.append("<tr><td colspan=\"6\" class=\"none\">No jurisdiction-scoped credential is stated in rehabkg's sources.</td></tr>\n");
        return h.append("</tbody></table>\n</article>\n").toString();
    }

    /** The credentials, each with its level (education) or the body that runs it (exams). */
    private static String cell(String cp, List<WorldEntry.Requirement> requirements, boolean level) {
        StringBuilder b = new StringBuilder("<td>");
        if (!requirements.isEmpty()) {
            b.append("<ul>");
            for (WorldEntry.Requirement r : requirements) {
                b.append("<li>");
                if (level && r.level() != null)
                    b.append("<span class=\"level\">").append(Html.esc(r.level())).append("</span>: ");
                b.append(Html.link(cp, r.credential()));
                if (!level && !r.bodies().isEmpty())
                    b.append(" (").append(links(cp, r.bodies())).append(")");
                b.append("</li>");
            }
            b.append("</ul>");
        }
        return b.append("</td>").toString();
    }

    /** The bodies that issue the registrations or licences, each linked, with the credential on hover. */
    private static String regulators(String cp, List<WorldEntry.Requirement> licences) {
        StringBuilder b = new StringBuilder("<td>");
        if (!licences.isEmpty()) {
            b.append("<ul>");
            for (WorldEntry.Requirement r : licences)
                b.append("<li>").append(r.bodies().isEmpty() ? "<span class=\"none\">issuer not stated</span>" : links(cp, r.bodies()))
                 .append(" <span class=\"credential\">(").append(Html.link(cp, r.credential())).append(")</span></li>");
            b.append("</ul>");
        }
        return b.append("</td>").toString();
    }

    private static String links(String cp, List<Term> terms) {
        return String.join(", ", terms.stream().map(t -> Html.link(cp, t)).toList());
    }
}
