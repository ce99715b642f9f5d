package org.rehabkg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.apache.jena.system.progress.MonitorOutput;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A verb of the command line. Picocli fills in {@link #spec} for the subclasses too, so each verb
 * writes to the out and err streams picocli was given (a test's, or the terminal).
 */
abstract class Verb implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Where the answer goes (stdout). */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Where notes, progress and warnings go (stderr). */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Progress lines of Jena's TDB2 loader, on stderr as they come. */
    MonitorOutput progress() {
        return (fmt, args) -> {
            err().println(String.format(fmt, args));
            err().flush();
        };
    }
}
