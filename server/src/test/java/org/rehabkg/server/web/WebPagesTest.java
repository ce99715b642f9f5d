package org.rehabkg.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import gg.jte.html.escape.Escape;
import gg.jte.output.StringOutput;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rehabkg.graph.Vocab;
import org.rehabkg.query.NamedQuery;
import org.rehabkg.api.OpenWorldFixture;
import org.rehabkg.query.QueryParam;
import org.rehabkg.api.RehabGraph;

/** The pages over real HTTP against a real Fuseki server with the embedded graph. */
class WebPagesTest {
    static final Node OT = Vocab.rkg("occupational-therapy");
    /** A test-only entity whose label and mapping would break the page if not escaped. */
    static final Node HOSTILE = Vocab.rkg("test-hostile");
    static final String HOSTILE_LABEL = "<script>alert('x')</script> & \"quoted\"";

    static TestSite site;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        site = TestSite.start();
        Txn.executeWrite(site.dataset, () -> {
            Graph g = site.dataset.asDatasetGraph().getDefaultGraph();
            g.add(HOSTILE, RDF.type.asNode(), Vocab.rkg("Condition"));
            g.add(HOSTILE, RDFS.label.asNode(), NodeFactory.createLiteralLang(HOSTILE_LABEL, "en"));
            g.add(HOSTILE, SKOS.exactMatch.asNode(), NodeFactory.createURI("http://purl.obolibrary.org/obo/HP_0000001"));
            g.add(HOSTILE, SKOS.closeMatch.asNode(), NodeFactory.createURI("javascript:alert(1)"));
            g.add(HOSTILE, Vocab.rkg("hasLifeStage"), Vocab.rkg("children"));
        });
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(site.url(path)));
        if (accept != null)
            b.header("Accept", accept);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String contentType(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
    }

    // --- entity IRIs: content negotiation ---

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "text/turtle, text/turtle, TURTLE",
            "application/ld+json, application/ld+json, JSONLD",
            "application/rdf+xml, application/rdf+xml, RDFXML",
            "application/n-triples, application/n-triples, NTRIPLES",
            "'text/turtle;q=0.5, application/n-triples', application/n-triples, NTRIPLES"})
    void rdfByAccept(String accept, String expectedType, String langName) throws Exception {
        HttpResponse<String> r = get("/rehabkg/occupational-therapy", accept);
        assertEquals(200, r.statusCode());
        assertEquals(expectedType, contentType(r));
        assertTrue(r.headers().allValues("Vary").contains("Accept"), r.headers().toString());
        Lang lang = switch (langName) {
            case "TURTLE" -> Lang.TURTLE;
            case "JSONLD" -> Lang.JSONLD;
            case "RDFXML" -> Lang.RDFXML;
            default -> Lang.NTRIPLES;
        };
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), lang).parse(g);
        assertTrue(g.contains(OT, Vocab.rkg("usesIntervention"), Vocab.rkg("adaptive-equipment")), "as subject");
        assertTrue(g.contains(Vocab.rkg("aota"), Vocab.rkg("represents"), OT), "as object");
        assertTrue(g.contains(OT, RDFS.label.asNode(), NodeFactory.createLiteralLang("occupational therapy", "en")));
        assertFalse(g.find(Vocab.rkg("adaptive-equipment"), RDFS.label.asNode(), Node.ANY).hasNext(), "only the entity's own triples");
    }

    @Test
    void htmlForBrowsers() throws Exception {
        String chrome = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8";
        for (String accept : List.of(chrome, "text/html", "*/*")) {
            HttpResponse<String> r = get("/rehabkg/occupational-therapy", accept);
            assertEquals(200, r.statusCode(), accept);
            assertEquals("text/html", contentType(r), accept);
        }
    }

    @Test
    void formatLinksOverrideAccept() throws Exception {
        HttpResponse<String> r = get("/rehabkg/npte?format=turtle", "text/html");
        assertEquals("text/turtle", contentType(r));
        assertTrue(r.body().contains("rkg:fsbpt"), r.body());
        assertEquals(406, get("/rehabkg/npte?format=pdf", null).statusCode());
    }

    @Test
    void unsupportedTypeIs406() throws Exception {
        HttpResponse<String> r = get("/rehabkg/occupational-therapy", "image/png");
        assertEquals(406, r.statusCode());
        assertTrue(r.body().contains("text/turtle"), r.body());
    }

    @Test
    void unknownEntityIs404WithSuggestion() throws Exception {
        HttpResponse<String> html = get("/rehabkg/ocupational-therapy", "text/html");
        assertEquals(404, html.statusCode());
        assertEquals("text/html", contentType(html));
        assertTrue(html.body().contains("Did you mean <a href=\"/rehabkg/occupational-therapy\">"), html.body());

        HttpResponse<String> ttl = get("/rehabkg/physical-therapie", "text/turtle");
        assertEquals(404, ttl.statusCode());
        assertTrue(ttl.body().contains("did you mean https://w3id.org/rehabkg/physical-therapy"), ttl.body());

        HttpResponse<String> far = get("/rehabkg/zzzzzzzzzzzzzzzzzzzzzzzzzz", "text/html");
        assertEquals(404, far.statusCode());
        assertFalse(far.body().contains("Did you mean"));
    }

    @Test
    void namespaceItselfLeadsToTheQueryPage() throws Exception {
        HttpResponse<String> r = get("/rehabkg/", "text/html");
        assertEquals(302, r.statusCode());
        assertEquals("/", URI.create(r.headers().firstValue("Location").orElseThrow()).getPath());
    }

    // --- mapping sets ---

    @Test
    void eachMappingSetIsServedAtItsMappingSetIdAsTheFileIs() throws Exception {
        HttpResponse<String> index = get("/rehabkg/mappings/", "text/html");
        assertEquals(200, index.statusCode());
        try (var files = Files.list(Path.of("ontology/mappings"))) {
            List<Path> sets = files.filter(f -> f.toString().endsWith(".sssom.tsv")).sorted().toList();
            assertFalse(sets.isEmpty());
            for (Path file : sets) {
                String name = file.getFileName().toString();
                assertTrue(index.body().contains("href=\"/rehabkg/mappings/" + name + "\""), name);
                HttpResponse<String> set = get("/rehabkg/mappings/" + name, null);
                assertEquals(200, set.statusCode(), name);
                assertEquals("text/tab-separated-values", contentType(set));
                assertEquals(Files.readString(file), set.body(), name);
                String id = "# mapping_set_id: https://w3id.org/rehabkg/mappings/" + name;
                assertTrue(set.body().contains(id), "the path is the set's mapping_set_id: " + id);
            }
        }
    }

    @Test
    void anUnknownMappingSetIs404WithTheNearestOne() throws Exception {
        HttpResponse<String> r = get("/rehabkg/mappings/mesh.sssom.tvs", "text/html");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("href=\"/rehabkg/mappings/mesh.sssom.tsv\""), r.body());
        // No way out of the set names: Jetty refuses the encoded slash (400), a plain name is unknown (404).
        HttpResponse<String> outside = get("/rehabkg/mappings/..%2Fshapes.ttl", null);
        assertTrue(outside.statusCode() == 400 || outside.statusCode() == 404, outside.statusCode() + "");
        assertFalse(outside.body().contains("NodeShape"));
        assertEquals(404, get("/rehabkg/mappings/schemes.ttl", null).statusCode());
    }

    // --- entity page content ---

    @Test
    void entityPageShowsLabelDefinitionTypesRelationsAndProvenance() throws Exception {
        String page = get("/rehabkg/occupational-therapy", "text/html").body();
        assertTrue(page.contains("<h1>occupational therapy</h1>"));
        assertTrue(page.contains("helps people take part in the everyday activities"), "definition");
        assertTrue(page.contains("href=\"/rehabkg/Profession\""), "type link");
        String out = section(page, "relations outgoing");
        assertTrue(out.contains("href=\"/rehabkg/adaptive-equipment\""), out);
        assertTrue(out.contains("4. Therapeutic Interventions"), "section of the evidence graph");
        assertTrue(out.contains("href=\"/rehabkg/graph/article-interventions-might\""), "link to the evidence graph");
        assertTrue(out.contains("<span class=\"hedge\" title=\"the source hedges this statement\">(might)</span>"), "the hedge is shown");
        assertTrue(out.contains("href=\"/rehabkg/source-article\""), "link to the source");
        assertTrue(out.contains("href=\"https://www.bls.gov/"), "external source URL");
        assertFalse(out.contains("href=\"/rehabkg/relation\""), "super-property noise left out");
        String assistant = get("/rehabkg/occupational-therapy-assistant", "text/html").body();
        String in = section(assistant, "relations incoming");
        assertTrue(in.contains("href=\"/rehabkg/occupational-therapy\"") && in.contains("href=\"/rehabkg/supervises\""), in);
        assertTrue(page.contains("<svg class=\"neighbourhood\""), "picture");
        // The picture is cut at NeighbourhoodSvg.MAX_NEIGHBOURS; with the credentials of six countries
        // OT's own terms fill it before its interventions, so the link checked is one drawn early.
        assertTrue(page.contains("<a href=\"/rehabkg/aota\"><title>"), "picture links to entity pages");
    }

    @Test
    void everyDescribedEntityHasAPage() throws Exception {
        List<Node> entities = Txn.calculateRead(site.dataset, () -> site.dataset.asDatasetGraph().getDefaultGraph().find()
                .mapWith(t -> t.getSubject()).filterKeep(GraphView::inNamespace).toSet().stream().toList());
        assertTrue(entities.size() > 100, "the embedded graph describes " + entities.size());
        // Over a thousand pages, so in parallel; beyond its share of the slots the server queues them.
        List<String> wrong = entities.parallelStream().map(e -> {
            String path = "/rehabkg/" + e.getURI().substring(Vocab.NS.length());
            try {
                HttpResponse<String> r = get(path, "text/html");
                return r.statusCode() == 200 && r.body().contains("<code>" + esc(e.getURI()) + "</code>") ? null
                        : path + ": " + r.statusCode();
            } catch (IOException | InterruptedException x) {
                return path + ": " + x;
            }
        }).filter(Objects::nonNull).toList();
        assertEquals(List.of(), wrong);
    }

    @Test
    void evidenceGraphPageListsItsStatements() throws Exception {
        String page = get("/rehabkg/graph/article-interventions", "text/html").body();
        String contents = section(page, "graph-contents");
        assertTrue(contents.contains("href=\"/rehabkg/adaptive-equipment\""), contents);
        assertTrue(page.contains("4. Therapeutic Interventions"));
    }

    @Test
    void inverseOfAnAssertedRelationIsNotRepeated() throws Exception {
        String page = get("/rehabkg/adaptive-equipment", "text/html").body();
        String in = section(page, "relations incoming");
        assertTrue(in.contains("href=\"/rehabkg/occupational-therapy\""), in);
        String out = page.contains("relations outgoing") ? section(page, "relations outgoing") : "";
        assertFalse(out.contains("href=\"/rehabkg/occupational-therapy\""), "interventionUsedBy OT is the inverse of what is shown");
    }

    @Test
    void valuesFromTheDataAreEscapedAndMappingsLinked() throws Exception {
        String page = get("/rehabkg/test-hostile", "text/html").body();
        assertFalse(page.contains("<script>alert"), page);
        // In text jte escapes < > & (quotes end nothing there; in attributes it escapes them too).
        assertTrue(page.contains("<h1>&lt;script&gt;alert('x')&lt;/script&gt; &amp; \"quoted\"</h1>"), page);
        String mappings = section(page, "mappings");
        assertTrue(mappings.contains("href=\"http://purl.obolibrary.org/obo/HP_0000001\""), mappings);
        assertFalse(page.contains("href=\"javascript:"), "only web IRIs become links");
        assertTrue(section(page, "relations outgoing").contains("curated"), "a default-graph triple says it is our own");
    }

    // --- query page ---

    @Test
    void galleryListsEveryCatalogQuery() throws Exception {
        HttpResponse<String> r = get("/", "text/html");
        assertEquals(200, r.statusCode());
        String page = r.body();
        assertEquals(site.catalog.all().size(), count(page, "<li class=\"query\""));
        for (NamedQuery q : site.catalog.all()) {
            assertTrue(page.contains("data-query-id=\"" + esc(q.id()) + "\""), q.id());
            assertTrue(page.contains(esc(q.title())), q.title());
            assertTrue(page.contains(esc(q.description())), q.description());
            for (QueryParam p : q.params())
                assertTrue(page.contains("<code>?" + p.name() + "</code>") && page.contains(esc(p.description())), p.name());
        }
        assertTrue(site.catalog.all().size() >= 10, "the packaged queries: " + site.catalog.all().size());
        assertTrue(page.contains("class=\"share\" href=\"?query="), "share link");
        assertTrue(page.contains("src=\"/static/yasgui/yasgui.min.js\""));
        assertTrue(page.indexOf("src=\"/static/yasgui/yasgui.min.js\"") < page.indexOf("src=\"/static/chart.js\"")
                   && page.indexOf("src=\"/static/chart.js\"") < page.indexOf("src=\"/static/home.js\""),
                "the chart plugin registers after YASGUI loads and before home.js makes the editor");
        assertTrue(page.contains("data-endpoint=\"/rehab/sparql\""));
        assertFalse(page.contains("src=\"http"), "no script from elsewhere");
    }

    @Test
    void staticFilesComeFromTheClassPath() throws Exception {
        HttpResponse<String> js = get("/static/yasgui/yasgui.min.js", null);
        assertEquals(200, js.statusCode());
        assertEquals("text/javascript", contentType(js));
        assertEquals(200, get("/static/yasgui/yasgui.min.css", null).statusCode());
        assertEquals(200, get("/static/home.js", null).statusCode());
        HttpResponse<String> chart = get("/static/chart.js", null);
        assertEquals(200, chart.statusCode());
        assertEquals("text/javascript", contentType(chart));
        assertFalse(chart.body().contains("innerHTML"), "the chart puts data into the page as text only");
        assertEquals("text/css", contentType(get("/static/rehabkg.css", null)));
        assertEquals(404, get("/static/nothing.js", null).statusCode());
        int traversal = get("/static/yasgui/..%2F..%2Fpackage.json", null).statusCode();
        assertTrue(traversal == 400 || traversal == 404, "no way out of the two folders: " + traversal);
    }

    @Test
    void staticFilesAreCacheableAndStayInTheirFolders() throws Exception {
        for (String path : new String[] { "/static/rehabkg.css", "/static/yasgui/yasgui.min.js" }) {
            HttpResponse<String> r = get(path, null);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").toLowerCase(java.util.Locale.ROOT).endsWith(";charset=utf-8"), path + ": " + r.headers());
            String etag = r.headers().firstValue("ETag").orElse(null);
            assertTrue(etag != null && r.headers().firstValue("Last-Modified").isPresent(), path + ": " + r.headers());
            HttpRequest again = HttpRequest.newBuilder(URI.create(site.url(path))).header("If-None-Match", etag).build();
            assertEquals(304, http.send(again, HttpResponse.BodyHandlers.ofString()).statusCode(), path);
        }
        for (String path : new String[] { "/static/..%2FHtml.class", "/static/%2e%2e/Html.class", "/static/yasgui/%2e%2e/%2e%2e/package.json",
                                          "/static/", "/static/yasgui/" }) {
            int status = get(path, null).statusCode();
            assertTrue(status == 400 || status == 403 || status == 404, path + ": " + status);
        }
    }

    @Test
    void conditionPageListsGuidelineRecommendationsByStrength() throws Exception {
        String page = get("/rehabkg/stroke", "text/html").body();
        String guidelines = section(page, "guidelines");
        // Grouped by normalised level, strongest first.
        int strong = guidelines.indexOf("<div class=\"level level-strong\">"), moderate = guidelines.indexOf("<div class=\"level level-moderate\">"),
            weak = guidelines.indexOf("<div class=\"level level-weak\">");
        assertTrue(strong >= 0 && strong < moderate && moderate < weak, guidelines);
        String strongGroup = guidelines.substring(strong, moderate);
        // Each recommendation with its intervention, grade as printed and guideline.
        assertTrue(strongGroup.contains("href=\"/rehabkg/task-oriented-training\""), strongGroup);
        assertTrue(strongGroup.contains("grade <q class=\"grade\">Strong</q>, <a href=\"/rehabkg/guideline-aota-stroke-2023\""), strongGroup);
        assertTrue(strongGroup.contains("grade <q class=\"grade\">Early-Level A; Late-Level A</q>, <a href=\"/rehabkg/guideline-csbp-stroke-rehab-2019\""),
                strongGroup);
        assertFalse(guidelines.substring(moderate).contains("<q class=\"grade\">Strong</q>"), "a grade sits under its own level");
        // A recommendation against an intervention is marked as such.
        assertTrue(guidelines.contains("<li class=\"direction-against\"><strong class=\"direction\">against:</strong> "), guidelines);
        int groups = count(guidelines, "<div class=\"level ");
        assertTrue(groups >= 3, guidelines);

        // A page that is no condition with guidelines has no such section.
        assertFalse(get("/rehabkg/occupational-therapy", "text/html").body().contains("<section class=\"guidelines\""));
        assertFalse(get("/rehabkg/arthritis", "text/html").body().contains("<section class=\"guidelines\""));
    }

    // --- comparison ---

    @Test
    void compareShowsSharedAndDistinctItemsForOtAndPt() throws Exception {
        HttpResponse<String> r = get("/compare", "text/html");
        assertEquals(200, r.statusCode());
        String page = r.body();
        List<String> dims = List.of("dimension-core-focus", "dimension-treatment-goals", "dimension-patient-populations",
                "dimension-interventions", "dimension-education");
        int last = -1;
        for (String d : dims) {
            int at = page.indexOf("<section class=\"dimension\" id=\"" + d + "\">");
            assertTrue(at > last, d + " in rkg:order");
            last = at;
        }
        String populations = dimension(page, "dimension-patient-populations");
        assertTrue(column(populations, "both").contains("href=\"/rehabkg/hospitals\""), "both practise in hospitals");
        assertTrue(column(populations, "both").contains("href=\"/rehabkg/children\""), "both serve children");
        // schools are no longer an example: APTA's pediatrics fact sheets state them for PT too (issue 12)
        assertTrue(column(populations, "both").contains("href=\"/rehabkg/schools\""), "both work in schools");
        assertTrue(column(populations, "a-not-b").contains("href=\"/rehabkg/children-with-autism\""), "stated for OT, not for PT: children with autism");
        String interventions = dimension(page, "dimension-interventions");
        // adaptive equipment is stated for PT too (American Stroke Association); cognitive exercises only for OT
        assertTrue(column(interventions, "a-not-b").contains("href=\"/rehabkg/cognitive-exercises\""));
        assertTrue(column(interventions, "both").contains("href=\"/rehabkg/adaptive-equipment\""));
        assertTrue(column(interventions, "b-not-a").contains("href=\"/rehabkg/manual-therapy\""));
        assertTrue(column(interventions, "both").contains("href=\"/rehabkg/patient-and-family-education\""));
        assertFalse(column(interventions, "a-not-b").contains("manual-therapy"));
        assertTrue(column(interventions, "b-not-a").contains("href=\"/rehabkg/graph/article-interventions\""), "items cite their evidence graph");
        String core = dimension(page, "dimension-core-focus");
        assertTrue(column(core, "both").contains("nothing stated directly"), "the core foci differ");
        String common = column(core, "both").substring(column(core, "both").indexOf("<ul class=\"common\">"));
        assertTrue(common.contains("href=\"/rehabkg/physical-function\""), "common ground through the core foci");
        assertTrue(common.contains("OT via <a href=\"/rehabkg/daily-activities-and-independence\""), common);
        assertTrue(common.contains("href=\"/rehabkg/graph/article-core-focus\""), "common ground cites its evidence graph");
        String education = dimension(page, "dimension-education");
        assertTrue(column(education, "both").contains("href=\"/rehabkg/graduate-degree\""));
        assertTrue(column(education, "both").contains("href=\"/rehabkg/national-licensing-examination\""));
        assertTrue(column(education, "both").contains("href=\"/rehabkg/continuing-education-for-licensure\""));
        // "master's or doctorate" is one requirement with alternatives (issue 12)
        assertTrue(column(education, "a-not-b").contains("href=\"/rehabkg/ot-entry-level-degree\""));
        assertTrue(column(education, "b-not-a").contains("href=\"/rehabkg/doctor-of-physical-therapy\""));
        assertTrue(column(education, "b-not-a").contains("href=\"/rehabkg/npte\""));
        assertFalse(education.contains("/rehabkg/hospitals"), "settings are not repeated under every dimension of the BLS page");
    }

    /** Issue 12: the page calls nothing exclusive; the differences it shows are the contrasts the article states. */
    @Test
    void compareShowsStatedContrastsCoverageAndHedgesAndCallsNothingExclusive() throws Exception {
        String page = get("/compare", "text/html").body();
        assertNull(OpenWorldFixture.exclusiveClaim(page.replaceAll("<[^>]*>", " ")), "visible text");
        String core = dimension(page, "dimension-core-focus");
        assertTrue(core.contains("<div class=\"contrasts\"><h3>Difference stated by a source</h3>"), core);
        assertTrue(core.contains("href=\"/rehabkg/contrast-ot-pt-core-focus\""), core);
        assertTrue(core.contains("<p class=\"coverage\">Coverage: OT 1 source (2 items) · PT 1 source (1 item)</p>"), core);
        assertTrue(column(core, "b-not-a").contains("article, section 1: core focus (primarily)"), "hedge on the item");
        assertFalse(dimension(page, "dimension-education").contains("class=\"contrasts\""), "no difference stated in education");
    }

    @Test
    void fixturePageCallsOnlyAStatedContrastADifference(@TempDir Path tmp) {
        for (boolean contrast : new boolean[] { false, true }) {
            try (RehabGraph g = OpenWorldFixture.graph(tmp.resolve(contrast ? "with" : "without"), contrast)) {
                String html = new ComparisonHtml("", g).render(g.compare("PA", "PB"), g.professions());
                assertNull(OpenWorldFixture.exclusiveClaim(html.replaceAll("<[^>]*>", " ")), html);
                assertEquals(contrast, html.contains("Difference stated by a source"), html);
                assertTrue(column(dimension(html, "dimension-interventions"), "b-not-a").contains("fixture, hedged (may)"), html);
            }
        }
    }

    @Test
    void compareTakesOtherProfessionsAndSuggestsForTypos() throws Exception {
        String page = get("/compare?a=physical-therapy&b=physical-therapist-assistant", "text/html").body();
        assertTrue(page.contains("stated for PT, not stated for PTA"), "columns named after the professions");
        HttpResponse<String> typo = get("/compare?a=occupational-therapy&b=physcal-therapy", "text/html");
        assertEquals(404, typo.statusCode());
        assertTrue(typo.body().contains("/compare?a=occupational-therapy&amp;b=physical-therapy"), typo.body());
        HttpResponse<String> script = get("/compare?a=%3Cscript%3Ealert(1)%3C/script%3E", "text/html");
        assertEquals(404, script.statusCode());
        assertFalse(script.body().contains("<script>alert"), "the request is escaped");
        assertTrue(script.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), script.body());
    }

    /** Text as the pages' templates escape it (jte's escaping of element content). */
    private static String esc(String text) {
        StringOutput out = new StringOutput();
        Escape.htmlContent(text, out);
        return out.toString();
    }

    private static String section(String page, String cls) {
        int start = page.indexOf("<section class=\"" + cls + "\"");
        assertTrue(start >= 0, "no section " + cls);
        return page.substring(start, page.indexOf("</section>", start));
    }

    private static String dimension(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        return page.substring(start, page.indexOf("</section>", start));
    }

    /** One column of a dimension: from its opening div to the next column (or the end of the dimension). */
    private static String column(String dimension, String cls) {
        int start = dimension.indexOf("<div class=\"col " + cls + "\">");
        assertTrue(start >= 0, "no column " + cls);
        int end = dimension.indexOf("<div class=\"col ", start + 1);
        return dimension.substring(start, end < 0 ? dimension.length() : end);
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1))
            n++;
        return n;
    }
}
