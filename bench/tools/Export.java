import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.rehabkg.graph.ServedDataset;
import org.rehabkg.query.ParamBinder;
import org.rehabkg.api.QueryResult;
import org.rehabkg.api.RehabGraph;

/**
 * bench: writes rehabkg's served dataset (default graph + named graphs) as N-Quads (unless OUT.nq is
 * "-": then {@code rehabkg export} made it), and for each benchmark query its SPARQL text and its
 * answer as SPARQL JSON, computed by rehabkg's Java API (the static ceiling serves these bytes).
 * A query is NAME=FILE.rq, NAME=named:ID or NAME=named:ID?param=value&amp;param=value (a named
 * query with its parameters bound, as {@code rehabkg query ID --param ...} runs it).
 * Usage: Export OUT.nq QUERY_DIR NAME=SPEC...
 */
public final class Export {
    public static void main(String[] args) throws Exception {
        ServedDataset kg = ServedDataset.embedded();
        if (!args[0].equals("-"))
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[0])))) {
                RDFDataMgr.write(out, kg.dataset().asDatasetGraph(), Lang.NQUADS);
            }
        Path dir = Path.of(args[1]);
        try (RehabGraph g = RehabGraph.of(kg)) {
            for (int i = 2; i < args.length; i++) {
                String name = args[i].substring(0, args[i].indexOf('='));
                String spec = args[i].substring(name.length() + 1);
                Query query;
                if (spec.startsWith("named:")) {
                    String id = spec.substring("named:".length());
                    Map<String, String> params = new LinkedHashMap<>();
                    if (id.contains("?")) {
                        for (String kv : id.substring(id.indexOf('?') + 1).split("&"))
                            params.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
                        id = id.substring(0, id.indexOf('?'));
                    }
                    query = ParamBinder.bind(g.queries().get(id), params);
                } else {
                    query = QueryFactory.create(Files.readString(Path.of(spec)));
                }
                Files.writeString(dir.resolve(name + ".rq"), query.toString());
                QueryResult r = g.query(query, (Duration) null);
                try (OutputStream out = Files.newOutputStream(dir.resolve(name + ".srj"))) {
                    if (r.form() == QueryResult.Form.BOOLEAN)
                        ResultSetMgr.write(out, r.answer(), ResultSetLang.RS_JSON);
                    else
                        ResultSetMgr.write(out, r.toResultSet(), ResultSetLang.RS_JSON);
                }
            }
        }
    }
}
