package org.rehabkg.server.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rehabkg.server.Http.enc;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rehabkg.server.Http;
import org.rehabkg.server.TestServer;

/**
 * Issue 18 §5: what clients no one here wrote send. SPARQLWrapper's format names, rdflib's
 * {@code Accept} headers, a client that sends no {@code Accept} at all, and the headers that keep
 * the pages from being sniffed or framed.
 */
class CommonClientsTest {
    static final String CONSTRUCT = "CONSTRUCT WHERE { <https://w3id.org/rehabkg/occupational-therapy> a ?t }";
    static final String SELECT = "SELECT ?t WHERE { <https://w3id.org/rehabkg/occupational-therapy> a ?t }";
    @RegisterExtension
    static final TestServer served = TestServer.readOnly();

    @ParameterizedTest(name = "format={0}")
    @CsvSource({ "n3, text/turtle", "rdf+xml, application/rdf+xml", "rdf, application/rdf+xml", "turtle, text/turtle" })
    void sparqlWrapperFormatNamesAreAccepted(String format, String type) {
        HttpResponse<String> r = Http.get(served.url() + "rehab/sparql?query=" + enc(CONSTRUCT) + "&format=" + enc(format));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(type), r.headers().toString());
        assertTrue(r.body().contains("Profession"), r.body());
    }

    /** Over a raw socket: Java's HttpClient would add headers of its own. */
    @Test
    void withNoAcceptHeaderResultsAreJsonAndGraphsTurtle() {
        Client.RawResponse select = Client.rawGet(served.server(), "/rehab/sparql?query=" + enc(SELECT));
        assertEquals(200, select.status(), select.text());
        assertTrue(select.header("Content-Type").startsWith("application/sparql-results+json"), select.head());
        Client.RawResponse construct = Client.rawGet(served.server(), "/rehab/sparql?query=" + enc(CONSTRUCT));
        assertEquals(200, construct.status(), construct.text());
        assertTrue(construct.header("Content-Type").startsWith("text/turtle"), construct.head());
    }

    /** rdflib's Graph.parse(url, format="nt" / "n3") asks for these. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({ "'text/plain, */*;q=0.1', application/n-triples", "'text/n3, */*;q=0.1', text/turtle" })
    void rdflibGetsRdfFromAnEntityPage(String accept, String type) {
        HttpResponse<String> r = Http.get(served.url() + "rehabkg/occupational-therapy", "Accept", accept);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(type), r.headers().toString());
        assertTrue(r.body().contains("Profession"), r.body());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "rehabkg/occupational-therapy", "compare?a=occupational-therapy&b=physical-therapy",
                             "static/rehabkg.css", "rehabkg/mappings/" })
    void pagesAreNotSniffedNorFramed(String path) {
        HttpResponse<String> r = Http.get(served.url() + path);
        assertEquals(200, r.statusCode(), path);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
        assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(null), path);
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'"), csp);
    }
}
