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
 * <li>{@code /team?condition=…} the professions a source says address a condition, and how;</li>
 * <li>{@code /world} entry education, exam and regulator per country and profession;</li>
 * <li>{@code /rehabkg/mappings/} the SSSOM mapping sets, each at the path of its {@code mapping_set_id};</li>
 * <li>{@code /static/…} our stylesheet and script, and YASGUI from its WebJar.</li>
 * </ul>
 * See docs/web.md.
 */
public final class WebUi {
    /** The dataset's path, relative to the server's context path. */
    static final String DATASET = "/rehab";
    /** The SPARQL query endpoint the query page talks to, relative to the server's context path. */
    public static final String ENDPOINT = DATASET + "/sparql";

    private WebUi() {}

    /** @param mappingSets the SSSOM files by name ({@link org.rehabkg.graph.MappingSets#read}) */
    public static void install(FusekiServer.Builder builder, Dataset dataset, QueryCatalog catalog, Map<String, byte[]> mappingSets) {
        GraphView view = new GraphView(dataset);
        CurrentGraph graph = new CurrentGraph(dataset, catalog);
        // The pages read through one API object per version of the data; a write that may change it
        // (when updates are enabled) drops it. Where no write endpoint exists, the filters never fire.
        for (String write : new String[] { DATASET + "/data", DATASET + "/update" })
            builder.addFilter(write, new RebuildAfterWrite(graph::dataChanged));
        StaticFiles.install(builder);
        builder.addServlet("", new HomePage(catalog, ENDPOINT, graph))
               .addServlet(Html.ENTITY_PATH + "*", new EntityServlet(view, graph))
               .addServlet("/compare", new ComparePage(graph))
               .addServlet("/team", new TeamPage(graph))
               .addServlet("/world", new WorldPage(graph))
               .addServlet(MappingSetsPage.PATH + "*", new MappingSetsPage(mappingSets));
    }
}
