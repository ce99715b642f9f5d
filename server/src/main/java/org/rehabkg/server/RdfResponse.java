package org.rehabkg.server;

import java.io.IOException;
import java.util.function.Function;

import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Writes a small RDF document in the format the client's Accept header asks for (Turtle by default), with Fuseki's content negotiation. */
final class RdfResponse {
    private RdfResponse() {}

    /** A servlet answering GET with the document {@code build} makes for the request, written as {@link #write} does. */
    static HttpServlet servlet(Function<HttpServletRequest, Model> build) {
        return new Document(build);
    }

    static void write(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        MediaType type = ConNeg.chooseContentType(request, DEF.rdfOffer, DEF.acceptTurtle);
        Lang lang = RDFLanguages.contentTypeToLang(type.getContentTypeStr());
        if (lang == null)
            lang = Lang.TURTLE;
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(lang.getContentType().getContentTypeStr());
        response.setCharacterEncoding("utf-8");
        response.setHeader("Vary", "Accept");
        if ("HEAD".equals(request.getMethod()))
            return;
        RDFDataMgr.write(response.getOutputStream(), model, ActionLib.getNetworkFormatForLang(lang));
    }

    private static final class Document extends HttpServlet {
        private final transient Function<HttpServletRequest, Model> build;

        Document(Function<HttpServletRequest, Model> build) {
            this.build = build;
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            write(request, response, build.apply(request));
        }
    }
}
