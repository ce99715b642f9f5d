package org.rehabkg.server.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.rehabkg.query.NamedQuery;
import org.rehabkg.query.QueryCatalog;
import org.rehabkg.query.QueryParam;

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
        String head = """
                      <link rel="stylesheet" href="%1$s/static/yasgui/yasgui.min.css">
                      <script defer src="%1$s/static/yasgui/yasgui.min.js"></script>
                      <script defer src="%1$s/static/chart.js"></script>
                      <script defer src="%1$s/static/home.js"></script>
                      """.formatted(Html.esc(cp));
        StringBuilder main = new StringBuilder();
        main.append("""
                    <div class="home">
                    <aside class="gallery" aria-labelledby="gallery-title">
                    <h2 id="gallery-title">Query gallery</h2>
                    <p class="hint">Click a title to load the query into the editor, then press the run button.
                    A parameter left as a variable matches every value; replace it (for example
                    <code>?profession</code> by <code>rkg:occupational-therapy</code>) to fix it.</p>
                    <ul class="queries">
                    """);
        for (NamedQuery q : catalog.all())
            main.append(card(q));
        if (catalog.all().isEmpty())
            main.append("<li>No named queries are installed.</li>\n");
        main.append("""
                    </ul>
                    </aside>
                    <section class="editor" aria-label="SPARQL editor">
                    <h1>Query the rehabkg knowledge graph</h1>
                    <p>SPARQL endpoint: <code id="endpoint" data-endpoint="%1$s">%1$s</code>.
                    The default graph holds everything (with inferences); each source section is a named graph.
                    Browse entities from <a href="%2$s/rehabkg/occupational-therapy">occupational therapy</a>,
                    see <a href="%2$s/team">the team for a condition</a>, <a href="%2$s/compare">compare two professions</a>
                    or <a href="%2$s/world">how each is entered around the world</a>.%4$s</p>
                    <div id="yasgui"></div>
                    %3$s
                    <noscript>The editor needs JavaScript; the endpoint also answers plain HTTP requests.</noscript>
                    </section>
                    </div>
                    """.formatted(Html.esc(cp + endpointPath), Html.esc(cp), defaultQuery(), downloads(cp)));
        Html.send(response, HttpServletResponse.SC_OK, Html.page(cp, "SPARQL query", head, main.toString(), graph.get().professions()));
    }

    /** The text a new editor tab opens with ({@code home.js} reads it), if the catalog has that query. */
    private String defaultQuery() {
        return catalog.contains(DEFAULT_QUERY)
               ? "<pre id=\"default-query\" hidden>" + Html.esc(catalog.get(DEFAULT_QUERY).text()) + "</pre>" : "";
    }

    /** A link to the release files, where the server offers them (read-only servers). */
    private String downloads(String cp) {
        if (getServletContext().getAttribute("org.rehabkg.dumps") == null)
            return "";
        return "\nDownload the whole graph: <a href=\"" + Html.esc(cp) + "/dumps/\">N-Quads, Turtle, OWL, SSSOM and checksums</a>.";
    }

    private static String card(NamedQuery q) {
        StringBuilder b = new StringBuilder();
        String id = Html.esc(q.id());
        b.append("<li class=\"query\" data-query-id=\"").append(id).append("\">\n")
         .append("<h3><button type=\"button\" class=\"load\">").append(Html.esc(q.title())).append("</button></h3>\n")
         .append("<p>").append(Html.esc(q.description())).append("</p>\n");
        if (!q.params().isEmpty()) {
            b.append("<dl class=\"params\">\n");
            for (QueryParam p : q.params())
                b.append("<dt><code>?").append(Html.esc(p.name())).append("</code> <span class=\"type\">")
                 .append(Html.esc(p.type().label())).append("</span></dt><dd>").append(Html.esc(p.description())).append("</dd>\n");
            b.append("</dl>\n");
        }
        b.append("<p class=\"meta\"><code>").append(id).append("</code> · <a class=\"share\" href=\"?query=")
         .append(Html.esc(URLEncoder.encode(q.text(), StandardCharsets.UTF_8).replace("+", "%20")))
         .append("\">share link</a></p>\n")
         .append("<pre class=\"text\" hidden>").append(Html.esc(q.text())).append("</pre>\n")
         .append("</li>\n");
        return b.toString();
    }
}
