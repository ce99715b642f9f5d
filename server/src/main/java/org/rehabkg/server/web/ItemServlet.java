package org.rehabkg.server.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A servlet whose path below its own names one item ({@code /rehabkg/X}, {@code /rehabkg/mappings/F});
 * a request for its own path asks for the index.
 */
abstract class ItemServlet extends HttpServlet {
    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || path.equals("/"))
            index(request, response);
        else
            item(request, response, path.substring(1));
    }

    abstract void index(HttpServletRequest request, HttpServletResponse response) throws IOException;

    /** @param name the request's path below the servlet's own, without the leading slash */
    abstract void item(HttpServletRequest request, HttpServletResponse response, String name) throws IOException;
}
