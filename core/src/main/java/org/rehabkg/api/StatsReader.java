package org.rehabkg.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;

/** Reads {@link GraphStats} with three aggregate queries. */
final class StatsReader {
    private StatsReader() {}

    static GraphStats read(GraphIndex index, Function<Query, RowSet> select) {
        List<GraphStats.ClassCount> classes = new ArrayList<>();
        select.apply(InternalQuery.load("stats-classes").query()).forEachRemaining(b ->
                classes.add(new GraphStats.ClassCount(index.term(b.get("class").getURI()), number(b, "count"))));
        RowSet prov = select.apply(InternalQuery.load("stats-provenance").query());
        Binding p = prov.hasNext() ? prov.next() : null;
        List<GraphStats.MappingCount> mappings = new ArrayList<>();
        select.apply(InternalQuery.load("stats-mappings").query()).forEachRemaining(b ->
                mappings.add(new GraphStats.MappingCount(b.get("scheme").getLiteralLexicalForm(),
                        index.term(b.get("property").getURI()), number(b, "count"))));
        return new GraphStats(classes, number(p, "statements"), number(p, "placements"), number(p, "graphs"),
                number(p, "sources"), mappings);
    }

    private static long number(Binding b, String var) {
        return b == null || b.get(var) == null ? 0 : Long.parseLong(b.get(var).getLiteralLexicalForm());
    }
}
