import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/**
 * bench: the ceiling. The JDK's built-in HTTP server answering precomputed bytes: for every
 * {@code NAME.qs} (a raw, URL-encoded query string) in DIR it answers {@code NAME.srj} to
 * {@code GET /rehab/sparql?<that query string>}; anything else is a 404. No SPARQL at all.
 * Usage: StaticServer PORT DIR
 */
public final class StaticServer {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Map<String, byte[]> answers = new HashMap<>();
        try (var files = Files.list(Path.of(args[1]))) {
            for (Path qs : files.filter(p -> p.toString().endsWith(".qs")).toList()) {
                String name = qs.getFileName().toString().replaceFirst("\\.qs$", "");
                answers.put(Files.readString(qs).strip(), Files.readAllBytes(qs.resolveSibling(name + ".srj")));
            }
        }
        // Without TCP_NODELAY the JDK server writes headers and body apart and larger answers wait ~40 ms
        // on delayed ACKs.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
        server.createContext("/rehab/sparql", ex -> {
            byte[] body = answers.get(ex.getRequestURI().getRawQuery());
            ex.getRequestBody().readAllBytes();
            if (body == null) {
                ex.sendResponseHeaders(404, -1);
            } else {
                ex.getResponseHeaders().set("Content-Type", "application/sparql-results+json");
                ex.sendResponseHeaders(200, body.length);
                ex.getResponseBody().write(body);
            }
            ex.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(Math.max(4, 2 * Runtime.getRuntime().availableProcessors())));
        server.start();
        System.err.println("static server on 127.0.0.1:" + port + " with " + answers.size() + " answers");
    }
}
