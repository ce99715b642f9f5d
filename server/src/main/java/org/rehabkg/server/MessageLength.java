package org.rehabkg.server;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Fuseki (6.2.0, {@code ServletOps.writeMessagePlainText}) sends an error message with the message's
 * length in characters as its Content-Length, then writes the message in UTF-8. A message quoting
 * a character beyond ASCII (a regular expression with an "é" that does not compile, an upload's
 * parse error) is longer in bytes: Jetty then failed the answer ("too much content written"), a 500
 * with an empty or HTML body and a dropped connection. Placed next to Fuseki on the dataset paths,
 * this filter ignores the Content-Length Fuseki sets; Jetty counts the bytes itself.
 */
final class MessageLength extends HttpFilter {
    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setContentLength(int length) {}
        });
    }
}
