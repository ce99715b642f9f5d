package org.rehabkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** Findings name their rule and explain themselves: every shape has an IRI and a message. */
class ShapesFileTest {
    private static final String SHAPES_NS = "https://w3id.org/rehabkg/shapes/";

    private static Graph shapesGraph() {
        Graph g = GraphFactory.createDefaultGraph();
        RdfFiles.parse(Fixtures.REPOSITORY, Path.of(ServedDataset.SHAPES_FILE), StreamRDFLib.graph(g));
        return g;
    }

    @Test
    void everyShapeHasAnIriAndAMessage() {
        Graph g = shapesGraph();
        String query = """
            PREFIX sh:  <http://www.w3.org/ns/shacl#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            SELECT DISTINCT ?shape ?message WHERE {
              { ?shape a sh:NodeShape } UNION { ?shape a sh:PropertyShape }
              UNION { ?any sh:property ?shape } UNION { ?any sh:node ?shape }
              UNION { ?any (sh:or|sh:and|sh:xone)/rdf:rest*/rdf:first ?shape }
              OPTIONAL { ?shape sh:message ?message }
            }""";
        List<String> bad = new ArrayList<>();
        int shapes = 0;
        try (var exec = QueryExecutionFactory.create(query, ModelFactory.createModelForGraph(g))) {
            ResultSet rs = exec.execSelect();
            while (rs.hasNext()) {
                var row = rs.next();
                shapes++;
                var shape = row.get("shape");
                boolean named = shape.isURIResource() && shape.asResource().getURI().startsWith(SHAPES_NS);
                boolean explained = row.contains("message") && !row.getLiteral("message").getString().isBlank();
                if (!named || !explained)
                    bad.add(shape + (named ? "" : " (no rkgsh: IRI)") + (explained ? "" : " (no sh:message)"));
            }
        }
        assertTrue(shapes > 20, "found only " + shapes + " shapes");
        assertEquals(List.of(), bad);
    }

    @Test
    void jenaReadsEveryShape() {
        Shapes shapes = Shapes.parse(shapesGraph());
        assertTrue(shapes.numRootShapes() > 20, "root shapes: " + shapes.numRootShapes());
    }
}
