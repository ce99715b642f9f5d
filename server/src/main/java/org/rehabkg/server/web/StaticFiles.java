package org.rehabkg.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Map;
import java.util.Properties;

import jakarta.servlet.ServletException;

import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.ee11.servlet.ResourceServlet;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.http.MimeTypes;

/**
 * {@code /static/*} from the class path, through Jetty's {@link ResourceServlet} (content types,
 * ETag, Last-Modified, conditional requests): {@code /static/yasgui/F} from the YASGUI WebJar's
 * {@code build/} folder, {@code /static/F} from our own resources. Each servlet's base is its folder,
 * so nothing outside the two folders is reachable; folders are not listed. Nothing is fetched at run time.
 */
final class StaticFiles {
    static final String PATH = "/static/";
    private static final String OWN = "org/rehabkg/server/web/static/";
    private static final String WEBJAR_POM = "META-INF/maven/org.webjars.npm/zazuko__yasgui/pom.properties";

    private StaticFiles() {}

    static void install(FusekiServer.Builder builder) {
        builder.addServlet(PATH + "yasgui/*", servlet(folderOf("META-INF/resources/webjars/zazuko__yasgui/" + webjarVersion() + "/build/yasgui.min.js")))
               .addServlet(PATH + "*", servlet(folderOf(OWN + "rehabkg.css")));
    }

    /** A resource servlet over one folder, the part of the path after the servlet's own naming the file. */
    private static ResourceServlet servlet(String folder) {
        Map<String, String> init = Map.of(
                "baseResource", folder,
                "pathInfoOnly", "true",
                "dirAllowed", "false",
                "etags", "true",
                "cacheControl", "public, max-age=3600");
        return new ResourceServlet() {
            @Override
            public String getInitParameter(String name) {
                return init.get(name);
            }

            @Override
            public void init() throws ServletException {
                // Our files and YASGUI's are UTF-8: the Content-Type says so (Jetty states a charset for HTML only).
                MimeTypes.Mutable types = ServletContextHandler.getServletContextHandler(getServletContext()).getMimeTypes();
                types.addInferred("text/css", "utf-8");
                types.addInferred("text/javascript", "utf-8");
                super.init();
            }
        };
    }

    /**
     * The URI of the class-path folder holding {@code file}: a directory while testing, a {@code jar:} URI
     * in the application jar. Found through a file because a jar need not list its folders.
     */
    private static String folderOf(String file) {
        URL url = StaticFiles.class.getClassLoader().getResource(file);
        if (url == null)
            throw new IllegalStateException(file + " is missing from the class path");
        try {
            String uri = url.toURI().toString();
            return uri.substring(0, uri.lastIndexOf('/') + 1);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(url + " is not a URI", e);
        }
    }

    /** The WebJar's own version, so upgrading it in the pom needs no change here. */
    private static String webjarVersion() {
        try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream(WEBJAR_POM)) {
            if (in == null)
                throw new IllegalStateException("the YASGUI WebJar is missing from the class path");
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
