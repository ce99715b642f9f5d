package org.rehabkg.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rehabkg.graph.ServedDataset;
import org.rehabkg.graph.DataFolder;

/**
 * The open-world fixtures (core/src/test/resources/open-world): the real TBox with a tiny data set, with or
 * without the one contrast its source states, and the words no comparison may use for an item.
 */
public final class OpenWorldFixture {
    private static final Path FIXTURES = Path.of("core/src/test/resources/open-world");

    /** Words that would call an item one profession's alone; only a stated contrast makes a difference. */
    public static final Pattern EXCLUSIVE = Pattern.compile("(?i)\\b(only|exclusive\\w*|distinct|unique\\w*|solely)\\b");

    private OpenWorldFixture() {}

    /** The fixture graph, loaded and materialised as the real one is; {@code withContrast} adds the stated contrast. */
    public static RehabGraph graph(Path tmp, boolean withContrast) {
        try {
            Path ontology = Files.createDirectories(tmp.resolve("ontology"));
            for (String tbox : new String[] { "rehabkg.ttl", "open-world.ttl" })
                Files.copy(Path.of("ontology", tbox), ontology.resolve(tbox));
            Files.copy(FIXTURES.resolve("common.trig"), ontology.resolve("common.trig"));
            if (withContrast)
                Files.copy(FIXTURES.resolve("with-contrast.trig"), ontology.resolve("with-contrast.trig"));
            Path queries = Files.createDirectories(tmp.resolve("queries"));
            Files.copy(Path.of("queries", "compare.rq"), queries.resolve("compare.rq"));
            return RehabGraph.of(ServedDataset.load(DataFolder.directory(tmp)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first word of {@code text} that calls something exclusive, with its context, or null. */
    public static String exclusiveClaim(String text) {
        Matcher m = EXCLUSIVE.matcher(text);
        if (!m.find())
            return null;
        return "'" + m.group() + "' in: " + text.substring(Math.max(0, m.start() - 80), Math.min(text.length(), m.end() + 80));
    }
}
