package org.rehabkg.server.web;

import java.util.Map;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.rehabkg.query.QueryCatalog;

/**
 * The pages for people, added to a Fuseki server that serves the dataset at {@code /rehab}:
 * <ul>
 * <li>{@code /} the query page (YASGUI on {@value #ENDPOINT} and the named-query gallery);</li>
 * <li>{@code /rehabkg/X} the page or RDF description of {@code https://w3id.org/rehabkg/X};</li>
 * <li>{@code /compare?a=…&b=…} two professions compared along the five dimensions;</li>
 * <li>{@code /rehabkg/mappings/} the SSSOM mapping sets, each at the path of its {@code mapping_set_id};</li>
 * <li>{@code /static/…} our stylesheet and script, and YASGUI from its WebJar.</li>
 * </ul>
 * See docs/web.md.
 */
public final class WebUi {
    /** The SPARQL query endpoint the query page talks to, relative to the server's context path. */
    public static final String ENDPOINT = "/rehab/sparql";

    private WebUi() {}

    /** @param mappingSets the SSSOM files by name ({@link org.rehabkg.graph.MappingSets#read}) */
    public static void install(FusekiServer.Builder builder, Dataset dataset, QueryCatalog catalog, Map<String, byte[]> mappingSets) {
        GraphView view = new GraphView(dataset);
        builder.addServlet("", new HomePage(catalog, ENDPOINT))
               .addServlet("/static/*", new StaticServlet())
               .addServlet(Html.ENTITY_PATH + "*", new EntityServlet(view))
               .addServlet("/compare", new ComparePage(view, dataset, catalog))
               .addServlet(MappingSetsPage.PATH + "*", new MappingSetsPage(mappingSets));
    }
}
