package org.rehabkg.graph;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.Txn;

/**
 * The rehabkg knowledge graph as served: every ontology and data file of a {@link DataFolder},
 * with its entailments materialised (see docs/model.md, "The served dataset").
 *
 * <ul>
 * <li>default graph: TBox, curated and sourced triples, and entailments;</li>
 * <li>named graphs: each evidence graph as written, and {@link Vocab#INFERRED_GRAPH}.</li>
 * </ul>
 */
public final class ServedDataset {
    /** The SHACL shapes live with the ontology but are not part of the data. */
    public static final String SHAPES_FILE = "ontology/shapes.ttl";

    static {
        // The QC rules call rehabkg's own SPARQL functions (rkgf:verhoeff), which RehabSubsystem
        // registers when Jena starts.
        JenaSystem.init();
    }

    private final DataFolder tree;
    private final Dataset dataset;
    private final long assertedTriples;
    private final long inferredTriples;
    private final boolean validatedByBuild;

    private ServedDataset(DataFolder tree, Dataset dataset, long asserted, long inferred, boolean validatedByBuild) {
        this.tree = tree;
        this.dataset = dataset;
        this.assertedTriples = asserted;
        this.inferredTriples = inferred;
        this.validatedByBuild = validatedByBuild;
    }

    /** A graph read from a build-time {@link Snapshot}, which the build has validated. */
    static ServedDataset validated(DataFolder tree, Dataset dataset, long asserted, long inferred) {
        return new ServedDataset(tree, dataset, asserted, inferred, true);
    }

    /** The graph packaged with rehabkg: its build-time snapshot when it matches, else loaded from the files. */
    public static ServedDataset embedded() {
        DataFolder tree = DataFolder.embedded();
        return Snapshot.read(tree).orElseGet(() -> load(tree));
    }

    /**
     * Reads every {@code .ttl} and {@code .trig} file under {@code ontology/} (except the shapes) and
     * the mappings generated from the SSSOM files ({@link SssomMappings}).
     *
     * @throws LoadException at the first syntax error, with its file, line and column
     */
    public static ServedDataset load(DataFolder tree) {
        DatasetGraph files = DatasetGraphFactory.createGeneral();
        for (Path file : dataFiles(tree))
            RdfFiles.parse(tree, file, SssomMappings.refusingMappingGraphs(tree.displayName(file), StreamRDFLib.dataset(files)));
        SssomMappings.generate(tree, StreamRDFLib.dataset(files));

        Graph asserted = GraphFactory.createDefaultGraph();
        files.find().forEachRemaining(q -> asserted.add(q.asTriple()));
        Graph entailed = Inference.entailments(asserted);

        DatasetGraph served = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(served, () -> {
            Graph dflt = served.getDefaultGraph();
            asserted.find().forEachRemaining(dflt::add);
            entailed.find().forEachRemaining(dflt::add);
            files.listGraphNodes().forEachRemaining(g -> copyGraph(files, served, g));
            served.prefixes().putAll(files.prefixes());
            entailed.find().forEachRemaining(t -> served.add(Vocab.INFERRED_GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
        });
        return new ServedDataset(tree, DatasetFactory.wrap(served), asserted.size(), entailed.size(), false);
    }

    private static void copyGraph(DatasetGraph from, DatasetGraph to, Node graphName) {
        from.getGraph(graphName).find().forEachRemaining(t -> to.add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /** The ontology and data files that make up the graph, as paths relative to the tree. */
    public static List<Path> dataFiles(DataFolder tree) {
        return tree.files("ontology", ".ttl", ".trig").stream()
                   .filter(p -> !tree.displayName(p).equals(SHAPES_FILE))
                   .toList();
    }

    public DataFolder dataFolder() { return tree; }

    public Dataset dataset() { return dataset; }

    /** The prefixes declared in the ontology and data files. */
    public PrefixMapping prefixes() {
        return dataset.getDefaultModel();
    }

    /** Distinct triples stated in the files (over all graphs). */
    public long assertedTriples() { return assertedTriples; }

    /** Triples added by materialisation. */
    public long inferredTriples() { return inferredTriples; }

    /**
     * True when this is the embedded graph's build-time snapshot: the build already ran every SHACL
     * shape and QC rule on exactly these files (their fingerprint matched), so there is nothing
     * left to check at start-up.
     */
    public boolean validatedByBuild() { return validatedByBuild; }
}
