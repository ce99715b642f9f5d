package org.rehabkg.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pages share one API object per version of the data: an accepted SPARQL Update makes them read
 * the data again. And they show labels in the language asked for ({@code ?lang=}, Accept-Language),
 * falling back to English. Its own server, because it changes the data.
 */
class PagesFollowUpdatesTest {
    private static TestSite site;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        site = TestSite.start();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static String get(String path, String language) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(site.url(path)));
        if (language != null)
            b.header("Accept-Language", language);
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    @Test
    void anAcceptedUpdateIsShownAndLabelsFollowTheLanguageAsked() throws Exception {
        assertTrue(get("/compare?lang=sv", null).contains(">physical therapy</a> compared"), "no Swedish label yet: English");
        HttpResponse<String> update = http.send(HttpRequest.newBuilder(URI.create(site.url("/rehab/update")))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                        INSERT DATA { <https://w3id.org/rehabkg/physical-therapy> rdfs:label "Fysioterapi"@sv }
                        """)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(update.statusCode() < 300, update.body());

        assertTrue(get("/compare?lang=sv", null).contains(">Fysioterapi</a> compared"), "read again after the update");
        assertTrue(get("/compare", "sv-SE,sv;q=0.9,en;q=0.5").contains(">Fysioterapi</a> compared"), "Accept-Language");
        String english = get("/compare", null);
        assertTrue(english.contains(">physical therapy</a> compared"), "English first without a language asked for");
        assertFalse(english.contains("Fysioterapi"));
        assertTrue(get("/rehabkg/physical-therapy?lang=sv", null).contains("<h1>Fysioterapi</h1>"), "the entity page too");
        assertTrue(get("/rehabkg/physical-therapy?lang=%3Cscript%3E", null).contains("<h1>physical therapy</h1>"),
                "a tag that is no language is ignored");
    }

    /**
     * Found by the fuzz run (seed -480561196083497023): after an update gave an entity an IRI as its
     * rdfs:label, every page that lists the professions (entity pages, /compare) was a 500.
     */
    @Test
    void aLabelThatIsNoLiteralIsNotShownAndBreaksNoPage() throws Exception {
        HttpResponse<String> update = http.send(HttpRequest.newBuilder(URI.create(site.url("/rehab/update")))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                        INSERT DATA { <https://w3id.org/rehabkg/occupational-therapy> rdfs:label <https://w3id.org/rehabkg/Profession> }
                        """)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(update.statusCode() < 300, update.body());
        assertTrue(get("/rehabkg/occupational-therapy", null).contains("<h1>occupational therapy</h1>"));
        assertTrue(get("/compare", null).contains(">occupational therapy</a>"));
    }
}
