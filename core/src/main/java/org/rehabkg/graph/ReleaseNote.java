package org.rehabkg.graph;

import java.util.Collection;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;

/** The short note in each release folder: what it is, what it holds, and how to check it. */
final class ReleaseNote {
    private ReleaseNote() {}

    static String text(ReleaseVersion version, DatasetGraph ds, Collection<String> mappingSets, String fingerprint) {
        Graph g = ds.getDefaultGraph();
        Set<Node> graphs = new TreeSet<>(Comparator.comparing(Node::getURI));
        ds.listGraphNodes().forEachRemaining(graphs::add);
        return """
                # rehabkg release %1$s

                - Ontology IRI: <%2$s>
                - Version IRI: <%3$s> (`owl:versionInfo` "%1$s")
                - Written by rehabkg %4$s from the data with fingerprint `%5$s`
                - Licence: CC BY 4.0 (<https://creativecommons.org/licenses/by/4.0/>)

                ## Files

                | file | what |
                |---|---|
                | `%6$s` | the ontology and all curated data merged into one OWL ontology (RDF/XML): %8$d triples, %9$d classes, %10$d object properties, %11$d individuals |
                | `%7$s` | the same graph in Turtle |
                | `%12$s` | the same graph in JSON-LD |
                | `%13$s` | the same graph as the default graph plus the %14$d evidence graphs, one per source section (N-Quads, gzip) |
                | `%15$s/` | the %16$d SSSOM mapping sets (%17$s) |
                | `%18$s` | SHA-256 of every file: `sha256sum -c %18$s` |

                Every `skos:definition` is also given as `IAO:0000115` (%19$d definitions), the definition
                property OBO tools read. Nothing inferred is included: a reasoner derives it (the release
                tests run HermiT and ROBOT's report on this file; docs/release.md).
                """.formatted(version.name(), ReleaseVersion.ONTOLOGY_IRI, version.versionIri(), version.software(), fingerprint,
                        Release.OWL, Release.TTL, g.size(), count(g, OWL2.Class.asNode()),
                        count(g, OWL2.ObjectProperty.asNode()), count(g, OWL2.NamedIndividual.asNode()),
                        Release.JSONLD, Release.NQUADS, graphs.size(), Release.MAPPINGS, mappingSets.size(),
                        String.join(", ", mappingSets), Release.CHECKSUMS,
                        g.find(Node.ANY, Release.IAO_DEFINITION, Node.ANY).toList().size());
    }

    private static int count(Graph g, Node type) {
        return g.find(Node.ANY, RDF.type.asNode(), type).toList().size();
    }
}
