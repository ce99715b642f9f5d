package org.rehabkg.graph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.ShaclPaths;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * Checks a {@link ServedDataset} against the SHACL shapes ({@code ontology/shapes.ttl}) and the
 * quality-control queries ({@code queries/qc/*-violation.rq}: each row they return is a violation,
 * read from the variables {@code ?entity ?property ?value}).
 *
 * <p>The rules and the data may come from different {@link DataFolder}s, so that a small fixture
 * or a user's folder is checked with the shipped rules.
 */
public final class Validator {
    public static final String QC_FOLDER = "queries/qc";
    public static final String QC_SUFFIX = "-violation.rq";

    private Validator() {}

    /** Validates with the rules of the graph's own tree, or the embedded rules if it carries none. */
    public static List<Finding> validate(ServedDataset kg) {
        return validate(kg, rulesFor(kg.dataFolder()));
    }

    /** Validates the data of {@code kg} with the shapes and QC queries of {@code rules}. */
    public static List<Finding> validate(ServedDataset kg, DataFolder rules) {
        List<Finding> findings = new ArrayList<>(shacl(kg, rules));
        findings.addAll(qualityControl(kg, rules));
        return findings;
    }

    /**
     * The tree whose rules apply to {@code data}: {@code data} itself when it has shapes or QC
     * queries (a checkout being edited), else the rules shipped in the jar (a folder of data only).
     */
    public static DataFolder rulesFor(DataFolder data) {
        boolean hasRules = Files.exists(data.resolve(Path.of(ServedDataset.SHAPES_FILE)))
                || !data.files(QC_FOLDER, QC_SUFFIX).isEmpty();
        return hasRules ? data : DataFolder.embedded();
    }

    /** SHACL violations of the default graph (asserted plus inferred). */
    public static List<Finding> shacl(ServedDataset kg, DataFolder rules) {
        Path shapesFile = Path.of(ServedDataset.SHAPES_FILE);
        if (!Files.exists(rules.resolve(shapesFile)))
            return List.of();
        Graph shapesGraph = GraphFactory.createDefaultGraph();
        RdfFiles.parse(rules, shapesFile, StreamRDFLib.graph(shapesGraph));
        Shapes shapes = Shapes.parse(shapesGraph);
        ValidationReport report = Txn.calculateRead(kg.dataset(),
                () -> ShaclValidator.get().validate(shapes, kg.dataset().asDatasetGraph().getDefaultGraph()));
        List<Finding> findings = new ArrayList<>();
        report.getEntries().forEach(e -> findings.add(new Finding(
                "shacl:" + Finding.show(e.source(), shapesGraph.getPrefixMapping()),
                e.focusNode(),
                e.resultPath() == null ? null : ShaclPaths.pathToString(shapesGraph, e.resultPath()),
                e.value(),
                e.message())));
        return findings;
    }

    /** Rows returned by the QC queries; each file is one rule. */
    public static List<Finding> qualityControl(ServedDataset kg, DataFolder rules) {
        List<Finding> findings = new ArrayList<>();
        for (Path file : rules.files(QC_FOLDER, QC_SUFFIX)) {
            String name = rules.displayName(file);
            String text = read(rules, file);
            Query query = parseQuery(name, text);
            String message = title(text, name);
            // Paths read like the data: the data's prefixes, then the query's own.
            PrefixMapping prefixes = PrefixMapping.Factory.create()
                    .setNsPrefixes(kg.prefixes()).setNsPrefixes(query.getPrefixMapping());
            Txn.executeRead(kg.dataset(), () -> {
                try (QueryExec exec = QueryExec.dataset(kg.dataset().asDatasetGraph()).query(query).build()) {
                    RowSet rows = exec.select();
                    rows.forEachRemaining(b -> findings.add(new Finding(
                            name, b.get("entity"), pathOf(b.get("property"), prefixes), b.get("value"), message)));
                }
            });
        }
        return findings;
    }

    private static String pathOf(Node property, PrefixMapping prefixes) {
        if (property == null)
            return null;
        return Finding.show(property, prefixes);
    }

    private static String read(DataFolder tree, Path file) {
        try {
            return Files.readString(tree.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query parseQuery(String name, String text) {
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new LoadException(name, e.getLine(), e.getColumn(), e.getMessage());
        }
    }

    private static final Pattern TITLE = Pattern.compile("(?m)^#\\s*title:\\s*(.+)$");

    /** The rule's message: its {@code # title:} header, else the file name. */
    private static String title(String text, String name) {
        Matcher m = TITLE.matcher(text);
        return m.find() ? m.group(1).strip() : name;
    }
}
