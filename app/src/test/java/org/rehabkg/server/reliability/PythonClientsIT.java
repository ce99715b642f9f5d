package org.rehabkg.server.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.rehabkg.server.RehabServer;

/**
 * Issue 18 §5 with the clients themselves: rdflib and SPARQLWrapper (Debian's python3-rdflib and
 * python3-sparqlwrapper, which .ci/run installs) run app/src/test/python/common_clients.py against a
 * real server. Skipped with a message when python3 or either library is missing.
 */
class PythonClientsIT {
    /** Debian's own Python, where its packages are, before any other python3 on PATH (pyenv, venv). */
    static String python() {
        return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    }

    @Test
    void rdflibAndSparqlWrapperGetWhatTheyAskFor() throws IOException, InterruptedException {
        RehabServer server = RehabServer.builder().dataset(Client.freshGraph()).port(0).build().start();
        try {
            Process p;
            try {
                p = new ProcessBuilder(python(), "app/src/test/python/common_clients.py", server.url()).redirectErrorStream(true).start();
            } catch (IOException noPython) {
                Assumptions.abort("python3 is not installed: " + noPython.getMessage());
                return;
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(2, TimeUnit.MINUTES))   // a safety net, not a timing assertion
                p.destroyForcibly();
            Assumptions.assumeTrue(p.exitValue() != 3,
                    "rdflib or SPARQLWrapper missing (apt-get install python3-rdflib python3-sparqlwrapper): " + out);
            System.out.print(out);
            assertEquals(0, p.exitValue(), out);
        } finally {
            server.stop();
        }
    }
}
