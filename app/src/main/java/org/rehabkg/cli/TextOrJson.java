package org.rehabkg.cli;

import java.io.PrintWriter;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonValue;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --format text|json}, for the verbs that print either a readable text or JSON. */
final class TextOrJson {
    enum Format { text, json }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Spec(Spec.Target.MIXEE)
    CommandSpec verb;

    boolean json() {
        return format == Format.json;
    }

    /** Prints an answer to the verb's out stream: as JSON, or as the verb's readable text. */
    <T> void print(T answer, Function<T, JsonValue> asJson, BiConsumer<T, PrintWriter> asText) {
        PrintWriter out = verb.commandLine().getOut();
        if (json())
            Output.write(out, os -> JSON.write(os, asJson.apply(answer)));
        else
            asText.accept(answer, out);
        out.flush();
    }
}
