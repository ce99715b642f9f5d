package org.rehabkg.server;

import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.util.SplitIRI;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.rehabkg.graph.DumpFiles;
import org.rehabkg.graph.Vocab;

/**
 * The VoID description of the served dataset (https://www.w3.org/TR/void/): sizes, classes,
 * properties and vocabularies, licence, and where to query or download it. Served at
 * {@code /.well-known/void} and stored in the dataset as {@link #GRAPH} so SPARQL can read it.
 */
final class VoidDescription {
    static final Node GRAPH = NodeFactory.createURI(Vocab.GRAPH_NS + "void");
    static final String DATASET = Vocab.NS + "dataset";
    static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";

    static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
        .setNsPrefix("void", VOID.NS).setNsPrefix("dcterms", DCTerms.NS).setNsPrefix("rdfs", RDFS.getURI()).setNsPrefix("sd", ServiceDescription.NS)
        .lock();

    private VoidDescription() {}

    /**
     * @param base  the server's URL, ending in {@code /}
     * @param dumps whether the release files are served at {@link DumpsModule#PATH}
     */
    static Model build(DatasetStatistics stats, String base, boolean dumps) {
        String endpoints = base + RehabServer.DATASET.substring(1);
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(PREFIXES);
        Resource ds = m.createResource(DATASET, VOID.Dataset)
            .addProperty(DCTerms.title, "rehabkg")
            .addProperty(DCTerms.description,
                    "An open knowledge graph of occupational therapy and physical therapy: how the professions differ and what they share, every relation with its source.")
            .addProperty(DCTerms.license, m.createResource(LICENSE))
            .addProperty(VOID.uriSpace, Vocab.NS)
            .addProperty(VOID.sparqlEndpoint, m.createResource(endpoints + "/sparql"))
            // GSP read: the whole dataset (TriG/N-Quads), and the default graph alone (Turtle).
            .addProperty(VOID.dataDump, m.createResource(endpoints + "/get"))
            .addProperty(VOID.dataDump, m.createResource(endpoints + "/get?default"))
            // The named queries, as SPARQL examples (SIB's sparql-examples shape).
            .addProperty(RDFS.seeAlso, m.createResource(base + SparqlExamplesModule.PATH.substring(1)))
            .addLiteral(VOID.triples, stats.triples())
            .addLiteral(VOID.classes, (long) stats.classes().size())
            .addLiteral(VOID.properties, (long) stats.properties().size())
            .addLiteral(VOID.distinctSubjects, stats.distinctSubjects())
            .addLiteral(VOID.distinctObjects, stats.distinctObjects());
        if (dumps)
            for (String file : DumpFiles.RDF)
                ds.addProperty(VOID.dataDump, m.createResource(base + DumpsModule.PATH.substring(1) + file));
        for (String ns : vocabularies(stats))
            ds.addProperty(VOID.vocabulary, m.createResource(ns));
        for (Node c : sorted(stats.classes()))
            ds.addProperty(VOID.classPartition, m.createResource().addProperty(VOID._class, m.wrapAsResource(c)));
        for (Node p : sorted(stats.properties()))
            ds.addProperty(VOID.propertyPartition, m.createResource().addProperty(VOID.property, m.wrapAsResource(p)));
        // One subset per named graph (evidence graphs, inferred), named as in the SPARQL Service Description.
        stats.namedGraphs().forEach((g, size) -> ds.addProperty(VOID.subset,
                m.createResource(VOID.Dataset)
                 .addProperty(ServiceDescription.NAME, m.wrapAsResource(g))
                 .addLiteral(VOID.triples, (long) size)));
        return m;
    }

    /** Namespaces of the classes and properties used, e.g. rdfs:, owl:, skos:, prov:, rkg:. */
    private static Set<String> vocabularies(DatasetStatistics stats) {
        Set<String> ns = new TreeSet<>();
        stats.classes().stream().filter(Node::isURI).forEach(n -> ns.add(SplitIRI.namespace(n.getURI())));
        stats.properties().stream().filter(Node::isURI).forEach(n -> ns.add(SplitIRI.namespace(n.getURI())));
        return ns;
    }

    private static Set<Node> sorted(Set<Node> nodes) {
        Set<Node> s = new TreeSet<>(Comparator.comparing(Node::toString));
        s.addAll(nodes);
        return s;
    }
}
