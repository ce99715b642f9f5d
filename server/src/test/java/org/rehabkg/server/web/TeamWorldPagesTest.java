package org.rehabkg.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rehabkg.api.RehabGraph;
import org.rehabkg.api.Term;
import org.rehabkg.api.WorldEntry;

/**
 * The team, world and navigation pages over real HTTP on a real server (port 0): what the API reads
 * ({@link RehabGraph#team}, {@link RehabGraph#world}, {@link RehabGraph#professions}) is what the pages
 * show; the compare page's "no source found" marker; pages in another language.
 */
class TeamWorldPagesTest {
    private static TestSite site;
    private static RehabGraph api;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        site = TestSite.start();
        api = RehabGraph.over(site.dataset, site.catalog);
    }

    @AfterAll
    static void stop() {
        api.close();
        site.close();
    }

    private static HttpResponse<String> get(String path, String language) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(site.url(path)));
        if (language != null)
            b.header("Accept-Language", language);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String ok(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path, null);
        assertEquals(200, r.statusCode(), path + "\n" + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
        return r.body();
    }

    /** The rows of the team table: the profession slug of each. */
    private static List<String> rows(String html, String rowClass, String attribute) {
        Matcher m = Pattern.compile("<tr class=\"" + rowClass + "\" " + attribute + "=\"([^\"]*)\"").matcher(html);
        return m.results().map(r -> r.group(1)).toList();
    }

    @Test
    void teamPageShowsWhoAddressesAConditionWithSourcesAndStrength() throws Exception {
        String html = ok("/team?condition=stroke");
        assertTrue(html.contains("<h1>The rehabilitation team for <a href=\"/rehabkg/stroke\""), html);
        List<String> members = api.team("stroke").members().stream().map(m -> m.profession().iri().replace("https://w3id.org/rehabkg/", "")).toList();
        assertEquals(List.of("occupational-therapy", "physical-therapy", "speech-language-pathology"), members);
        assertEquals(members, rows(html, "member", "data-profession"), "one row per member, in the API's order");
        String slp = html.substring(html.indexOf("data-profession=\"speech-language-pathology\""));
        slp = slp.substring(0, slp.indexOf("</tr>"));
        assertTrue(slp.contains("treats <a href=\"/rehabkg/stroke\""), slp);
        assertTrue(slp.contains("augmentative and alternative communication</a>"), slp);
        assertTrue(slp.contains("<ul class=\"evidence\"><li><a href=\"/rehabkg/graph/"), "each statement cites its evidence graph: " + slp);
        String ot = html.substring(html.indexOf("data-profession=\"occupational-therapy\""), html.indexOf("data-profession=\"physical-therapy\""));
        assertTrue(ot.contains("<span class=\"strength\">(guideline: strong, grade "), "guideline strength of a stated intervention: " + ot);
        assertTrue(ot.contains("<span class=\"level\">strong</span> <a href=\"/rehabkg/mirror-therapy\""), ot);
        assertTrue(html.contains("<h2>Not stated here</h2>"), html);
        assertTrue(html.contains("(which does not mean they do not)"), html);
        assertFalse(html.contains(" only "), "open world: no profession is said to be the only one");
        assertTrue(html.contains("<option value=\"hearing-loss\">"), "the condition picker lists the conditions");
    }

    @Test
    void teamPageMarksCheckedGapsAndKnowsOtherConditions() throws Exception {
        String html = ok("/team?condition=hearing-loss");
        assertTrue(html.contains("data-profession=\"audiology\""), html);
        // a near miss resolves, a name far from any is a 404 with the picker
        assertTrue(ok("/team?condition=strok").contains("The rehabilitation team for <a href=\"/rehabkg/stroke\""));
        HttpResponse<String> bad = get("/team?condition=%3Cscript%3Ezzzz", null);
        assertEquals(404, bad.statusCode());
        assertTrue(bad.body().contains("<code>&lt;script&gt;zzzz</code> is not a condition in rehabkg."), bad.body());
        assertFalse(bad.body().contains("<script>zzzz"), "escaped");
    }

    @Test
    void worldPageHasARowPerCountryAndProfessionWithRegulatorAndExam() throws Exception {
        String html = ok("/world");
        List<WorldEntry> entries = api.world();
        assertTrue(entries.stream().map(e -> e.jurisdiction().iri()).distinct().count() >= 6, "six countries: " + entries);
        assertEquals(entries.size(), Pattern.compile("<tr data-iso=\"").matcher(html).results().count(), "one row per entry");
        String de = html.substring(html.indexOf("<tr data-iso=\"DE\""));
        de = de.substring(0, de.indexOf("</tr>"));
        assertTrue(de.contains("occupational therapy</a>"), de);
        assertTrue(de.contains("<span class=\"level\">vocational training</span>"), de);
        assertTrue(de.contains("state examination for occupational therapists (Germany)</a> (<a href=\"/rehabkg/german-examination-boards\""),
                "the exam and who runs it: " + de);
        assertTrue(de.contains("competent health authorities of the German Länder</a>"), "the regulator: " + de);
        assertTrue(de.contains("<ul class=\"evidence\">"), "sources: " + de);
        assertTrue(html.contains("<tr data-iso=\"CA\""), html);
    }

    @Test
    void navigationListsEveryProfessionFromTheGraph() throws Exception {
        List<Term> professions = api.professions();
        assertEquals(12, professions.size());
        for (String path : List.of("/", "/team", "/world", "/compare", "/rehabkg/stroke")) {
            String html = ok(path);
            String menu = html.substring(html.indexOf("<details class=\"professions\">"), html.indexOf("</details>"));
            for (Term p : professions)
                assertTrue(menu.contains(">" + p.label() + "</a></li>"), path + " lists " + p.label());
        }
        String compare = ok("/compare");
        for (Term p : professions)
            assertTrue(compare.contains(">" + p.label() + "</option>"), "the compare picker lists " + p.label());
    }

    @Test
    void homePageOpensWithTheTeamQuery() throws Exception {
        String html = ok("/");
        assertTrue(html.contains("<pre id=\"default-query\" hidden>"), html);
        String text = html.substring(html.indexOf("<pre id=\"default-query\" hidden>"));
        assertTrue(text.contains("rkg:hasCoreFocus") && text.contains("?professionLabel"), text.substring(0, 400));
        assertTrue(html.contains("href=\"/team\"") && html.contains("href=\"/world\""), "links to the team and world views");
    }

    @Test
    void compareShowsTheNoSourceFoundMarker() throws Exception {
        List<Term> marked = api.noSourceFound("https://w3id.org/rehabkg/physical-therapist-aide");
        assertFalse(marked.isEmpty(), "the PT aide has checked gaps in the data");
        String html = ok("/compare?a=physical-therapist-aide&b=physical-therapy");
        for (Term d : marked) {
            String slug = d.iri().replace("https://w3id.org/rehabkg/", "");
            String section = html.substring(html.indexOf("<section class=\"dimension\" id=\"" + slug + "\">"));
            section = section.substring(0, section.indexOf("</section>"));
            assertTrue(section.contains("<p class=\"no-source-found\">No source found for physical therapist aide in this dimension"), section);
            assertTrue(section.contains("<p class=\"coverage\">"), "the coverage beside it: " + section);
        }
        assertFalse(ok("/compare").contains("class=\"no-source-found\""), "OT and PT carry no marker");
    }

    @Test
    void pagesRenderInAnotherLanguage() throws Exception {
        HttpResponse<String> team = get("/team?condition=stroke", "de-DE,de;q=0.9");
        assertEquals(200, team.statusCode());
        assertTrue(team.body().contains(">Schlaganfall</a></h1>"), "the condition in German by Accept-Language");
        assertTrue(team.body().contains(">Ergotherapie</a>"), "the professions too");
        assertTrue(ok("/compare?a=occupational-therapy&b=physical-therapy&lang=fr").contains(">ergothérapie</a> and "),
                "the compare page by ?lang=");
        assertTrue(ok("/rehabkg/stroke?lang=fr").contains("<h1>Accident vasculaire cérébral</h1>"), "an entity page by ?lang=");
    }
}
