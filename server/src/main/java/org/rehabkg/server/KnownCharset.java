package org.rehabkg.server;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * On every dataset path: a request whose {@code Content-Type} names a charset the JDK does not know
 * is refused with 415 before anything reads it. Jetty looks the name up when a body or form is read
 * and throws, which Fuseki answered as a 500 (found by the fuzz run: a GET of the default graph with a
 * body and {@code charset="bad name"}).
 */
final class KnownCharset extends HttpFilter {
    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String charset = charset(request.getHeader("Content-Type"));
        if (charset != null && !known(charset)) {
            Refusal.send(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "charset: not a character set this server knows");
            return;
        }
        chain.doFilter(request, response);
    }

    /** The charset parameter of a media type, unquoted; null when there is none. */
    static String charset(String contentType) {
        if (contentType == null)
            return null;
        for (String param : contentType.split(";")) {
            String p = param.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String value = p.substring("charset=".length()).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\""))
                    value = value.substring(1, value.length() - 1);
                return value;
            }
        }
        return null;
    }

    private static boolean known(String name) {
        try {
            return Charset.isSupported(name);
        } catch (IllegalArgumentException illegalName) {
            return false;
        }
    }
}
