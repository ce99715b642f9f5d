package org.rehabkg.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A verb of the command line. Picocli fills in {@link #spec} for the subclasses too, so each verb
 * writes to the out and err streams picocli was given (a test's, or the terminal).
 */
abstract class Verb implements Callable<Integer> {
    @Spec
    CommandSpec spec;
}
