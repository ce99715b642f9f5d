import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.SPARQLResult;
import org.rehabkg.graph.KnowledgeGraph;
import org.rehabkg.query.RehabGraph;

/** bench: writes rehabkg's served dataset (default graph + named graphs) as N-Quads (stands in for
 *  {@code rehabkg export} until that verb exists) and, for the static ceiling, each query's answer as
 *  SPARQL JSON computed by rehabkg's Java API. Usage: Export OUT.nq [ANSWER_DIR QUERY.rq...] */
public final class Export {
    public static void main(String[] args) throws Exception {
        KnowledgeGraph kg = KnowledgeGraph.embedded();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[0])))) {
            RDFDataMgr.write(out, kg.dataset().asDatasetGraph(), Lang.NQUADS);
        }
        if (args.length < 2)
            return;
        try (RehabGraph g = RehabGraph.of(kg)) {
            for (int i = 2; i < args.length; i++) {
                Path file = Path.of(args[i]);
                String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
                SPARQLResult r = g.run(Files.readString(file), (java.time.Duration) null);
                try (OutputStream out = Files.newOutputStream(Path.of(args[1], name + ".srj"))) {
                    if (r.isBoolean())
                        ResultSetMgr.write(out, (boolean) r.getBooleanResult(), ResultSetLang.RS_JSON);
                    else
                        ResultSetMgr.write(out, r.getResultSet(), ResultSetLang.RS_JSON);
                }
            }
        }
    }
}
