package org.rehabkg.server.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.rehabkg.graph.Vocab;
import org.rehabkg.api.GuidelineRecommendation;
import org.rehabkg.api.RehabGraph;
import org.rehabkg.api.Team;
import org.rehabkg.api.Term;
import org.rehabkg.query.UnknownNameException;

/**
 * {@code /team?condition=stroke}: the rehabilitation team for a condition as the API reads it
 * ({@link RehabGraph#team}, the record {@code rehabkg team} prints): one row per profession a source
 * says addresses it, with how, the interventions it is stated to use (with the guideline strength
 * naming them) and the guideline recommendations addressed to it, every statement citing its sources;
 * then the professions the sources do not name, in the open world's words. Labels follow
 * {@link PageLanguage}. A condition name that matches nothing is a 404 with the nearest one.
 */
final class TeamPage extends HttpServlet {
    static final String DEFAULT_CONDITION = "stroke";

    private final transient CurrentGraph graph;

    TeamPage(CurrentGraph graph) {
        this.graph = graph;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String cp = request.getContextPath();
        String asked = request.getParameter("condition");
        String name = asked == null || asked.isBlank() ? DEFAULT_CONDITION : asked.strip();
        if (name.startsWith(Vocab.NS))
            name = name.substring(Vocab.NS.length());
        RehabGraph g = graph.get().inLanguage(PageLanguage.of(request));
        List<Term> conditions = g.conditions();
        Team team;
        try {
            team = g.team(name);
        } catch (UnknownNameException e) {
            StringBuilder body = new StringBuilder("<article class=\"not-found\"><h1>Unknown condition</h1><p><code>")
                    .append(Html.esc(e.name())).append("</code> is not a condition in rehabkg.</p>");
            e.suggestion().ifPresent(s -> body.append("<p class=\"suggestion\">Did you mean <a href=\"").append(Html.esc(cp))
                    .append("/team?condition=").append(Html.esc(URLEncoder.encode(s, StandardCharsets.UTF_8))).append("\">").append(Html.esc(s)).append("</a>?</p>"));
            body.append(form(cp, null, conditions)).append("</article>");
            Html.send(response, HttpServletResponse.SC_NOT_FOUND, Html.page(cp, "Unknown condition", "", body.toString(), g.professions()));
            return;
        }
        Html.send(response, HttpServletResponse.SC_OK,
                Html.page(cp, "The team for " + team.condition().label(), "", render(cp, g, team, conditions), g.professions()));
    }

    private static String render(String cp, RehabGraph g, Team t, List<Term> conditions) {
        String c = Html.esc(t.condition().label());
        StringBuilder h = new StringBuilder("<article class=\"team\">\n<h1>The rehabilitation team for ")
                .append(Html.link(cp, t.condition())).append("</h1>\n").append(form(cp, t.condition(), conditions))
                .append("<p class=\"hint\">The professions rehabkg's sources say address ").append(c)
                .append(": they treat it, serve a population that has it, or a clinical practice guideline about it addresses them. ")
                .append("Each intervention is one the profession is stated to use (a source need not tie it to ").append(c)
                .append("); its guideline strength is shown where a guideline recommendation about ").append(c)
                .append(", addressed to the profession, names it. Every statement cites its source. "
                        + "A profession under “not stated here” is one the sources do not name for this condition, "
                        + "not one that does not address it.</p>\n");
        if (t.members().isEmpty())
            h.append("<p class=\"none\">No profession is stated to address ").append(c).append(" in rehabkg's sources.</p>\n");
        else {
            h.append("<table class=\"team-table\">\n<thead><tr><th scope=\"col\">profession</th><th scope=\"col\">addresses ")
             .append(c).append("</th><th scope=\"col\">interventions stated for it</th>")
             .append("<th scope=\"col\">guideline recommendations about ").append(c).append(" addressed to it</th></tr></thead>\n<tbody>\n");
            for (Team.Member m : t.members())
                h.append(row(cp, g, t, m));
            h.append("</tbody></table>\n");
        }
        if (!t.notStated().isEmpty())
            h.append("<section class=\"not-stated\"><h2>Not stated here</h2>\n<p>rehabkg's sources do not say these professions address ")
             .append(c).append(" (which does not mean they do not): ")
             .append(String.join(", ", t.notStated().stream().map(p -> Html.link(cp, p)).toList())).append(".</p></section>\n");
        return h.append("</article>\n").toString();
    }

    private static String row(String cp, RehabGraph g, Team t, Team.Member m) {
        StringBuilder r = new StringBuilder("<tr class=\"member\" data-profession=\"")
                .append(Html.esc(slug(m.profession()))).append("\">\n<th scope=\"row\">")
                .append(Html.link(cp, m.profession()));
        g.abbreviation(m.profession().iri()).ifPresent(a -> r.append(" <span class=\"abbr\">(").append(Html.esc(a)).append(")</span>"));
        r.append(gaps(m.noSourceFound())).append("</th>\n<td class=\"bases\">");
        if (m.bases().isEmpty())
            r.append("<p class=\"none\">through guideline recommendations (right)</p>");
        for (Team.Basis b : m.bases())
            r.append("<p>").append(b.population() == null ? "treats " + Html.link(cp, t.condition())
                            : "serves " + Html.link(cp, b.population()))
             .append("</p>").append(Citation.list(b.sources().stream().map(s -> Citation.brief(cp, s)).toList()));
        r.append("</td>\n<td class=\"interventions\">");
        if (m.interventions().isEmpty())
            r.append("<p class=\"none\">none stated in rehabkg's sources</p>");
        else {
            r.append("<ul>");
            for (Team.Intervention i : m.interventions())
                r.append("<li>").append(Html.link(cp, i.intervention())).append(strength(i.recommendations()))
                 .append(Citation.list(i.sources().stream().map(s -> Citation.brief(cp, s)).toList())).append("</li>");
            r.append("</ul>");
        }
        r.append("</td>\n<td class=\"recommendations\">");
        if (m.recommendations().isEmpty())
            r.append("<p class=\"none\">none in rehabkg</p>");
        else {
            r.append("<ul>");
            for (GuidelineRecommendation rec : m.recommendations())
                r.append("<li class=\"").append(Html.esc(rec.level().iri().substring(rec.level().iri().lastIndexOf('/') + 1))).append("\">")
                 .append("<span class=\"level\">").append(Html.esc(rec.level().label())).append("</span> ")
                 .append(rec.isFor() ? "" : "<strong class=\"direction\">" + Html.esc(rec.direction().label()) + ":</strong> ")
                 .append(String.join(", ", rec.interventions().stream().map(i -> Html.link(cp, i)).toList()))
                 .append(" — grade <q class=\"grade\">").append(Html.esc(rec.grade())).append("</q>, ")
                 .append(Html.link(cp, rec.guideline())).append(" <a class=\"details\" href=\"")
                 .append(Html.esc(Html.href(cp, rec.recommendation().iri()))).append("\">details</a></li>");
            r.append("</ul>");
        }
        return r.append("</td>\n</tr>\n").toString();
    }

    /** The guideline strength of an intervention for this condition and profession, as level and grade. */
    private static String strength(List<GuidelineRecommendation> recommendations) {
        if (recommendations.isEmpty())
            return "";
        return " <span class=\"strength\">(guideline: " + String.join("; ", recommendations.stream()
                .map(r -> Html.esc(r.level().label() + (r.isFor() ? "" : ", " + r.direction().label()) + ", grade " + r.grade()))
                .distinct().toList()) + ")</span>";
    }

    /** The dimensions searched without finding a source for this profession (rkg:noSourceFoundFor). */
    private static String gaps(List<Term> dimensions) {
        if (dimensions.isEmpty())
            return "";
        return "<p class=\"no-source-found\">no source found for: "
               + String.join(", ", dimensions.stream().map(d -> Html.esc(d.label())).toList()) + "</p>";
    }

    private static String form(String cp, Term selected, List<Term> conditions) {
        StringBuilder s = new StringBuilder("<form class=\"pick\" method=\"get\" action=\"").append(Html.esc(cp))
                .append("/team\"><label>Condition <select name=\"condition\">");
        for (Term c : conditions)
            s.append("<option value=\"").append(Html.esc(slug(c))).append("\"")
             .append(selected != null && c.iri().equals(selected.iri()) ? " selected" : "").append(">")
             .append(Html.esc(c.label())).append("</option>");
        return s.append("</select></label> <button type=\"submit\">Show the team</button></form>\n").toString();
    }

    /** The local name of a rehabkg IRI, or the whole IRI for another. */
    private static String slug(Term t) {
        return t.iri().startsWith(Vocab.NS) ? t.iri().substring(Vocab.NS.length()) : t.iri();
    }
}
