package org.rehabkg.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.RowSet;

/**
 * Reads the {@link WorldEntry}s (internal query {@code world}, the requirements behind
 * {@code queries/world/overview.rq} with the exams added): one per jurisdiction and profession that a
 * source gives a credential for there, sorted by jurisdiction, then profession.
 */
record WorldReader(GraphIndex index, Function<Query, RowSet> select) {
    private static final InternalQuery WORLD = InternalQuery.load("world");

    /** A requirement while it is being gathered. */
    private record Gathered(String kind, String level, Set<String> bodies, Set<Provenance> sources) {}

    List<WorldEntry> read() {
        // (jurisdiction, profession) -> credential -> gathered
        Map<List<String>, Map<String, Gathered>> byPair = new LinkedHashMap<>();
        Map<String, String> iso = new LinkedHashMap<>();
        select.apply(WORLD.query()).forEachRemaining(row -> {
            String country = row.get("country").getURI();
            if (row.get("iso") != null)
                iso.putIfAbsent(country, row.get("iso").getLiteralLexicalForm());
            Node level = row.get("level"), body = row.get("body"), bodyGraph = row.get("bodyGraph");
            Gathered g = byPair.computeIfAbsent(List.of(country, row.get("profession").getURI()), k -> new LinkedHashMap<>())
                    .computeIfAbsent(row.get("credential").getURI(), k -> new Gathered(row.get("kind").getLiteralLexicalForm(),
                            level == null ? null : level.getLiteralLexicalForm(), new LinkedHashSet<>(), new LinkedHashSet<>()));
            g.sources().add(index.source(row.get("graph").getURI()));
            if (body != null) {
                g.bodies().add(body.getURI());
                g.sources().add(index.source(bodyGraph.getURI()));
            }
        });
        List<WorldEntry> out = new ArrayList<>();
        byPair.forEach((pair, credentials) -> out.add(new WorldEntry(index.term(pair.get(0)), iso.get(pair.get(0)),
                index.term(pair.get(1)), requirements(credentials, "entry"), requirements(credentials, "exam"),
                requirements(credentials, "licence"))));
        out.sort(Comparator.comparing((WorldEntry e) -> e.jurisdiction().label()).thenComparing(e -> e.profession().label()));
        return out;
    }

    private List<WorldEntry.Requirement> requirements(Map<String, Gathered> credentials, String kind) {
        List<WorldEntry.Requirement> out = new ArrayList<>();
        credentials.forEach((iri, g) -> {
            if (g.kind().equals(kind))
                out.add(new WorldEntry.Requirement(index.term(iri), g.level(),
                        g.bodies().stream().map(index::term).sorted(Comparator.comparing(Term::label)).toList(),
                        g.sources().stream().sorted(Comparator.comparing(Provenance::describe)).toList()));
        });
        out.sort(Comparator.comparing(r -> r.credential().label()));
        return out;
    }
}
