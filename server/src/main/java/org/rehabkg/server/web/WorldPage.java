package org.rehabkg.server.web;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.rehabkg.api.RehabGraph;
import org.rehabkg.api.Provenance;
import org.rehabkg.api.WorldEntry;

/**
 * {@code /world}: how the professions are entered in each jurisdiction, as the API reads it
 * ({@link RehabGraph#world}), drawn by {@code world.jte}: one row per country and profession with the
 * entry-level education and its level, the entry exam and who runs it, the registration or licence and
 * who issues it, each citing its sources. An empty cell says no stored source states it. No map: the
 * data holds no coordinates, and a map drawn from ours would be unsourced. Labels follow {@link PageLanguage}.
 */
final class WorldPage extends GraphPage {
    WorldPage(CurrentGraph graph) {
        super(graph);
    }

    @Override
    void get(HttpServletRequest request, HttpServletResponse response, String cp, RehabGraph g) throws IOException {
        Html.send(response, HttpServletResponse.SC_OK, "world.jte", Map.of("cp", cp, "professions", g.professions(), "entries", g.world()));
    }

    /** The sources of a row: those of its education, exams and licences, each once. */
    static List<Provenance> sources(WorldEntry e) {
        Set<Provenance> sources = new LinkedHashSet<>();
        for (List<WorldEntry.Requirement> list : List.of(e.education(), e.exams(), e.licences()))
            list.forEach(r -> sources.addAll(r.sources()));
        return List.copyOf(sources);
    }
}
