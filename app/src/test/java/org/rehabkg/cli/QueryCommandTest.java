package org.rehabkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryCommandTest {
    static final String PROFESSIONS = "PREFIX rkg: <https://w3id.org/rehabkg/> SELECT ?p WHERE { ?p a rkg:Profession } ORDER BY ?p";
    static final String CONSTRUCT = "PREFIX rkg: <https://w3id.org/rehabkg/> CONSTRUCT { ?p a rkg:Profession } WHERE { ?p a rkg:Profession }";

    static Set<String> column(ResultSet rs, String var) {
        Set<String> values = new HashSet<>();
        rs.forEachRemaining(row -> values.add(row.get(var).toString()));
        return values;
    }

    @ParameterizedTest
    @CsvSource({ "csv,CSV", "tsv,TSV", "json,JSON", "xml,XML" })
    void selectInEveryTableFormatParses(String format, String langName) {
        Cli.Result r = Cli.run("query", PROFESSIONS, "--results", format);
        assertEquals(0, r.exit(), r.toString());
        Lang lang = switch (langName) {
            case "CSV" -> ResultSetLang.RS_CSV;
            case "TSV" -> ResultSetLang.RS_TSV;
            case "JSON" -> ResultSetLang.RS_JSON;
            default -> ResultSetLang.RS_XML;
        };
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)), lang);
        Set<String> professions = column(rs, "p");
        assertTrue(professions.stream().anyMatch(p -> p.contains("occupational-therapy")), professions.toString());
        assertTrue(professions.stream().anyMatch(p -> p.contains("physical-therapy")), professions.toString());
    }

    /** --format takes Jena's names for a format (ResultsFormat, RDFLanguages); --results is its former name. */
    @ParameterizedTest
    @CsvSource({ "--format,srj,SELECT,{", "--format,turtle,CONSTRUCT,Profession", "--format,rdf/xml,CONSTRUCT,rdf:RDF",
                 "--format,n-triples,CONSTRUCT,<https://w3id.org/rehabkg/Profession> .", "--results,csv,SELECT,occupational-therapy" })
    void formatNamesGoThroughJena(String option, String name, String form, String expected) {
        Cli.Result r = Cli.run("query", form.equals("SELECT") ? PROFESSIONS : CONSTRUCT, option, name);
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains(expected), r.out());
    }

    @ParameterizedTest
    @CsvSource({ "ttl,TTL", "nt,N-TRIPLES", "jsonld,JSON-LD", "rdfxml,RDF/XML" })
    void constructInEveryGraphFormatParses(String format, String langName) {
        Cli.Result r = Cli.run("query", CONSTRUCT, "--results", format);
        assertEquals(0, r.exit(), r.toString());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.out(), org.apache.jena.riot.RDFLanguages.nameToLang(langName)).parse(g);
        assertTrue(g.size() >= 2, "professions in the answer: " + g.size());
    }

    @Test
    void askAndTextResults() {
        Cli.Result r = Cli.run("query", "ASK { ?s ?p ?o }", "--results", "json");
        assertEquals(0, r.exit());
        assertTrue(ResultSetMgr.readBoolean(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON));
        Cli.Result text = Cli.run("query", PROFESSIONS);
        assertEquals(0, text.exit());
        assertTrue(text.out().contains("occupational-therapy"), text.out());
    }

    @Test
    void queryFromStdin() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(PROFESSIONS.getBytes(StandardCharsets.UTF_8)));
            Cli.Result r = Cli.run("query", "-", "--results", "csv");
            assertEquals(0, r.exit(), r.toString());
            assertTrue(r.out().contains("physical-therapy"));
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void namedQueryWithParameterAndTypoSuggestion(@TempDir Path dir) {
        String data = Cli.dataFolder(dir).toString();
        Cli.Result all = Cli.run("query", "demo/professions", "--data", data, "--results", "csv");
        assertEquals(0, all.exit(), all.toString());
        Cli.Result one = Cli.run("query", "demo/professions", "--data", data, "--results", "csv",
                "--param", "profession=occupational-therapy");
        assertEquals(0, one.exit(), one.toString());
        List<String> lines = one.out().lines().toList();
        assertEquals(List.of("label", "occupational therapy"), lines);
        assertTrue(all.out().lines().count() > lines.size());

        Cli.Result byName = Cli.run("query", "demo/professions", "--data", data, "--results", "csv", "--param", "profession=OT");
        assertEquals(one.out(), byName.out(), "an IRI parameter may be given by abbreviation");
        Cli.Result badValue = Cli.run("query", "demo/professions", "--data", data, "--param", "profession=qqqqzzzzxxxx");
        assertEquals(2, badValue.exit(), badValue.toString());

        Cli.Result typo = Cli.run("query", "demo/profesions", "--data", data);
        assertEquals(2, typo.exit(), typo.toString());
        assertTrue(typo.err().contains("did you mean 'demo/professions'"), typo.err());
        assertEquals(1, typo.err().lines().count(), "one line, no stack trace: " + typo.err());

        Cli.Result badParam = Cli.run("query", "demo/professions", "--data", data, "--param", "profesion=x");
        assertEquals(2, badParam.exit(), badParam.toString());
        assertTrue(badParam.err().contains("did you mean 'profession'"), badParam.err());
    }

    @Test
    void errorsAreOneLineWithTheRightExitCode() {
        Cli.Result malformed = Cli.run("query", "SELECT ?x WHERE { ?x ");
        assertEquals(1, malformed.exit(), malformed.toString());
        assertTrue(malformed.err().startsWith("rehabkg: malformed query"), malformed.err());
        assertFalse(malformed.err().contains("\tat "), "no stack trace");

        Cli.Result badFormat = Cli.run("query", PROFESSIONS, "--results", "yaml");
        assertEquals(2, badFormat.exit(), badFormat.toString());

        Cli.Result wrongKind = Cli.run("query", PROFESSIONS, "--results", "ttl");
        assertEquals(1, wrongKind.exit(), wrongKind.toString());

        Cli.Result missingFile = Cli.run("query", "no-such-file.rq");
        assertEquals(1, missingFile.exit(), missingFile.toString());
        assertTrue(missingFile.err().contains("cannot read"), missingFile.err());
    }

    @Test
    void timeoutIsAQueryError() {
        // A cross product of the whole graph with itself three times cannot finish within 50 ms.
        Cli.Result r = Cli.run("query", "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", "--timeout", "0.05");
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains("timed out"), r.err());
    }

    @Test
    void unreachableEndpointIsOneLine() {
        Cli.Result r = Cli.run("query", PROFESSIONS, "--endpoint", "http://127.0.0.1:9/sparql");
        assertEquals(1, r.exit(), r.toString());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }
}
