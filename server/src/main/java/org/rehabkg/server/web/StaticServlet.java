package org.rehabkg.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves {@code /static/*} from the class path: {@code /static/yasgui/F} from the YASGUI WebJar's
 * {@code build/} folder, {@code /static/F} from our own resources. Nothing is fetched at run time.
 */
final class StaticServlet extends HttpServlet {
    private static final String OWN = "org/rehabkg/server/web/static/";
    private static final String WEBJAR_POM = "META-INF/maven/org.webjars.npm/zazuko__yasgui/pom.properties";
    /** One plain file name per folder: no "..", no sub-folders, so nothing outside the two folders is reachable. */
    private static final Pattern FILE = Pattern.compile("(yasgui/)?[A-Za-z0-9_-][A-Za-z0-9._-]*");
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript;charset=utf-8",
            "css", "text/css;charset=utf-8",
            "map", "application/json",
            "svg", "image/svg+xml",
            "png", "image/png",
            "txt", "text/plain;charset=utf-8");

    private final String yasguiFolder = "META-INF/resources/webjars/zazuko__yasgui/" + webjarVersion() + "/build/";

    /** The WebJar's own version, so upgrading it in the pom needs no change here. */
    private static String webjarVersion() {
        try (InputStream in = StaticServlet.class.getClassLoader().getResourceAsStream(WEBJAR_POM)) {
            if (in == null)
                throw new IllegalStateException("the YASGUI WebJar is missing from the class path");
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Html.subPath(request);
        String type = TYPES.get(path.substring(path.lastIndexOf('.') + 1));
        if (!FILE.matcher(path).matches() || type == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String resource = path.startsWith("yasgui/") ? yasguiFolder + path.substring("yasgui/".length()) : OWN + path;
        try (InputStream in = StaticServlet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType(type);
            response.setHeader("Cache-Control", "public, max-age=3600");
            in.transferTo(response.getOutputStream());
        }
    }
}
