package org.rehabkg.server;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;

/**
 * The SPARQL 1.1 Service Description (https://www.w3.org/TR/sparql11-service-description/) of the
 * query endpoint: what it speaks, which formats it answers in, and the dataset it serves with the
 * size of each graph. Jena has no vocabulary class for sd:, so the few terms are declared here.
 */
final class ServiceDescription {
    static final String NS = "http://www.w3.org/ns/sparql-service-description#";
    static final String FORMATS = "http://www.w3.org/ns/formats/";
    static final Resource SERVICE = ResourceFactory.createResource(NS + "Service");
    static final Resource DATASET = ResourceFactory.createResource(NS + "Dataset");
    static final Resource GRAPH = ResourceFactory.createResource(NS + "Graph");
    static final Resource NAMED_GRAPH = ResourceFactory.createResource(NS + "NamedGraph");
    static final Property ENDPOINT = ResourceFactory.createProperty(NS + "endpoint");
    static final Property SUPPORTED_LANGUAGE = ResourceFactory.createProperty(NS + "supportedLanguage");
    static final Property RESULT_FORMAT = ResourceFactory.createProperty(NS + "resultFormat");
    static final Property DEFAULT_DATASET = ResourceFactory.createProperty(NS + "defaultDataset");
    static final Property DEFAULT_GRAPH = ResourceFactory.createProperty(NS + "defaultGraph");
    static final Property NAMED_GRAPH_PROPERTY = ResourceFactory.createProperty(NS + "namedGraph");
    static final Property NAME = ResourceFactory.createProperty(NS + "name");
    static final Property GRAPH_PROPERTY = ResourceFactory.createProperty(NS + "graph");

    /** The answer formats of /rehab/sparql (see docs/endpoint.md). */
    private static final String[] RESULT_FORMATS = {
        "SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
        "Turtle", "N-Triples", "JSON-LD", "RDF_XML"
    };

    private ServiceDescription() {}

    /** @param endpoint the absolute URL of the query endpoint being described */
    static Model build(DatasetStatistics stats, String endpoint) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", NS).setNsPrefix("void", VOID.NS).setNsPrefix("formats", FORMATS);
        Resource service = m.createResource(SERVICE)
            .addProperty(ENDPOINT, m.createResource(endpoint))
            .addProperty(SUPPORTED_LANGUAGE, m.createResource(NS + "SPARQL11Query"));
        for (String f : RESULT_FORMATS)
            service.addProperty(RESULT_FORMAT, m.createResource(FORMATS + f));

        Resource dataset = m.createResource(VoidDescription.DATASET)
            .addProperty(RDF.type, DATASET)
            .addProperty(DEFAULT_GRAPH, m.createResource(GRAPH).addLiteral(VOID.triples, stats.triples()));
        stats.namedGraphs().forEach((g, size) -> dataset.addProperty(NAMED_GRAPH_PROPERTY,
                m.createResource(NAMED_GRAPH)
                 .addProperty(NAME, m.wrapAsResource(g))
                 .addProperty(GRAPH_PROPERTY, m.createResource(GRAPH).addLiteral(VOID.triples, (long) size))));
        service.addProperty(DEFAULT_DATASET, dataset);
        return m;
    }
}
