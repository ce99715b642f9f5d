package org.rehabkg.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;
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
 * On the Graph Store write endpoint: a logged-in PUT or POST is checked against {@link UploadRules}
 * (a multipart upload part by part, with each part's media type or file name) before Fuseki stores
 * any of it; a refused upload is a 400 (415 for a charset other than UTF-8 or a part whose syntax
 * nothing names) and changes nothing.
 * The body is already in memory ({@link BodyFirst}), bounded by the request size limit.
 */
final class UploadCheck extends HttpFilter {
    /** How a refusal for a part of unknown syntax starts: it is a 415, not a 400. */
    private static final String UNKNOWN_SYNTAX = "syntax unknown for ";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean write = "PUT".equals(request.getMethod()) || "POST".equals(request.getMethod());
        if (request.getRemoteUser() == null || !write || request.getHeader("Content-Type") == null) {
            chain.doFilter(request, response);
            return;
        }
        try {
            request.getContentType();
        } catch (IllegalArgumentException unknownCharset) {
            // Jetty's getContentType looks the declared charset up by name and throws for one it does
            // not know (UnsupportedCharsetException, IllegalCharsetNameException): a 500 with an empty body.
            Refusal.send(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "charset: only UTF-8 is accepted");
            return;
        }
        Buffered buffered = new Buffered(request, request.getInputStream().readAllBytes());
        String refusal = request.getContentType().toLowerCase().startsWith("multipart/")
                ? multipartRefusal(buffered) : UploadRules.refusal(buffered.body, request.getContentType());
        if (refusal != null) {
            boolean unsupported = refusal.startsWith("charset=") || refusal.startsWith(UNKNOWN_SYNTAX);
            Refusal.send(response, unsupported ? HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE : HttpServletResponse.SC_BAD_REQUEST,
                    refusal);
            return;
        }
        chain.doFilter(buffered, response);
    }

    /** Each file part as Fuseki would read it: by its media type, else by its file name. */
    private static String multipartRefusal(Buffered request) throws IOException {
        try {
            FileItemInputIterator parts = new JakartaServletFileUpload<>().getItemIterator(request);
            while (parts.hasNext()) {
                FileItemInput part = parts.next();
                if (part.isFormField())
                    continue;
                String name = part.getName() == null || part.getName().isEmpty() ? "a file part" : part.getName();
                String type = part.getContentType();
                // Fuseki answers a part without a Content-Type with a 500 (a NullPointerException), even
                // when its file name names a syntax: the name is read only when the type names none.
                if (type == null)
                    return UNKNOWN_SYNTAX + name + ": it has no Content-Type";
                Lang lang = RDFLanguages.contentTypeToLang(type);
                if (lang == null && part.getName() != null) {
                    lang = RDFLanguages.filenameToLang(part.getName());
                    type = lang == null ? null : lang.getHeaderString();
                }
                if (lang == null)
                    return UNKNOWN_SYNTAX + name + ": neither its Content-Type nor its file name names an RDF syntax";
                byte[] content;
                try (InputStream in = part.getInputStream()) {
                    content = in.readAllBytes();
                }
                String why = UploadRules.refusal(content, type);
                if (why != null)
                    return (part.getName() == null ? "" : part.getName() + ": ") + why;
            }
            request.rewind();
            return null;
        } catch (FileUploadException e) {
            return "malformed multipart body";
        }
    }

    /** The request with its body in memory, readable again from the start. */
    private static final class Buffered extends HttpServletRequestWrapper {
        final byte[] body;
        private ByteArrayInputStream in;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
            this.in = new ByteArrayInputStream(body);
        }

        void rewind() {
            in = new ByteArrayInputStream(body);
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream stream = in;
            return new ServletInputStream() {
                @Override public int read() { return stream.read(); }
                @Override public int read(byte[] b, int off, int len) { return stream.read(b, off, len); }
                @Override public boolean isFinished() { return stream.available() == 0; }
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
