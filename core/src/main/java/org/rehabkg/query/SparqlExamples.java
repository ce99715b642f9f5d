package org.rehabkg.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The named queries as SPARQL examples in the shape of SIB's sparql-examples
 * (github.com/sib-swiss/sparql-examples), which endpoint UIs and tools read from
 * {@code /.well-known/sparql-examples}: each query is an {@code sh:SPARQLExecutable} (and
 * {@code sh:SPARQLSelectExecutable}, {@code ...AskExecutable} or {@code ...ConstructExecutable}) with its
 * {@code rdfs:label} and {@code rdfs:comment} from the {@code .rq} header, its text as {@code sh:select}
 * (or {@code sh:ask}, {@code sh:construct}), {@code schema:keywords} from its id, and the endpoint it
 * runs on as {@code schema:target}. The text is the file as written, header comments included.
 */
public final class SparqlExamples {
    /** The SHACL namespace, of the executables and their query text. */
    public static final String SH = "http://www.w3.org/ns/shacl#";
    /** The schema.org namespace, of {@code schema:keywords} and {@code schema:target}. */
    public static final String SCHEMA = "https://schema.org/";
    private static final Property KEYWORDS = ResourceFactory.createProperty(SCHEMA, "keywords");
    private static final Property TARGET = ResourceFactory.createProperty(SCHEMA, "target");
    private static final Resource EXECUTABLE = ResourceFactory.createResource(SH + "SPARQLExecutable");

    /** A named query with the SHACL class and property its query form takes. */
    private record Example(NamedQuery query, Resource type, Property text) {}

    private final List<Example> examples;

    private SparqlExamples(List<Example> examples) {
        this.examples = examples;
    }

    /**
     * Reads the form of every query in {@code catalog} once.
     *
     * @param catalog the named queries
     * @return the examples
     * @throws IllegalArgumentException for a query that is not SELECT, ASK or CONSTRUCT (SHACL has no DESCRIBE executable)
     */
    public static SparqlExamples of(QueryCatalog catalog) {
        List<Example> examples = new ArrayList<>();
        for (NamedQuery q : catalog.all()) {
            Query parsed = QueryFactory.create(q.text());
            String form = parsed.isSelectType() ? "Select" : parsed.isAskType() ? "Ask" : parsed.isConstructType() ? "Construct" : null;
            if (form == null)
                throw new IllegalArgumentException(q.id() + ": only SELECT, ASK and CONSTRUCT queries can be published as SPARQL examples");
            examples.add(new Example(q, ResourceFactory.createResource(SH + "SPARQL" + form + "Executable"),
                    ResourceFactory.createProperty(SH, form.toLowerCase(Locale.ROOT))));
        }
        return new SparqlExamples(List.copyOf(examples));
    }

    /**
     * The examples as RDF.
     *
     * @param document the IRI of the document that lists them; each example is {@code document#<query id>}
     * @param endpoint the SPARQL endpoint they run on ({@code schema:target})
     * @return a new model holding one resource per query
     */
    public Model describe(String document, String endpoint) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sh", SH).setNsPrefix("schema", SCHEMA).setNsPrefix("rdfs", RDFS.getURI()).setNsPrefix("ex", document + "#");
        Resource target = m.createResource(endpoint);
        for (Example e : examples) {
            NamedQuery q = e.query();
            Resource r = m.createResource(document + "#" + q.id())
                .addProperty(RDF.type, EXECUTABLE)
                .addProperty(RDF.type, e.type())
                .addProperty(RDFS.label, q.title(), "en")
                .addProperty(RDFS.comment, q.description(), "en")
                .addProperty(e.text(), q.text())
                .addProperty(TARGET, target);
            for (String keyword : keywords(q))
                r.addProperty(KEYWORDS, keyword);
        }
        return m;
    }

    /** The folders and the name of the query's id, as words ({@code guidelines/ot-pt-agreement} → guidelines, ot pt agreement), and its parameters. */
    static Set<String> keywords(NamedQuery q) {
        Set<String> words = new LinkedHashSet<>();
        for (String segment : q.id().split("/"))
            words.add(segment.replace('-', ' '));
        for (QueryParam p : q.params())
            words.add(p.name());
        return words;
    }
}
