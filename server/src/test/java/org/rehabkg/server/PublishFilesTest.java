package org.rehabkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rehabkg.graph.ServedDataset;
import org.rehabkg.graph.Release;
import org.rehabkg.graph.ReleaseVersion;
import org.rehabkg.graph.Vocab;

/**
 * The files in docs/publish agree with the graph and the server: the OLS4 entry names the ontology
 * as its header does, and every w3id.org redirect rule that points at the server lands on a page it
 * serves in the format asked for (the rules are applied here as Apache's mod_rewrite would, for the
 * two directives they use), and every other one on a file of a release.
 */
class PublishFilesTest {
    static final Path HTACCESS = Path.of("docs/publish/w3id/rehabkg/.htaccess");
    static final Path OLS = Path.of("docs/publish/ols4-ebi_ontologies-entry.json");
    static final String PLACEHOLDER = "https://rehabkg.example.org/";

    static ServedDataset kg;
    static RehabServer server;
    static List<Rule> rules;

    /** A RewriteRule with the RewriteConds on the Accept header before it. */
    record Rule(List<Cond> conds, Pattern pattern, String target) {}

    record Cond(Pattern accept, boolean or) {}

    @BeforeAll
    static void start() throws IOException {
        kg = ServedDataset.embedded();
        server = RehabServer.builder().dataset(kg.dataset()).port(0).build().start();
        rules = rules(Files.readAllLines(HTACCESS));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static List<Rule> rules(List<String> lines) {
        List<Rule> rules = new ArrayList<>();
        List<Cond> conds = new ArrayList<>();
        for (String line : lines) {
            String[] w = line.strip().split("\\s+");
            if (w[0].equals("RewriteCond")) {
                assertEquals("%{HTTP_ACCEPT}", w[1], "only the Accept header is tested: " + line);
                conds.add(new Cond(Pattern.compile(w[2]), w.length > 3 && w[3].equals("[OR]")));
            } else if (w[0].equals("RewriteRule")) {
                rules.add(new Rule(List.copyOf(conds), Pattern.compile(w[1]), w[2]));
                conds.clear();
            }
        }
        return rules;
    }

    /** Where w3id.org sends {@code https://w3id.org/rehabkg/<path>} asked for with {@code accept}. */
    static Optional<String> redirect(String path, String accept) {
        for (Rule r : rules) {
            Matcher m = r.pattern().matcher(path);
            if (!m.find() || !conditionsHold(r.conds(), accept))
                continue;
            String target = r.target();
            for (int g = m.groupCount(); g >= 1; g--)
                target = target.replace("$" + g, m.group(g));
            return Optional.of(target);
        }
        return Optional.empty();
    }

    /** mod_rewrite: conditions are ANDed, a condition marked [OR] is ORed with the next one. */
    static boolean conditionsHold(List<Cond> conds, String accept) {
        boolean all = true, orGroup = false;
        for (Cond c : conds) {
            orGroup |= c.accept().matcher(accept).find();
            if (!c.or()) {
                all &= orGroup;
                orGroup = false;
            }
        }
        return all;
    }

    @ParameterizedTest
    @CsvSource({
        "'',                          text/html,              text/html",
        "occupational-therapy,        text/html,              text/html",
        "occupational-therapy,        text/turtle,            text/turtle",
        "occupational-therapy,        application/ld+json,    application/ld+json",
        "occupational-therapy,        application/rdf+xml,    application/rdf+xml",
        "Profession,                  text/turtle,            text/turtle",
        "ontology,                    text/html,              text/html",
        "mappings/mesh.sssom.tsv,     */*,                    text/tab-separated-values",
        "graph/article-core-focus,    text/turtle,            text/turtle",
    })
    void redirectsOnTheServerLandOnWhatItServes(String path, String accept, String expectedType) {
        String target = redirect(path, accept).orElseThrow(() -> new AssertionError("no rule for " + path));
        assertTrue(target.startsWith(PLACEHOLDER), target);
        HttpResponse<String> r = Http.get(server.url() + target.substring(PLACEHOLDER.length()), "Accept", accept);
        assertEquals(200, r.statusCode(), target + ": " + r.body());
        assertEquals(expectedType, r.headers().firstValue("Content-Type").orElseThrow().split(";")[0].strip(), target);
        assertTrue(!r.body().isBlank(), target);
    }

    @ParameterizedTest
    @CsvSource({
        "ontology,                    text/turtle,            latest/" + Release.TTL,
        "ontology,                    application/ld+json,    latest/" + Release.JSONLD,
        "ontology,                    */*,                    latest/" + Release.OWL,
        "rehabkg.owl,                 */*,                    latest/" + Release.OWL,
        "rehabkg.nq.gz,               */*,                    latest/" + Release.NQUADS,
        "releases/2026-12-06/rehabkg.owl, */*,                2026-12-06/" + Release.OWL,
    })
    void theOntologyAndReleaseIrisLandOnReleaseFiles(String path, String accept, String file) {
        assertEquals(Optional.of(PLACEHOLDER + "releases/" + file), redirect(path, accept));
    }

    @Test
    void theOlsEntryNamesTheOntologyAsItsHeaderDoes() throws IOException {
        JsonObject entry = JSON.parse(Files.readString(OLS));
        Graph g = kg.dataset().asDatasetGraph().getDefaultGraph();
        Node ontology = NodeFactory.createURI(ReleaseVersion.ONTOLOGY_IRI);
        assertEquals(ReleaseVersion.ONTOLOGY_IRI, entry.getString("uri"));
        assertEquals(header(g, ontology, DCTerms.title.asNode()), entry.getString("title"));
        assertEquals(header(g, ontology, DCTerms.description.asNode()), entry.getString("description"));
        assertEquals(Vocab.NS, entry.get("base_uri").getAsArray().get(0).getAsString().value());
        assertTrue(entry.get("definition_property").getAsArray().toString().contains(Release.IAO_DEFINITION.getURI()));
        String purl = entry.getString("ontology_purl");
        assertTrue(purl.startsWith(Vocab.NS), purl);
        assertEquals(Optional.of(PLACEHOLDER + "releases/latest/" + Release.OWL), redirect(purl.substring(Vocab.NS.length()), "*/*"),
                "OLS loads the latest release through w3id.org");
    }

    private static String header(Graph g, Node ontology, Node property) {
        return g.find(ontology, property, Node.ANY).next().getObject().getLiteralLexicalForm();
    }
}
