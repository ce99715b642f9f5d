package org.rehabkg.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** A verb that maintains a TDB2 database no server holds (TDB2 allows one process per database). */
abstract class DatabaseVerb extends Verb {
    @Option(names = "--tdb", required = true, paramLabel = "DIR", description = "The TDB2 database folder.")
    Path tdb;
}
