package org.rehabkg.cli;

import java.nio.file.Path;

import org.rehabkg.graph.KnowledgeGraph;
import org.rehabkg.graph.SourceTree;

import picocli.CommandLine.Option;

/** Where the graph comes from: the embedded one by default, or a folder holding {@code ontology/}. */
public final class GraphOptions {
    @Option(names = "--data", paramLabel = "DIR",
            description = "Load ontology/ (and queries/) from DIR instead of the embedded graph.")
    Path dataDir;

    SourceTree tree() {
        return dataDir == null ? SourceTree.embedded() : SourceTree.directory(dataDir);
    }

    KnowledgeGraph load() {
        return dataDir == null ? KnowledgeGraph.embedded() : KnowledgeGraph.load(tree());
    }
}
