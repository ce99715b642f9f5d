import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.rehabkg.graph.Finding;
import org.rehabkg.graph.ServedDataset;
import org.rehabkg.graph.DataFolder;
import org.rehabkg.graph.Validator;
import org.rehabkg.server.RehabServer;

/**
 * bench: where {@code rehabkg serve}'s start-up goes, in one cold JVM, phase by phase as
 * ServeCommand runs them (it prints "phase,ms" lines). Usage: ServePhases
 */
public final class ServePhases {
    static long t = System.nanoTime();

    static void phase(String name) {
        long now = System.nanoTime();
        System.out.printf("%s,%d%n", name, (now - t) / 1_000_000);
        t = now;
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("jvm to main,%d%n", java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
        t = System.nanoTime();
        org.apache.jena.sys.JenaSystem.init();
        phase("Jena init");
        // As serve loads it: the build-time snapshot when it matches, which the build validated.
        ServedDataset kg = ServedDataset.embedded();
        phase(kg.validatedByBuild() ? "load (build-time snapshot)" : "parse + inference");
        List<Finding> findings = kg.validatedByBuild() ? List.of() : Validator.validate(kg);
        phase(kg.validatedByBuild() ? "validation (done by the build)" : "validation (SHACL + QC)");
        // The build also reads the named queries (the gallery) and the SSSOM mapping sets of the tree.
        RehabServer server = RehabServer.builder().dataset(kg.dataset()).sources(DataFolder.embedded()).port(0).build();
        phase("server build (with query catalog and mapping sets)");
        server.start();
        phase("server start");
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.url() + "rehab/sparql?query=ASK%7B%7D")).build(), HttpResponse.BodyHandlers.ofString());
        phase("first answer");
        if (r.statusCode() != 200 || !findings.isEmpty())
            throw new IllegalStateException("status " + r.statusCode() + ", " + findings.size() + " findings");
        server.stop();
        System.exit(0);
    }
}
