package org.rehabkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rehabkg.server.Http.enc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's main command, {@code bin/rehabkg serve}, as a real process on a free port. */
class ServeIT {
    private static final Pattern URL = Pattern.compile("rehabkg SPARQL endpoint: (http://\\S+/rehab/sparql)");

    @TempDir
    Path dir;

    @Test
    void serveAnswersQueriesAndStops() throws Exception {
        Path log = dir.resolve("serve.err");
        long started = System.nanoTime();
        Process serve = new ProcessBuilder("bin/rehabkg", "serve", "--port", "0")
                .redirectError(log.toFile())
                .start();
        try {
            String endpoint = readUrl(serve, log);
            HttpResponse<String> r = Http.get(endpoint + "?format=csv&query="
                    + enc("SELECT (COUNT(*) AS ?n) WHERE { ?p a <https://w3id.org/rehabkg/Profession> }"));
            long firstAnswerMs = (System.nanoTime() - started) / 1_000_000;
            assertEquals(200, r.statusCode(), r.body());
            long professions = Long.parseLong(r.body().strip().lines().reduce((a, b) -> b).orElseThrow().strip());
            assertTrue(professions >= 2, "OT and PT at least: " + r.body());
            System.out.println("ServeIT: first answer " + firstAnswerMs + " ms after launching bin/rehabkg serve");
            assertTrue(Files.readString(log).contains("(validated by the build)"),
                    "the packaged jar starts from its build-time snapshot: " + Files.readString(log));
        } finally {
            serve.destroy();   // SIGTERM: the shutdown hook stops the server
            assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "serve did not stop");
        }
    }

    private static String readUrl(Process serve, Path log) throws Exception {
        CompletableFuture<String> url = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    Matcher m = URL.matcher(line);
                    if (m.find())
                        return m.group(1);
                }
                return null;
            } catch (IOException e) {
                return null;
            }
        });
        String endpoint;
        try {
            endpoint = url.get(180, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            endpoint = null;
        }
        assertNotNull(endpoint, "no URL printed; stderr:\n" + (Files.exists(log) ? Files.readString(log) : ""));
        return endpoint;
    }
}
