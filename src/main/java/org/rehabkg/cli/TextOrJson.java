package org.rehabkg.cli;

import picocli.CommandLine.Option;

/** {@code --format text|json}, for the verbs that print either a readable text or JSON. */
final class TextOrJson {
    enum Format { text, json }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json. Default: ${DEFAULT-VALUE}.")
    Format format;

    boolean json() {
        return format == Format.json;
    }
}
