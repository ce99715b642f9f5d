package org.rehabkg.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses RDF/XML uploads that name an external DTD or an external entity (general or parameter),
 * with 400 and before anything is parsed into the dataset. Jena's RDF/XML parser does not fetch
 * them either, but it reads such an entity as empty text and stores the rest, so a document that
 * depends on one would be stored wrong without a word. Internal entities (the usual
 * {@code <!ENTITY owl "...">} abbreviations) are accepted. The document is read once here with a
 * resolver that refuses every external reference; entity expansion is bounded by the JDK's limits.
 * Also refuses a logged-in write whose Origin header names another site (403): cross-site request
 * forgery with a login the browser has cached. And reads a chunked body (no Content-Length) up to the server's size limit, so an oversized one
 * is a 413 rather than the 500 Fuseki makes of Jetty's limit. Only logged-in requests are read (the
 * others are refused by Fuseki with 401).
 */
final class UploadFilter extends HttpFilter {
    private final long maxBytes;

    UploadFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getRemoteUser() != null && !sameOrigin(request.getHeader("Origin"), request.getHeader("Host"))) {
            // A browser that has cached the login sends it with a cross-site form POST too, and CORS
            // does not stop such a "simple" request: only the Origin header tells it apart.
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "cross-origin writes are refused (Origin: " + request.getHeader("Origin") + ")");
            return;
        }
        boolean chunked = request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") != null;
        boolean xml = isRdfXml(request.getContentType());
        if (request.getRemoteUser() == null || !(chunked || xml)) {
            chain.doFilter(request, response);
            return;
        }
        // Jetty's size limit on a chunked body shows only while Fuseki reads it, which Fuseki then
        // reports as a 500; reading it here first gives the client the 413 it should see.
        byte[] body = request.getInputStream().readNBytes((int) maxBytes + 1);
        if (body.length > maxBytes) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "request body over " + maxBytes + " bytes");
            return;
        }
        String refusal = xml ? refusal(body) : null;
        if (refusal != null) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, refusal);
            return;
        }
        chain.doFilter(new Buffered(request, body), response);
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.setHeader("Connection", "close");
        response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * True without an Origin header (curl, scripts, same-origin GETs) or when the Origin names the
     * host and port the request was sent to (its Host header; the scheme is not compared, so a TLS
     * proxy that keeps the Host header in front of plain HTTP still counts as the same origin).
     */
    static boolean sameOrigin(String origin, String host) {
        if (origin == null)
            return true;
        if (host == null)
            return false;
        try {
            URI o = new URI(origin);
            if (o.getHost() == null)
                return false;   // "null" (sandboxed pages, file:) and the like
            int originPort = o.getPort() != -1 ? o.getPort() : "https".equalsIgnoreCase(o.getScheme()) ? 443 : 80;
            URI h = new URI("http://" + host);
            if (h.getHost() == null || !h.getHost().equalsIgnoreCase(o.getHost()))
                return false;
            return h.getPort() == -1 ? originPort == 80 || originPort == 443 : h.getPort() == originPort;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isRdfXml(String contentType) {
        if (contentType == null)
            return false;
        return RDFLanguages.contentTypeToLang(ContentType.create(contentType).getContentTypeStr()) == Lang.RDFXML;
    }

    /** Why the document is refused, or null when it names nothing external. */
    static String refusal(byte[] xml) {
        // The JDK's own StAX parser, not whichever is on the class path (Woodstox, there, has no entity
        // expansion limit by default): it stops an expansion bomb at jdk.xml.entityExpansionLimit.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, true);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, true);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external DTD or entity refused: " + systemId);
        });
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            try {
                while (reader.hasNext())
                    reader.next();
            } finally {
                reader.close();
            }
            return null;
        } catch (XMLStreamException e) {
            String message = e.getMessage();
            int cut = message.indexOf("Message: ");
            if (cut >= 0)
                message = message.substring(cut + "Message: ".length());
            return e.getLocation() == null ? "RDF/XML: " + message
                    : "RDF/XML line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber() + ": " + message;
        }
    }

    private static final class Buffered extends HttpServletRequestWrapper {
        private final byte[] body;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override public int read() { return in.read(); }
                @Override public int read(byte[] b, int off, int len) { return in.read(b, off, len); }
                @Override public boolean isFinished() { return in.available() == 0; }
                @Override public boolean isReady() { return true; }
                @Override public void setReadListener(ReadListener listener) { throw new UnsupportedOperationException(); }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
