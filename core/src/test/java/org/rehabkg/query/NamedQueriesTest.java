package org.rehabkg.query;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.rehabkg.graph.ServedDataset;
import org.rehabkg.graph.DataFolder;

import org.rehabkg.api.QueryResult;
import org.rehabkg.api.RehabGraph;
/**
 * Runs every named query of the repository over the repository's graph and compares the answer with
 * the expected answer kept next to it (see {@link QueryCase} and queries/README.md). The expected
 * answers are what the source article (or the cited source) says, checked by reading it.
 */
class NamedQueriesTest {
    /** Queries of the QC rules are tested by the QC tests: they must return nothing. */
    private static final String QC_FOLDER = "qc/";
    private static final Path QUERIES = Path.of(QueryCatalog.FOLDER);

    /**
     * {@code mvn test -Dtest=NamedQueriesTest -Drehabkg.regenerate=true} writes every actual answer to its
     * expected file (creating missing ones) instead of comparing: review the diff line by line before
     * committing it, since the expected answers are what the sources say.
     */
    private static final boolean REGENERATE = Boolean.getBoolean("rehabkg.regenerate");

    private static RehabGraph graph;

    @BeforeAll
    static void load() {
        // The test runs in the repository root: the graph and queries under test are the working copy.
        graph = RehabGraph.of(ServedDataset.load(DataFolder.directory(Path.of(""))));
    }

    private static Stream<NamedQuery> queries() {
        return graph.queries().all().stream().filter(q -> !q.id().startsWith(QC_FOLDER));
    }

    @Test
    void thereAreNamedQueries() {
        assertTrue(queries().count() > 0, "no named queries found under " + QUERIES.toAbsolutePath());
    }

    @TestFactory
    Stream<DynamicTest> everyQueryGivesItsExpectedAnswer() {
        return queries().flatMap(q -> QueryCase.of(q.id(), QUERIES.resolve(q.id())).stream()
                .map(c -> DynamicTest.dynamicTest(c.displayName(), () -> check(q, c))));
    }

    private static void check(NamedQuery query, QueryCase c) throws IOException {
        if (REGENERATE) {
            regenerate(query, c);
            return;
        }
        Path expectedFile = c.expected().orElseGet(() -> fail(
                "no expected answer for " + c.displayName() + ": add " + QUERIES.resolve(query.id())
                + (c.params().isEmpty() ? "" : "." + c.name()) + ".expected.tsv (or .ttl for a graph)"));
        QueryResult actual = graph.runNamed(query, c.params(), null);
        if (actual.form() == QueryResult.Form.ROWS)
            compareTables(query, c, expectedFile, actual);
        else if (actual.form() == QueryResult.Form.GRAPH)
            compareGraphs(c, expectedFile, actual.toModel());
        else
            fail(c.displayName() + ": only SELECT, CONSTRUCT and DESCRIBE answers can be kept as expected files");
    }

    private static void regenerate(NamedQuery query, QueryCase c) throws IOException {
        QueryResult actual = graph.runNamed(query, c.params(), null);
        String stem = QUERIES.resolve(query.id()) + (c.params().isEmpty() ? "" : "." + c.name());
        if (actual.form() == QueryResult.Form.ROWS)
            Files.writeString(Path.of(stem + ".expected.tsv"), tsv(ResultSetFactory.makeRewindable(actual.toResultSet())));
        else
            Files.writeString(Path.of(stem + ".expected.ttl"), turtle(actual.toModel()));
    }

    private static void compareTables(NamedQuery query, QueryCase c, Path expectedFile, QueryResult result)
            throws IOException {
        assertTrue(expectedFile.toString().endsWith(".tsv"), c.displayName() + " is a table: keep it as .expected.tsv");
        ResultSetRewindable expected;
        try (InputStream in = Files.newInputStream(expectedFile)) {
            expected = ResultSetFactory.makeRewindable(ResultSetMgr.read(in, ResultSetLang.RS_TSV));
        }
        ResultSetRewindable actual = ResultSetFactory.makeRewindable(result.toResultSet());
        // With ORDER BY the order is part of the answer; without it only the rows count.
        boolean ordered = QueryFactory.create(query.text()).hasOrderBy();
        boolean same = ordered ? ResultsCompare.equalsByTermAndOrder(expected, actual)
                               : ResultsCompare.equalsByTerm(expected, actual);
        if (!same) {
            expected.reset();
            actual.reset();
            fail(c.displayName() + " differs from " + expectedFile + (ordered ? " (order counts)" : "")
                 + "\n--- expected\n" + ResultSetFormatter.asText(expected)
                 + "\n--- actual (as TSV, to paste once checked against the source)\n" + tsv(actual));
        }
    }

    private static String tsv(ResultSetRewindable rs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultSetMgr.write(out, rs, ResultSetLang.RS_TSV);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void compareGraphs(QueryCase c, Path expectedFile, Model actual) {
        assertTrue(expectedFile.toString().endsWith(".ttl"), c.displayName() + " is a graph: keep it as .expected.ttl");
        Model expected = RDFDataMgr.loadModel(expectedFile.toString());
        if (!actual.isIsomorphicWith(expected)) {
            fail(c.displayName() + " differs from " + expectedFile
                 + "\n--- missing from the answer\n" + turtle(expected.difference(actual))
                 + "\n--- not expected\n" + turtle(actual.difference(expected)));
        }
    }

    private static String turtle(Model m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, m, RDFFormat.TURTLE_PRETTY);
        return out.toString(StandardCharsets.UTF_8);
    }

    @TestFactory
    Stream<DynamicTest> everyHeaderIsWellFormed() {
        return queries().map(q -> DynamicTest.dynamicTest(q.id(), () -> checkHeader(q)));
    }

    private static void checkHeader(NamedQuery q) {
        assertFalse(q.title().isBlank(), q.id() + ": empty title");
        assertFalse(q.description().isBlank(), q.id() + ": empty description");
        Query parsed = assertDoesNotThrow(() -> QueryFactory.create(q.text()), q.id() + " does not parse");
        if (parsed.isSelectType())
            assertTrue(parsed.hasOrderBy(), q.id() + ": a SELECT needs ORDER BY so that its answer is deterministic");
        String body = body(q.text());
        for (QueryParam p : q.params()) {
            assertFalse(p.description().isBlank(), q.id() + ": param " + p.name() + " has no description");
            assertTrue(Pattern.compile("[?$]" + p.name() + "\\b").matcher(body).find(),
                       q.id() + ": param " + p.name() + " is not a variable of the query");
            // Binding replaces the variable by a term everywhere, so it must not be projected or sorted on.
            assertDoesNotThrow(() -> ParamBinder.bind(q, Map.of(p.name(), sample(p))),
                               q.id() + ": the query no longer parses with " + p.name() + " bound");
        }
    }

    /** The query without its comment lines, so a param named only in the header does not count as used. */
    private static String body(String text) {
        return String.join("\n", text.lines().filter(l -> !l.strip().startsWith("#")).toList());
    }

    private static String sample(QueryParam p) {
        return p.type() == QueryParam.Type.INTEGER ? "1" : "occupational-therapy";
    }

    @Test
    void everyExpectedAnswerBelongsToAQuery() throws IOException {
        List<String> orphans;
        try (Stream<Path> files = Files.walk(QUERIES)) {
            orphans = files.filter(Files::isRegularFile)
                           .map(p -> QUERIES.relativize(p).toString().replace('\\', '/'))
                           .filter(f -> f.endsWith(QueryCase.PARAMS) || QueryCase.EXPECTED.stream().anyMatch(f::endsWith))
                           .filter(f -> !graph.queries().contains(queryIdOf(f)))
                           .toList();
        }
        assertTrue(orphans.isEmpty(), "expected answers or params without a query: " + orphans);
    }

    /** {@code a/b.case.expected.tsv} → {@code a/b}: the id is the file name up to its first dot. */
    private static String queryIdOf(String file) {
        int slash = file.lastIndexOf('/');
        int dot = file.indexOf('.', slash + 1);
        return file.substring(0, dot);
    }
}
