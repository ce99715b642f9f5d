package org.rehabkg.server.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.rehabkg.query.NearestName;

/**
 * {@code /rehabkg/mappings/}: the SSSOM mapping sets, each at the path of its {@code mapping_set_id}
 * ({@code https://w3id.org/rehabkg/mappings/mesh.sssom.tsv} → {@code /rehabkg/mappings/mesh.sssom.tsv}),
 * served as the files are, with an index page. They are read once at start (a few kilobytes each):
 * a request never touches the file system. An unknown name gets a 404 with the nearest set.
 */
final class MappingSetsPage extends HttpServlet {
    static final String PATH = Html.ENTITY_PATH + "mappings/";
    private static final String TSV = "text/tab-separated-values;charset=utf-8";

    private final transient Map<String, byte[]> sets;

    MappingSetsPage(Map<String, byte[]> sets) {
        this.sets = sets;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String cp = request.getContextPath();
        String name = Html.subPath(request);
        if (name.isEmpty()) {
            Html.send(response, HttpServletResponse.SC_OK, Html.page(cp, "Mapping sets", "", index(cp)));
            return;
        }
        byte[] set = sets.get(name);
        if (set == null) {
            Html.send(response, HttpServletResponse.SC_NOT_FOUND, Html.page(cp, "Unknown mapping set", "", unknown(cp, name)));
            return;
        }
        response.setContentType(TSV);
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.setContentLength(set.length);
        response.getOutputStream().write(set);
    }

    private String index(String cp) {
        StringBuilder b = new StringBuilder("<article><h1>Mapping sets</h1><p>Links from rehabkg concepts to external code systems,"
                + " one <a href=\"https://mapping-commons.github.io/sssom/\">SSSOM</a> set per scheme, each row with its"
                + " justification and the public source its code was checked in. The same links are in the graph"
                + " (query <code>mappings/crosswalk</code>, <code>mappings/coverage</code>).</p><ul class=\"mapping-sets\">");
        for (String name : sets.keySet())
            b.append("<li><a href=\"").append(Html.esc(cp + PATH + name)).append("\">").append(Html.esc(name)).append("</a></li>");
        return b.append("</ul></article>").toString();
    }

    private String unknown(String cp, String name) {
        List<String> names = List.copyOf(sets.keySet());
        Optional<String> nearest = NearestName.among(name, names);
        StringBuilder b = new StringBuilder("<article class=\"not-found\"><h1>Unknown mapping set</h1><p><code>")
                .append(Html.esc(name)).append("</code> is not a rehabkg mapping set.</p>");
        nearest.ifPresent(n -> b.append("<p class=\"suggestion\">Did you mean <a href=\"").append(Html.esc(cp + PATH + n))
                                .append("\">").append(Html.esc(n)).append("</a>?</p>"));
        return b.append("<p><a href=\"").append(Html.esc(cp + PATH)).append("\">All mapping sets</a></p></article>").toString();
    }
}
