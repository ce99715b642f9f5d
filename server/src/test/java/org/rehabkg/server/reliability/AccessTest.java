package org.rehabkg.server.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rehabkg.server.Http.enc;

import java.net.http.HttpResponse;
import java.util.Optional;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rehabkg.server.Http;
import org.rehabkg.server.RehabServer;
import org.rehabkg.server.TestServer;

/**
 * Issue items 8 and 13 on a server with {@code --update --passwd}: who may read, write and
 * administer (anonymous, wrong and valid credentials), and which endpoints a web page on another
 * origin may call. The plain 401 cases of UpdateTest are not repeated; this is the full matrix.
 */
class AccessTest {
    static final String ORIGIN = "https://elsewhere.example";

    @RegisterExtension
    static final TestServer served = TestServer.writable();

    static String[] credentials(String who) {
        return switch (who) {
            case "anonymous" -> new String[0];
            case "wrong-password" -> new String[] { "Authorization", Http.basic(Client.USER, "not-it") };
            case "unknown-user" -> new String[] { "Authorization", Http.basic("mallory", Client.PASSWORD) };
            case "not-basic" -> new String[] { "Authorization", "Bearer " + Client.PASSWORD };
            case "valid" -> new String[] { "Authorization", Client.login() };
            default -> throw new IllegalArgumentException(who);
        };
    }

    static HttpResponse<String> call(String what, String who) {
        String base = served.url() + "rehab/";
        String graph = "data?graph=" + enc("urn:rehabkg:access:" + who);
        String[] h = credentials(who);
        return switch (what) {
            case "query-get" -> Http.get(base + "sparql?query=" + enc("ASK {}"), h);
            case "query-post" -> Client.post(base + "query", "application/sparql-query", "ASK {}", h);
            case "gsp-read" -> Http.get(base + "get?default", h);
            case "update" -> Client.post(base + "update", "application/sparql-update",
                    "INSERT DATA { <urn:rehabkg:access> <urn:rehabkg:by> \"" + who + "\" }", h);
            case "update-form" -> Client.post(base + "update", "application/x-www-form-urlencoded",
                    "update=" + enc("INSERT DATA { <urn:rehabkg:access> <urn:rehabkg:form> \"" + who + "\" }"), h);
            case "gsp-post" -> Client.post(base + graph, "text/turtle", "<urn:a> <urn:b> <urn:c> .", h);
            case "gsp-put" -> Client.send(base + graph, "PUT", "text/turtle", "<urn:a> <urn:b> <urn:d> .", h);
            case "gsp-delete" -> Client.send(base + graph, "DELETE", null, null, h);
            case "gsp-rw-read" -> Http.get(base + "data?default", h);
            default -> throw new IllegalArgumentException(what);
        };
    }

    @ParameterizedTest(name = "{0} by {1}: {2}")
    @CsvSource({
        // Reading is open; a bad Authorization header on a read is ignored, not an error.
        "query-get,   anonymous, 200", "query-get,   wrong-password, 200", "query-get,   valid, 200",
        "query-post,  anonymous, 200", "query-post,  unknown-user, 200",  "query-post,  valid, 200",
        "gsp-read,    anonymous, 200", "gsp-read,    wrong-password, 200", "gsp-read,    valid, 200",
        // Writing needs a valid login.
        "update,      anonymous, 401", "update,      not-basic, 401", "update,      valid, 2xx",
        "update-form, anonymous, 401", "update-form, wrong-password, 401", "update-form, valid, 2xx",
        "gsp-post,    anonymous, 401", "gsp-post,    wrong-password, 401", "gsp-post,    unknown-user, 401", "gsp-post, valid, 2xx",
        "gsp-put,     anonymous, 401", "gsp-put,     wrong-password, 401", "gsp-put,     valid, 2xx",
        "gsp-delete,  anonymous, 401", "gsp-delete,  wrong-password, 401",
        // The read-write GSP endpoint is a write endpoint: reading through it needs the login too.
        "gsp-rw-read, anonymous, 401", "gsp-rw-read, wrong-password, 401", "gsp-rw-read, valid, 200" })
    void matrix(String what, String who, String expected) {
        long before = Client.quads(served.dataset());
        HttpResponse<String> r = call(what, who);
        if (expected.equals("2xx"))
            assertEquals(2, r.statusCode() / 100, r.statusCode() + " " + r.body());
        else
            assertEquals(Integer.parseInt(expected), r.statusCode(), r.body());
        if (r.statusCode() == 401) {
            assertEquals(before, Client.quads(served.dataset()), "a refused write changes nothing");
            Optional<String> challenge = r.headers().firstValue("WWW-Authenticate");
            assertTrue(challenge.isPresent() && challenge.get().startsWith("Basic")
                       && challenge.get().contains(RehabServer.REALM), String.valueOf(challenge));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "$/datasets", "$/datasets/rehab", "$/server", "$/backup/rehab", "$/backups/list",
                             "$/compact/rehab", "$/tasks", "$/tasks/1", "$/stats", "$/stats/rehab", "$/reload", "$/logs",
                             "rehab/upload", "rehab/shacl", "rehab/patch" })
    void adminPathsAreClosedEvenToAValidLogin(String path) {
        for (String who : new String[] { "anonymous", "valid" }) {
            int get = Http.get(served.url() + path, credentials(who)).statusCode();
            int post = Client.post(served.url() + path, "text/turtle", "<urn:a> <urn:b> <urn:c> .", credentials(who)).statusCode();
            assertTrue(get == 404 || get == 403 || get == 405 || get == 401, path + " GET by " + who + ": " + get);
            assertTrue(post == 404 || post == 403 || post == 405 || post == 401, path + " POST by " + who + ": " + post);
        }
    }

    // ---- CORS ---------------------------------------------------------------------------------

    static Optional<String> allowOrigin(HttpResponse<String> r) {
        return r.headers().firstValue("Access-Control-Allow-Origin");
    }

    static HttpResponse<String> preflight(String path, String method, String headers) {
        return Client.send(served.url() + path, "OPTIONS", null, null,
                "Origin", ORIGIN, "Access-Control-Request-Method", method, "Access-Control-Request-Headers", headers);
    }

    @ParameterizedTest
    @CsvSource({ "rehab/sparql, GET", "rehab/sparql, POST", "rehab/query, POST", "rehab/get, GET", ".well-known/void, GET" })
    void readEndpointsAllowAnyOrigin(String path, String method) {
        HttpResponse<String> pre = preflight(path, method, "content-type");
        assertEquals(2, pre.statusCode() / 100, pre.statusCode() + " " + pre.body());
        String allowed = allowOrigin(pre).orElseThrow(() -> new AssertionError("no ACAO: " + pre.headers()));
        assertTrue(allowed.equals("*") || allowed.equals(ORIGIN), allowed);
        assertTrue(pre.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains(method), pre.headers().toString());

        String url = served.url() + path + (path.startsWith("rehab/sparql") || path.startsWith("rehab/query") ? "?query=" + enc("ASK {}") : "");
        HttpResponse<String> actual = Http.get(url, "Origin", ORIGIN);
        assertEquals(200, actual.statusCode(), actual.body());
        assertTrue(allowOrigin(actual).isPresent(), actual.headers().toString());
    }

    @ParameterizedTest
    @CsvSource({ "rehab/update, POST", "rehab/data, PUT", "rehab/data, POST", "rehab/data, DELETE" })
    void writeEndpointsAllowNoOrigin(String path, String method) {
        HttpResponse<String> pre = preflight(path, method, "content-type");
        assertTrue(allowOrigin(pre).isEmpty(), "preflight: " + pre.headers());

        long before = Client.quads(served.dataset());
        HttpResponse<String> anonymous = Client.post(served.url() + "rehab/update", "application/sparql-update",
                "INSERT DATA { <urn:rehabkg:cors> <urn:rehabkg:p> 1 }", "Origin", ORIGIN);
        assertEquals(401, anonymous.statusCode());
        assertTrue(allowOrigin(anonymous).isEmpty(), anonymous.headers().toString());
        assertEquals(before, Client.quads(served.dataset()));

        HttpResponse<String> withLogin = Client.send(served.url() + path + (path.endsWith("data") ? "?graph=" + enc("urn:rehabkg:cors") : ""),
                method, method.equals("DELETE") ? null : (path.endsWith("data") ? "text/turtle" : "application/sparql-update"),
                method.equals("DELETE") ? null : (path.endsWith("data") ? "<urn:a> <urn:b> <urn:c> ." : "INSERT DATA { <urn:rehabkg:cors> <urn:rehabkg:p> 1 }"),
                "Origin", ORIGIN, "Authorization", Client.login());
        assertTrue(allowOrigin(withLogin).isEmpty(), withLogin.statusCode() + " " + withLogin.headers());
        assertEquals(403, withLogin.statusCode(), "a cross-origin write with a login: " + withLogin.body());
        assertEquals(before, Client.quads(served.dataset()));
    }

    /** What a page on another site can make a browser with a cached login send: a form POST. */
    @ParameterizedTest
    @ValueSource(strings = { "https://elsewhere.example", "http://localhost:1", "null" })
    void crossSiteFormPostWithACachedLoginIsRefused(String origin) {
        long before = Client.quads(served.dataset());
        HttpResponse<String> r = Client.post(served.url() + "rehab/update", "application/x-www-form-urlencoded",
                "update=" + enc("DROP ALL"), "Origin", origin, "Authorization", Client.login());
        assertEquals(403, r.statusCode(), r.body());
        assertEquals(before, Client.quads(served.dataset()));
    }

    @org.junit.jupiter.api.Test
    void sameOriginWriteWithALoginIsAllowed() {
        String self = served.url().substring(0, served.url().length() - 1);   // http://localhost:PORT
        HttpResponse<String> r = Client.post(served.url() + "rehab/update", "application/sparql-update",
                "INSERT DATA { <urn:rehabkg:same-origin> <urn:rehabkg:p> 1 }", "Origin", self,
                "Authorization", Client.login());
        assertEquals(2, r.statusCode() / 100, r.statusCode() + " " + r.body());
    }
}
