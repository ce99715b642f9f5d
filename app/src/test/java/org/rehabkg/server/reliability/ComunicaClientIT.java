package org.rehabkg.server.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rehabkg.graph.Vocab;
import org.rehabkg.server.RehabServer;

/**
 * Issue 18 §5 with Comunica (npm's {@code @comunica/query-sparql}, which .ci/run installs at a pinned
 * version): its command line {@code comunica-sparql} asks a real server on port 0 a SELECT, an ASK,
 * a CONSTRUCT and a named-graph query, told the source is a SPARQL endpoint ({@code sparql@URL});
 * the SELECT also with Comunica finding that out itself (from the Service Description the endpoint
 * URL answers). Each run starts Node (5–10 s), so the other forms are not asked twice. Comunica sends its own Accept headers. Found as {@code $COMUNICA_SPARQL}, else
 * {@code comunica-sparql} on PATH; skipped with a message when neither is there.
 */
class ComunicaClientIT {
    static final String OT = "<https://w3id.org/rehabkg/occupational-therapy>";
    static final String PROFESSION = "https://w3id.org/rehabkg/Profession";
    static RehabServer server;
    static String comunica;

    @BeforeAll
    static void start() {
        comunica = find();
        Assumptions.assumeTrue(comunica != null,
                "comunica-sparql not found (npm install -g @comunica/query-sparql, or set COMUNICA_SPARQL): Comunica is not tested");
        server = RehabServer.builder().dataset(Client.freshGraph()).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
    }

    static String find() {
        String env = System.getenv("COMUNICA_SPARQL");
        if (env != null && !env.isBlank())
            return env;
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(d, "comunica-sparql");
            if (Files.isExecutable(p))
                return p.toString();
        }
        return null;
    }

    /** {@code comunica-sparql SOURCE QUERY [-t TYPE]}: its standard output; the exit must be 0. */
    static String run(String source, String query, String type) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(comunica, source, query));
        if (type != null)
            cmd.addAll(List.of("-t", type));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(2, TimeUnit.MINUTES))   // a safety net, not a timing assertion
            p.destroyForcibly();
        assertEquals(0, p.exitValue(), String.join(" ", cmd) + "\n" + out);
        return out;
    }

    static String source(String how) {
        String endpoint = server.url() + "rehab/sparql";
        return how.equals("hinted") ? "sparql@" + endpoint : endpoint;
    }

    @ParameterizedTest
    @ValueSource(strings = { "hinted", "detected" })
    void select(String how) throws Exception {
        String out = run(source(how), "SELECT ?t WHERE { " + OT + " a ?t }", "application/sparql-results+json");
        assertTrue(out.contains(PROFESSION), out);
    }

    @Test
    void ask() throws Exception {
        assertTrue(run(source("hinted"), "ASK { " + OT + " a <" + PROFESSION + "> }", null).strip().endsWith("true"));
        assertTrue(run(source("hinted"), "ASK { " + OT + " a <urn:rehabkg:nothing> }", null).strip().endsWith("false"));
    }

    @Test
    void construct() throws Exception {
        String out = run(source("hinted"), "CONSTRUCT WHERE { " + OT + " a ?t }", "application/n-triples");
        assertTrue(out.contains(OT + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <" + PROFESSION + "> ."), out);
    }

    @Test
    void namedGraph() throws Exception {
        String inferred = Vocab.INFERRED_GRAPH.getURI();
        String out = run(source("hinted"), "SELECT ?t WHERE { GRAPH <" + inferred + "> { " + OT + " a ?t } }", "application/sparql-results+json");
        assertTrue(out.contains("\"value\""), "the inferred graph answers: " + out);
        String graphs = run(source("hinted"), "SELECT DISTINCT ?g WHERE { GRAPH ?g { " + OT + " ?p ?o } }", "application/sparql-results+json");
        assertTrue(graphs.contains(inferred), graphs);
    }
}
