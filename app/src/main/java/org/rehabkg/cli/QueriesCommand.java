package org.rehabkg.cli;

import java.io.PrintWriter;

import org.rehabkg.query.NamedQuery;
import org.rehabkg.query.QueryCatalog;
import org.rehabkg.query.QueryParam;

import picocli.CommandLine.Command;

/** {@code rehabkg queries}: the named queries with their titles, descriptions and parameters. */
@Command(name = "queries")
public final class QueriesCommand extends DataVerb {
    @Override
    public Integer call() {
        PrintWriter out = out();
        QueryCatalog catalog = QueryCatalog.load(graph.tree());
        if (catalog.all().isEmpty())
            err().printf("no named queries in %s%n", graph.tree().description());
        for (NamedQuery q : catalog.all()) {
            out.println(q.id() + "  —  " + q.title());
            out.println("    " + q.description());
            for (QueryParam p : q.params())
                out.println("    --param " + p.name() + "=<" + p.type().label() + ">  " + p.description());
        }
        out.flush();
        return Main.OK;
    }
}
