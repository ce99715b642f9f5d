package org.rehabkg.server.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.rehabkg.query.NamedQuery;
import org.rehabkg.query.QueryCatalog;

/**
 * {@code /}: YASGUI on the SPARQL endpoint beside a gallery of the named queries. The gallery is
 * rendered here, so it reads without JavaScript; {@code home.js} only wires clicks to the editor.
 */
final class HomePage extends HttpServlet {
    /** The named query the editor opens with: the team and what each profession does. */
    static final String DEFAULT_QUERY = "team-overview";

    private final QueryCatalog catalog;
    private final String endpointPath;
    private final transient CurrentGraph graph;

    HomePage(QueryCatalog catalog, String endpointPath, CurrentGraph graph) {
        this.catalog = catalog;
        this.endpointPath = endpointPath;
        this.graph = graph;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String cp = request.getContextPath();
        Optional<NamedQuery> defaultQuery = catalog.contains(DEFAULT_QUERY) ? Optional.of(catalog.get(DEFAULT_QUERY)) : Optional.empty();
        // The link to the release files, where the server offers them (read-only servers).
        boolean downloads = getServletContext().getAttribute("org.rehabkg.dumps") != null;
        Html.send(response, HttpServletResponse.SC_OK, "home.jte", Map.of("cp", cp, "professions", graph.get().professions(),
                "endpoint", cp + endpointPath, "queries", catalog.all(), "defaultQuery", defaultQuery, "downloads", downloads));
    }

    /** The query's text as the value of {@code ?query=}, as YASGUI reads it from a shared link. */
    static String shareParameter(NamedQuery q) {
        return URLEncoder.encode(q.text(), StandardCharsets.UTF_8).replace("+", "%20");
    }
}
