package org.rehabkg.cli;

import java.util.Locale;

import picocli.CommandLine.Option;

/** A verb that asks the graph and prints a report: a markdown document, CSV rows or JSON. */
abstract class ReportVerb extends AskVerb {
    enum Format {
        MARKDOWN, CSV, JSON;

        /** As documented and typed: picocli lists the completion candidates of {@code --format} by it. */
        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "markdown",
            description = "${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    Format format;
}
