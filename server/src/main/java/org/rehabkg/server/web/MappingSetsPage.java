package org.rehabkg.server.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.rehabkg.query.NearestName;

/**
 * {@code /rehabkg/mappings/}: the SSSOM mapping sets, each at the path of its {@code mapping_set_id}
 * ({@code https://w3id.org/rehabkg/mappings/mesh.sssom.tsv} → {@code /rehabkg/mappings/mesh.sssom.tsv}),
 * served as the files are, with an index page. They are read once at start (a few kilobytes each):
 * a request never touches the file system. An unknown name gets a 404 with the nearest set.
 */
final class MappingSetsPage extends ItemServlet {
    static final String PATH = Html.ENTITY_PATH + "mappings/";
    private static final String TSV = "text/tab-separated-values;charset=utf-8";

    private final transient Map<String, byte[]> sets;

    MappingSetsPage(Map<String, byte[]> sets) {
        this.sets = sets;
    }

    @Override
    void index(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Html.send(response, HttpServletResponse.SC_OK, "mappingSets.jte", Map.of("cp", request.getContextPath(), "names", sets.keySet()));
    }

    @Override
    void item(HttpServletRequest request, HttpServletResponse response, String name) throws IOException {
        String cp = request.getContextPath();
        byte[] set = sets.get(name);
        if (set == null) {
            Optional<String> nearest = NearestName.among(name, List.copyOf(sets.keySet()));
            Html.send(response, HttpServletResponse.SC_NOT_FOUND, "notFound.jte", Map.of("cp", cp, "title", "Unknown mapping set",
                    "name", name, "notA", "a mapping set", "nearest", nearest, "nearestHref", cp + PATH + nearest.orElse(""),
                    "more", Html.content("allMappingSets.jte", Map.of("cp", cp))));
            return;
        }
        response.setContentType(TSV);
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.setContentLength(set.length);
        response.getOutputStream().write(set);
    }
}
