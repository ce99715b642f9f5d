package org.rehabkg.cli;

import picocli.CommandLine.Mixin;

/** A verb that reads the data itself: the embedded graph, or the folder of {@code --data}. */
abstract class DataVerb extends Verb {
    @Mixin
    GraphOptions graph;
}
