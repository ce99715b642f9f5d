package org.rehabkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rehabkg.query.QueryCatalog;
import org.rehabkg.query.SparqlExamples;
import org.rehabkg.graph.DataFolder;

/** {@code /.well-known/sparql-examples} over real HTTP: found from the VoID, and every example runs on its target. */
class SparqlExamplesEndpointTest {
    // Every example runs here, the QC queries too: a generous timeout, as the machine may be busy.
    @RegisterExtension
    static final TestServer served = TestServer.readOnly(b -> b.timeout(Duration.ofSeconds(120)));
    static String base;

    @BeforeAll
    static void start() {
        base = served.url();
    }

    static Model get(String url, String accept) {
        HttpResponse<String> r = Http.get(url, "Accept", accept);
        assertEquals(200, r.statusCode(), r.body());
        Lang lang = RDFLanguages.contentTypeToLang(r.headers().firstValue("Content-Type").orElseThrow().split(";")[0]);
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), lang).parse(m);
        return m;
    }

    @Test
    void theVoidPointsToTheExamplesAndEachRunsOnItsTarget() {
        Model voidDoc = get(base + ".well-known/void", "text/turtle");
        String examplesUrl = base + ".well-known/sparql-examples";
        assertTrue(voidDoc.contains(voidDoc.createResource(VoidDescription.DATASET), RDFS.seeAlso, voidDoc.createResource(examplesUrl)));

        Model examples = get(examplesUrl, "application/ld+json");
        List<Resource> all = examples.listSubjectsWithProperty(RDF.type, examples.createResource(SparqlExamples.SH + "SPARQLExecutable")).toList();
        assertEquals(QueryCatalog.load(DataFolder.embedded()).all().size(), all.size());
        for (Resource example : all) {
            String target = example.getPropertyResourceValue(examples.createProperty(SparqlExamples.SCHEMA, "target")).getURI();
            assertEquals(base + "rehab/sparql", target);
            Statement text = example.getProperty(examples.createProperty(SparqlExamples.SH, "select"));
            if (text == null)
                text = example.getProperty(examples.createProperty(SparqlExamples.SH, "construct"));
            long t0 = System.nanoTime();
            HttpResponse<String> answer = Http.post(target, "application/sparql-query", text.getString(), "Accept", "*/*");
            assertEquals(200, answer.statusCode(), example.getURI() + " after " + (System.nanoTime() - t0) / 1_000_000 + " ms: " + answer.body());
        }
    }

    @Test
    void readableFromOtherOrigins() {
        HttpResponse<String> r = Http.get(base + ".well-known/sparql-examples", "Origin", "https://editor.example");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isPresent(), r.headers().toString());
        assertEquals("text/turtle", r.headers().firstValue("Content-Type").orElseThrow().split(";")[0], "Turtle by default");
    }
}
