package org.rehabkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rehabkg.server.Http.enc;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** /api/search and /api/select over real HTTP, read as an OLS4 client reads them. */
class SearchApiTest {
    static final String RKG = "https://w3id.org/rehabkg/";
    static final String OT = RKG + "occupational-therapy";
    @RegisterExtension
    static final TestServer served = TestServer.readOnly();
    static String base;

    @BeforeAll
    static void start() {
        base = served.url();
    }

    static HttpResponse<String> get(String path) {
        return Http.get(base + path.substring(1));
    }

    /** The answer of a 200, checked field by field against the shape OLS4's clients read. */
    static JsonObject ok(String path) {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path + " -> " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
        JsonObject answer = JSON.parse(r.body());
        JsonObject header = answer.get("responseHeader").getAsObject();
        assertTrue(header.get("status").isNumber());
        assertTrue(header.get("QTime").isNumber());
        JsonObject response = answer.get("response").getAsObject();
        assertTrue(response.get("numFound").isNumber());
        assertTrue(response.get("start").isNumber());
        for (JsonValue d : response.get("docs").getAsArray())
            assertOlsDoc(d.getAsObject());
        return response;
    }

    static void assertOlsDoc(JsonObject doc) {
        for (String f : List.of("id", "iri", "short_form", "obo_id", "label", "ontology_name", "ontology_prefix", "type",
                                "matched_field", "matched_text", "match"))
            assertTrue(doc.hasKey(f) && doc.get(f).isString(), f + " missing or not a string in " + doc);
        for (String f : List.of("description", "synonym")) {
            assertTrue(doc.hasKey(f) && doc.get(f).isArray(), f + " missing or not an array in " + doc);
            doc.get(f).getAsArray().forEach(v -> assertTrue(v.isString(), f + " holds a non-string in " + doc));
        }
        assertTrue(doc.get("is_defining_ontology").isBoolean());
        assertEquals("rehabkg", str(doc, "ontology_name"));
        assertEquals("rkg", str(doc, "ontology_prefix"));
        assertTrue(Set.of("class", "property", "individual").contains(str(doc, "type")), doc.toString());
        assertTrue(str(doc, "iri").startsWith(RKG));
        assertEquals("rkg:" + str(doc, "short_form"), str(doc, "obo_id"));
        assertEquals(RKG + str(doc, "short_form"), str(doc, "iri"));
    }

    static String str(JsonObject o, String key) {
        return o.get(key).getAsString().value();
    }

    static List<JsonObject> docs(JsonObject response) {
        List<JsonObject> all = new ArrayList<>();
        response.get("docs").getAsArray().forEach(v -> all.add(v.getAsObject()));
        return all;
    }

    static JsonObject first(String path) {
        List<JsonObject> docs = docs(ok(path));
        assertFalse(docs.isEmpty(), path + " found nothing");
        return docs.get(0);
    }

    @Test
    void searchAnswersInOlsShape() {
        JsonObject response = ok("/api/search?q=" + enc("occupational therapy"));
        assertTrue(response.get("numFound").getAsNumber().value().intValue() >= 1);
        assertEquals(0, response.get("start").getAsNumber().value().intValue());
        JsonObject doc = docs(response).get(0);
        assertEquals(OT, str(doc, "iri"));
        assertEquals("occupational therapy", str(doc, "label"));
        assertEquals("rkg:occupational-therapy", str(doc, "obo_id"));
        assertEquals("rehabkg:individual:" + OT, str(doc, "id"));
        assertEquals("label", str(doc, "matched_field"));
        assertEquals("exact", str(doc, "match"));
        assertEquals(1, doc.get("description").getAsArray().size());
        assertTrue(doc.get("synonym").getAsArray().contains(new org.apache.jena.atlas.json.JsonString("OT")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "mesh:D009788", "MESH:D009788", "D009788", "http://id.nlm.nih.gov/mesh/D009788",
                             "<http://id.nlm.nih.gov/mesh/D009788>", "rkg:occupational-therapy", "occupational-therapy",
                             "https://w3id.org/rehabkg/occupational-therapy", "OT", "Ergotherapie" })
    void everyFormOfAnIdentifierOrNameFindsTheEntity(String form) {
        for (String api : List.of("/api/search", "/api/select"))
            assertEquals(OT, str(first(api + "?q=" + enc(form)), "iri"), api + " " + form);
    }

    @Test
    void theMatchedIdentifierIsNamed() {
        JsonObject doc = first("/api/search?q=MESH:D009788");
        assertEquals("identifier", str(doc, "matched_field"));
        assertEquals("mesh:D009788", str(doc, "matched_text"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "ocupational terapy", "occupatonal therapy", "OCCUPATIONAL THERAPPY" })
    void typosAreForgiven(String typed) {
        JsonObject doc = first("/api/search?q=" + enc(typed));
        assertEquals(OT, str(doc, "iri"));
        assertEquals("fuzzy", str(doc, "match"));
    }

    @Test
    void selectCompletesTheStartOfWords() {
        assertEquals(OT, str(first("/api/select?q=" + enc("occupational th")), "iri"));
        List<String> iris = docs(ok("/api/select?q=" + enc("occup ther") + "&rows=20")).stream().map(d -> str(d, "iri")).toList();
        assertTrue(iris.contains(OT), iris.toString());
    }

    @Test
    void pagingSlicesOneRanking() {
        List<JsonObject> all = docs(ok("/api/search?q=therapy&rows=100"));
        assertTrue(all.size() > 6, "too few to page: " + all.size());
        JsonObject page = ok("/api/search?q=therapy&rows=3&start=3");
        assertEquals(3, page.get("start").getAsNumber().value().intValue());
        assertEquals(all.subList(3, 6), docs(page));
        assertEquals(0, docs(ok("/api/search?q=therapy&rows=0")).size());
    }

    @Test
    void typeFilterKeepsOneKindOfEntity() {
        List<JsonObject> classes = docs(ok("/api/search?q=condition&type=class&rows=100"));
        assertFalse(classes.isEmpty());
        assertTrue(classes.stream().allMatch(d -> str(d, "type").equals("class")));
        assertEquals(RKG + "Condition", str(classes.get(0), "iri"));
        assertTrue(docs(ok("/api/search?q=stroke&type=property")).stream().allMatch(d -> str(d, "type").equals("property")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "Condition", "rkg:Condition", "https://w3id.org/rehabkg/Condition" })
    void instanceOfKeepsInstancesOfARehabkgClass(String cls) {
        List<JsonObject> hits = docs(ok("/api/search?q=injury&rows=100&instanceOf=" + enc(cls)));
        assertFalse(hits.isEmpty());
        int all = docs(ok("/api/search?q=injury&rows=100")).size();
        assertTrue(hits.size() <= all);
        assertTrue(docs(ok("/api/search?q=" + enc("occupational therapy") + "&instanceOf=" + enc(cls)))
                .stream().noneMatch(d -> str(d, "iri").equals(OT)));
    }

    @Test
    void exactLeavesOutTyposAndPrefixes() {
        assertEquals(0, ok("/api/search?q=strke&exact=true").get("numFound").getAsNumber().value().intValue());
        assertTrue(docs(ok("/api/search?q=stroke&exact=true&rows=100")).stream().allMatch(d -> str(d, "match").equals("exact")));
    }

    @Test
    void langShowsLabelsInThatLanguage() {
        assertEquals("Ergotherapie", str(first("/api/search?q=" + enc("occupational therapy") + "&lang=de"), "label"));
        assertEquals("occupational therapy", str(first("/api/search?q=Ergotherapie"), "label"));
    }

    @Test
    void fieldListAndOntologyAsInOls() {
        HttpResponse<String> r = get("/api/search?q=stroke&fieldList=iri,label");
        JsonObject doc = JSON.parse(r.body()).get("response").getAsObject().get("docs").getAsArray().get(0).getAsObject();
        assertEquals(Set.of("iri", "label"), doc.keys());
        assertEquals(RKG + "stroke", str(doc, "iri"));
        assertEquals(0, ok("/api/search?q=stroke&ontology=efo").get("numFound").getAsNumber().value().intValue());
        assertTrue(ok("/api/search?q=stroke&ontology=rehabkg").get("numFound").getAsNumber().value().intValue() > 0);
        assertEquals(RKG + "stroke", str(first("/api/search?q=D020521&queryFields=obo_id"), "iri"));
        assertEquals(0, ok("/api/search?q=D020521&queryFields=label").get("numFound").getAsNumber().value().intValue());
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/search", "/api/search?q=", "/api/search?q=%20%20", "/api/select?q=stroke&rows=1000",
                             "/api/search?q=stroke&rows=ten", "/api/search?q=stroke&start=-1", "/api/search?q=stroke&type=concept",
                             "/api/search?q=stroke&exact=maybe", "/api/search?q=stroke&fieldList=score",
                             "/api/search?q=stroke&childrenOf=x", "/api/search?q=stroke&instanceOf=NoSuchClass",
                             "/api/search?q=stroke&lang=en_US%3Bx", "/api/search?q=stroke&queryFields=description",
                             "/api/search?q=a%01b" })
    void badInputGetsA400WithAMessage(String path) {
        HttpResponse<String> r = get(path);
        assertEquals(400, r.statusCode(), path + " -> " + r.body());
        JsonObject e = JSON.parse(r.body());
        assertEquals(400, e.get("status").getAsNumber().value().intValue());
        assertFalse(str(e, "message").isBlank());
    }

    @Test
    void aHugeQueryIsRefused() {
        HttpResponse<String> r = get("/api/select?q=" + "a".repeat(5000));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("at most 200"), r.body());
    }

    @Test
    void readOnlyWithCorsForAnyOrigin() {
        HttpResponse<String> r = Http.get(base + "api/search?q=stroke", "Origin", "https://elsewhere.example");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isPresent(), r.headers().toString());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), "reads need no credentials");
        HttpResponse<String> post = Http.post(base + "api/search?q=stroke", "application/x-www-form-urlencoded", "q=stroke");
        assertEquals(405, post.statusCode());
    }

    /** A write that adds a name: the next search finds it, without a restart. */
    @Test
    void theIndexFollowsWrites(@TempDir Path dir) throws Exception {
        Path passwd = TestServer.passwordFile(dir);
        var dataset = DatasetFactory.createTxnMem();
        Txn.executeWrite(dataset, () -> dataset.getDefaultModel().read(new java.io.StringReader(
                "<" + OT + "> <http://www.w3.org/2000/01/rdf-schema#label> \"occupational therapy\"@en ."), null, "N-TRIPLES"));
        RehabServer writable = RehabServer.builder().dataset(dataset).port(0).update(true).passwordFile(passwd).build().start();
        try {
            String search = writable.url() + "api/search?q=" + enc("zebra therapy");
            assertEquals(0, JSON.parse(Http.get(search).body()).get("response").getAsObject().get("numFound").getAsNumber().value().intValue());
            String insert = "INSERT DATA { <" + RKG + "zebra-therapy> <http://www.w3.org/2000/01/rdf-schema#label> \"zebra therapy\"@en }";
            HttpResponse<String> w = Http.send(HttpRequest.newBuilder(URI.create(writable.url() + "rehab/update"))
                    .header("Content-Type", "application/sparql-update").header("Authorization", Http.basic(TestServer.USER, TestServer.PASSWORD))
                    .POST(HttpRequest.BodyPublishers.ofString(insert)).build());
            assertTrue(w.statusCode() < 300, w.body());
            JsonArray docs = JSON.parse(Http.get(search).body()).get("response").getAsObject().get("docs").getAsArray();
            assertEquals(RKG + "zebra-therapy", docs.get(0).getAsObject().get("iri").getAsString().value());
        } finally {
            writable.stop();
        }
    }
}
