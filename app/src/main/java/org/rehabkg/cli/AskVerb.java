package org.rehabkg.cli;

import picocli.CommandLine.Mixin;

/** A verb that asks a graph questions: the embedded one, {@code --data}, {@code --tdb} or {@code --endpoint}. */
abstract class AskVerb extends Verb {
    @Mixin
    QueriedGraphOptions source;
}
