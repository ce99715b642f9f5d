package org.rehabkg.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The published SSSOM mapping sets ({@code ontology/mappings/*.sssom.tsv}) of a source tree, by file
 * name, as bytes: what {@code https://w3id.org/rehabkg/mappings/<prefix>.sssom.tsv}, the
 * {@code mapping_set_id} of each set, stands for.
 */
public final class MappingSets {
    public static final String FOLDER = "ontology/mappings";
    public static final String SUFFIX = ".sssom.tsv";

    private MappingSets() {}

    /** File name (e.g. {@code mesh.sssom.tsv}) → content, in file name order. */
    public static Map<String, byte[]> read(DataFolder tree) {
        Map<String, byte[]> sets = new LinkedHashMap<>();
        for (Path file : tree.files(FOLDER, SUFFIX)) {
            try {
                sets.put(file.getFileName().toString(), Files.readAllBytes(tree.resolve(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Collections.unmodifiableMap(sets);
    }
}
