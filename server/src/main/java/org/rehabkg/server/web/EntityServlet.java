package org.rehabkg.server.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.rehabkg.graph.Vocab;
import org.rehabkg.query.NearestName;
import org.rehabkg.api.RehabGraph;

/**
 * {@code /rehabkg/X} dereferences {@code https://w3id.org/rehabkg/X}: an HTML page for people, the
 * entity's triples in Turtle, JSON-LD, RDF/XML or N-Triples by {@code Accept} (or {@code ?format=}
 * from the page's links), 406 for anything else, 404 with the nearest known entity for an unknown one.
 */
final class EntityServlet extends ItemServlet {
    private final transient GraphView view;
    private final transient CurrentGraph graph;

    EntityServlet(GraphView view, CurrentGraph graph) {
        this.view = view;
        this.graph = graph;
    }

    /** The namespace itself: the query page is where people start. */
    @Override
    void index(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/");
    }

    @Override
    void item(HttpServletRequest request, HttpServletResponse response, String local) throws IOException {
        String cp = request.getContextPath();
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
                Html.send(response, HttpServletResponse.SC_NOT_FOUND, "notFound.jte", Map.of("cp", cp, "title", "Not in rehabkg",
                        "name", iri.getURI(), "notA", "an entity", "nearest", nearest,
                        "nearestHref", cp + Html.ENTITY_PATH + nearest.orElse(""), "more", Html.content("start.jte", Map.of("cp", cp))));
            else
                plain(response, HttpServletResponse.SC_NOT_FOUND, "No entity " + iri.getURI() + " in rehabkg"
                        + nearest.map(n -> "; did you mean " + Vocab.NS + n + " ?").orElse("."));
            return;
        }
        if (html) {
            RehabGraph g = graph.get().inLanguage(PageLanguage.of(request));
            Function<String, String> shortName = view::shortName;
            Html.send(response, HttpServletResponse.SC_OK, "entity.jte", Map.of("cp", cp, "professions", g.professions(),
                    "card", g.card(iri.getURI()), "shortName", shortName, "guidelines", g.guidelineRecommendations(iri.getURI())));
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

    private static void plain(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
