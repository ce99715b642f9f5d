package org.rehabkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.rehabkg.api.GuidelineRecommendation;
import org.rehabkg.api.Team;
import org.rehabkg.api.Term;

/**
 * How {@code rehabkg team} prints a {@link Team}: a markdown report, CSV rows (one per statement) or
 * JSON, in the open world's words: a profession the sources do not name is "not stated here".
 */
final class TeamFormat {
    private TeamFormat() {}

    static final String OPEN_WORLD_NOTE = "Open world: a profession listed as not stated is one that rehabkg's sources do not say "
            + "addresses the condition, not one that does not. An intervention is the profession's, as a source states it; "
            + "a guideline strength is shown where a guideline recommendation about the condition, addressed to the profession, names it.";

    /** The CSV columns: one row per basis, intervention, guideline recommendation, checked gap or profession not stated. */
    static final String[] CSV_HEADER = { "condition", "profession", "profession_iri", "aspect", "item", "item_iri", "guideline_level",
                                         "guideline_grade", "guideline", "sources" };

    /** @param abbreviation a profession's abbreviation (OT), or null */
    static void write(ReportVerb.Format format, Team team, Function<Term, String> abbreviation, PrintWriter out) {
        switch (format) {
            case MARKDOWN -> markdown(team, abbreviation, out);
            case CSV -> csv(team, out);
            case JSON -> Output.write(out, os -> org.apache.jena.atlas.json.JSON.write(os, json(team)));
        }
        out.flush();
    }

    private static void markdown(Team t, Function<Term, String> abbreviation, PrintWriter out) {
        String c = t.condition().label();
        out.printf("# The team for %s%n%n%s%n", c, OPEN_WORLD_NOTE);
        if (t.members().isEmpty())
            out.printf("%nNo profession is stated to address %s in rehabkg's sources.%n", c);
        for (Team.Member m : t.members()) {
            String abbr = abbreviation.apply(m.profession());
            out.printf("%n## %s%s%n%n", m.profession().label(), abbr == null ? "" : " (" + abbr + ")");
            if (m.bases().isEmpty())
                out.printf("Addresses %s: through guideline recommendations only (below).%n", c);
            for (Team.Basis b : m.bases())
                out.printf("Addresses %s: %s [%s]%n", c, basis(b, c), Text.sources(b.sources()));
            if (m.interventions().isEmpty()) {
                out.printf("%nInterventions: none stated in rehabkg's sources.%n");
            } else {
                out.printf("%n| intervention | guideline strength for %s | sources |%n|---|---|---|%n", c);
                for (Team.Intervention i : m.interventions())
                    out.printf("| %s | %s | %s |%n", cell(i.intervention().label()), cell(strength(i.recommendations())),
                            cell(Text.sources(i.sources())));
            }
            if (!m.recommendations().isEmpty()) {
                out.printf("%nGuideline recommendations about %s addressed to it (normalised level, grade as printed):%n%n", c);
                for (GuidelineRecommendation r : m.recommendations())
                    out.printf("- [%s] %s (%s) — grade \"%s\", %s%n", r.level().label(), r.interventionLabels(),
                            r.direction().label(), r.grade(), r.guideline().label());
            }
            if (!m.noSourceFound().isEmpty())
                out.printf("%nNo source found (searched, none states it) for: %s%n", Text.labels(m.noSourceFound()));
        }
        if (!t.notStated().isEmpty())
            out.printf("%n## Not stated here%n%nrehabkg's sources do not say these address %s: %s%n", c, Text.labels(t.notStated()));
    }

    /** "treats stroke", or "serves adults with stroke". */
    private static String basis(Team.Basis b, String condition) {
        return b.population() == null ? "treats " + condition : "serves " + b.population().label();
    }

    /** "strong (grade A, AOTA 2023); weak (…)", or "" when no guideline recommendation names it. */
    static String strength(List<GuidelineRecommendation> recommendations) {
        return String.join("; ", recommendations.stream().map(r -> r.level().label() + (r.isFor() ? "" : " " + r.direction().label())
                + " (grade " + r.grade() + ", " + r.guideline().label() + ")").distinct().toList());
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static void csv(Team t, PrintWriter out) {
        // Not closed: closing the printer would close the command's output.
        try {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get());
            String c = t.condition().label();
            for (Team.Member m : t.members()) {
                String p = m.profession().label(), pi = m.profession().iri();
                for (Team.Basis b : m.bases())
                    csv.printRecord(c, p, pi, b.population() == null ? "treats_condition" : "serves_population",
                            b.population() == null ? c : b.population().label(),
                            b.population() == null ? t.condition().iri() : b.population().iri(), "", "", "", Text.sources(b.sources()));
                for (Team.Intervention i : m.interventions())
                    csv.printRecord(c, p, pi, "intervention", i.intervention().label(), i.intervention().iri(),
                            String.join("; ", i.recommendations().stream().map(r -> r.level().label()).toList()),
                            String.join("; ", i.recommendations().stream().map(GuidelineRecommendation::grade).toList()),
                            String.join("; ", i.recommendations().stream().map(r -> r.guideline().label()).toList()),
                            Text.sources(i.sources()));
                for (GuidelineRecommendation r : m.recommendations())
                    csv.printRecord(c, p, pi, "guideline_recommendation", r.interventionLabels(), r.recommendation().iri(),
                            r.level().label(), r.grade(), r.guideline().label(), Text.sources(r.sources()));
                for (Term d : m.noSourceFound())
                    csv.printRecord(c, p, pi, "no_source_found", d.label(), d.iri(), "", "", "", "");
            }
            for (Term n : t.notStated())
                csv.printRecord(c, n.label(), n.iri(), "not_stated", "", "", "", "", "", "");
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonObject json(Team t) {
        JsonObject o = new JsonObject();
        o.put("condition", Json.term(t.condition()));
        JsonArray members = new JsonArray();
        for (Team.Member m : t.members()) {
            JsonObject mo = new JsonObject();
            mo.put("profession", Json.term(m.profession()));
            JsonArray bases = new JsonArray();
            for (Team.Basis b : m.bases()) {
                JsonObject bo = new JsonObject();
                if (b.population() != null)
                    bo.put("population", Json.term(b.population()));
                bo.put("sources", Json.sources(b.sources()));
                bases.add(bo);
            }
            mo.put("bases", bases);
            JsonArray interventions = new JsonArray();
            for (Team.Intervention i : m.interventions()) {
                JsonObject io = new JsonObject();
                io.put("intervention", Json.term(i.intervention()));
                io.put("sources", Json.sources(i.sources()));
                io.put("recommendations", recommendations(i.recommendations()));
                interventions.add(io);
            }
            mo.put("interventions", interventions);
            mo.put("recommendations", recommendations(m.recommendations()));
            mo.put("noSourceFound", Json.terms(m.noSourceFound()));
            members.add(mo);
        }
        o.put("members", members);
        o.put("notStated", Json.terms(t.notStated()));
        return o;
    }

    private static JsonArray recommendations(List<GuidelineRecommendation> recommendations) {
        JsonArray a = new JsonArray();
        for (GuidelineRecommendation r : recommendations) {
            JsonObject o = new JsonObject();
            o.put("recommendation", Json.term(r.recommendation()));
            o.put("guideline", Json.term(r.guideline()));
            o.put("interventions", Json.terms(r.interventions()));
            o.put("direction", Json.term(r.direction()));
            o.put("grade", r.grade());
            o.put("level", Json.term(r.level()));
            o.put("sources", Json.sources(r.sources()));
            a.add(o);
        }
        return a;
    }
}
