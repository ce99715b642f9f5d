package org.rehabkg.server.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.rehabkg.api.RehabGraph;

/**
 * A page drawn from the API's view of the current data, with labels in the page's language
 * ({@link PageLanguage}): the team, compare and world pages.
 */
abstract class GraphPage extends HttpServlet {
    private final transient CurrentGraph graph;

    GraphPage(CurrentGraph graph) {
        this.graph = graph;
    }

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        get(request, response, request.getContextPath(), graph.get().inLanguage(PageLanguage.of(request)));
    }

    /** Answers the request from {@code g}; {@code cp} is the context path the page's links start with. */
    abstract void get(HttpServletRequest request, HttpServletResponse response, String cp, RehabGraph g) throws IOException;
}
