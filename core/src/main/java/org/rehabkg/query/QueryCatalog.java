package org.rehabkg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.rehabkg.graph.BadInputException;
import org.rehabkg.graph.DataFolder;

/** The named queries of a {@link DataFolder}: every {@code .rq} under {@code queries/}, by id. */
public final class QueryCatalog {
    /** The folder of a source tree that holds the named queries. */
    public static final String FOLDER = "queries";

    private final Map<String, NamedQuery> byId;

    private QueryCatalog(Map<String, NamedQuery> byId) {
        this.byId = byId;
    }

    /**
     * Reads every named query of a source tree.
     *
     * @param tree the source tree ({@link DataFolder#embedded()} for the packaged queries)
     * @return the catalogue
     * @throws BadInputException for a query file whose header is malformed
     */
    public static QueryCatalog load(DataFolder tree) {
        Map<String, NamedQuery> byId = new LinkedHashMap<>();
        for (Path file : tree.files(FOLDER, ".rq")) {
            String name = tree.displayName(file);
            String id = name.substring(FOLDER.length() + 1, name.length() - ".rq".length());
            byId.put(id, NamedQuery.parse(id, read(tree.resolve(file))));
        }
        return new QueryCatalog(byId);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every named query, by id.
     *
     * @return the queries
     */
    public Collection<NamedQuery> all() {
        return byId.values();
    }

    /**
     * The query with this id.
     *
     * @param id the query's id
     * @return the query
     * @throws UnknownNameException with the nearest id when there is none
     */
    public NamedQuery get(String id) {
        NamedQuery q = byId.get(id);
        if (q == null)
            throw new UnknownNameException("query", id, NearestName.among(id, byId.keySet()));
        return q;
    }

    /**
     * Whether there is a query with this id.
     *
     * @param id the id
     * @return true when there is
     */
    public boolean contains(String id) {
        return byId.containsKey(id);
    }
}
