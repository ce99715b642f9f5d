package org.rehabkg.server.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.rehabkg.graph.Vocab;
import org.rehabkg.api.EntityCard;
import org.rehabkg.query.NearestName;
import org.rehabkg.api.RehabGraph;

/**
 * {@code /rehabkg/X} dereferences {@code https://w3id.org/rehabkg/X}: an HTML page for people, the
 * entity's triples in Turtle, JSON-LD, RDF/XML or N-Triples by {@code Accept} (or {@code ?format=}
 * from the page's links), 406 for anything else, 404 with the nearest known entity for an unknown one.
 */
final class EntityServlet extends HttpServlet {
    private final GraphView view;
    private final CurrentGraph graph;

    EntityServlet(GraphView view, CurrentGraph graph) {
        this.view = view;
        this.graph = graph;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String cp = request.getContextPath();
        String local = Html.subPath(request);
        if (local.isEmpty()) {
            // The namespace itself: the query page is where people start.
            response.sendRedirect(cp + "/");
            return;
        }
        response.setHeader("Vary", "Accept");
        String formatParam = request.getParameter("format");
        Optional<String> type = formatParam != null
                ? RdfFormats.byName(formatParam).map(RdfFormats.Format::contentType)
                : RdfFormats.negotiate(request.getHeader("Accept"));
        if (type.isEmpty()) {
            plain(response, HttpServletResponse.SC_NOT_ACCEPTABLE, "Not acceptable. This resource is available as: "
                    + RdfFormats.offered() + (formatParam != null ? " (format=turtle, jsonld, rdfxml or ntriples)" : ""));
            return;
        }
        Node iri = GraphView.iri(Vocab.NS + local);
        boolean html = type.get().equals(RdfFormats.HTML);
        if (!view.read(() -> view.isKnown(iri))) {
            Optional<String> nearest = view.read(() -> NearestName.among(local, view.knownLocalNames()));
            if (html)
                Html.send(response, HttpServletResponse.SC_NOT_FOUND, Html.page(cp, "Not found", "", notFound(cp, local, nearest)));
            else
                plain(response, HttpServletResponse.SC_NOT_FOUND, "No entity " + iri.getURI() + " in rehabkg"
                        + nearest.map(n -> "; did you mean " + Vocab.NS + n + " ?").orElse("."));
            return;
        }
        if (html) {
            RehabGraph g = graph.get().inLanguage(PageLanguage.of(request));
            EntityCard card = g.card(iri.getURI());
            String page = Html.page(cp, card.entity().label(), "",
                    EntityPage.render(cp, card, view::shortName, g.guidelineRecommendations(iri.getURI())), g.professions());
            Html.send(response, HttpServletResponse.SC_OK, page);
            return;
        }
        RdfFormats.Format format = RdfFormats.byContentType(type.get()).orElseThrow();
        Graph description = view.read(() -> view.description(iri));
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(format.contentType() + ";charset=utf-8");
        try (OutputStream out = response.getOutputStream()) {
            RDFDataMgr.write(out, description, format.rdf());
        }
    }

    private static String notFound(String cp, String local, Optional<String> nearest) {
        StringBuilder b = new StringBuilder("<article class=\"not-found\">\n<h1>Not in rehabkg</h1>\n<p>There is no entity <code>")
                .append(Html.esc(Vocab.NS + local)).append("</code>.</p>\n");
        nearest.ifPresent(n -> b.append("<p class=\"suggestion\">Did you mean <a href=\"")
                .append(Html.esc(cp + Html.ENTITY_PATH + n)).append("\">").append(Html.esc(n)).append("</a>?</p>\n"));
        b.append("<p>Start from <a href=\"").append(Html.esc(cp)).append("/rehabkg/occupational-therapy\">occupational therapy</a>, ")
         .append("<a href=\"").append(Html.esc(cp)).append("/rehabkg/physical-therapy\">physical therapy</a>, ")
         .append("the <a href=\"").append(Html.esc(cp)).append("/compare\">comparison</a> or the <a href=\"")
         .append(Html.esc(cp)).append("/\">query page</a>.</p>\n</article>\n");
        return b.toString();
    }

    private static void plain(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
